import { registerEnumType } from '@nestjs/graphql';

export enum EventStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  SCHEDULED = 'SCHEDULED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: 'Where a matchmaking event (产学研对接活动) stands.',
  valuesMap: {
    DRAFT: { description: 'Being prepared by an administrator; not visible to members yet.' },
    OPEN: { description: 'Open for registrations of results and needs.' },
    SCHEDULED: { description: '1:1 meetings proposed; can be re-scheduled to fill declined slots.' },
    COMPLETED: { description: 'Held; meeting outcomes are recorded.' },
    CANCELLED: { description: 'Called off before it was held.' },
  },
});
