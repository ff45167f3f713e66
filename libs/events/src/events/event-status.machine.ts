import { EventStatus } from './event-status.enum';

/** Every allowed change of an event's status, in one table. Anything absent is refused. */
export const EVENT_TRANSITIONS: Readonly<Record<EventStatus, readonly EventStatus[]>> = {
  [EventStatus.DRAFT]: [EventStatus.OPEN, EventStatus.CANCELLED],
  [EventStatus.OPEN]: [EventStatus.SCHEDULED, EventStatus.CANCELLED],
  [EventStatus.SCHEDULED]: [EventStatus.COMPLETED, EventStatus.CANCELLED],
  [EventStatus.COMPLETED]: [],
  [EventStatus.CANCELLED]: [],
};

export function canMoveEvent(from: EventStatus, to: EventStatus): boolean {
  return EVENT_TRANSITIONS[from].includes(to);
}

/** Members register (or update their registration) only while the event is open. */
export function acceptsRegistrations(status: EventStatus): boolean {
  return status === EventStatus.OPEN;
}

/**
 * Scheduling runs on an open event (which it moves to SCHEDULED) and again on a scheduled one, to
 * fill slots freed by declines without moving accepted meetings.
 */
export function canSchedule(status: EventStatus): boolean {
  return status === EventStatus.OPEN || status === EventStatus.SCHEDULED;
}
