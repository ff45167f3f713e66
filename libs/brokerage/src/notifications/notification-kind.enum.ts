import { registerEnumType } from '@nestjs/graphql';

export enum NotificationKind {
  /** A deal stayed in its stage past the due date: to its broker. */
  DEAL_OVERDUE = 'DEAL_OVERDUE',
  /** A deal missed its due date twice: to every administrator. */
  DEAL_ESCALATED = 'DEAL_ESCALATED',
  /** An overdue deal that has no broker: to every administrator. */
  DEAL_UNASSIGNED = 'DEAL_UNASSIGNED',
  /** The day before an organization's first meeting at a matchmaking event: to its members. */
  EVENT_MEETING_REMINDER = 'EVENT_MEETING_REMINDER',
}

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'Why a notification was sent.' });
