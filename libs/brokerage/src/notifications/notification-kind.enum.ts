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
  /** Someone accepted the NDA of a result: to the owner organization's members. */
  RESULT_NDA_ACCEPTED = 'RESULT_NDA_ACCEPTED',
  /** A deal was opened on a need: to the enterprise's members. */
  DEAL_OPENED_FOR_NEED = 'DEAL_OPENED_FOR_NEED',
  /** A matchmaking event proposed a 1:1 meeting that waits for an answer: to both organizations' members. */
  MEETING_PROPOSED = 'MEETING_PROPOSED',
}

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'Why a notification was sent.' });
