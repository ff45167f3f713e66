import { eventTypesOf } from '@techbridge/platform';

import { EventStatus } from './events/event-status.enum';
import type { MeetingEventPayload } from './meetings/meeting.service';
import type { EventScheduledPayload } from './scheduling/event-scheduling.service';

/** The matchmaking events' domain events, event type → payload. */
export interface EventsEvents {
  'event.created': { title: string };
  'event.status_changed': { from: EventStatus; to: EventStatus };
  'event.registered': { organizationId: string; resultIds: string[]; needIds: string[] };
  'event.scheduled': EventScheduledPayload & { from: EventStatus };
  'meeting.responded': MeetingEventPayload;
  'meeting.outcome_recorded': MeetingEventPayload;
}

export const EVENTS_EVENT_TYPES = eventTypesOf<EventsEvents>({
  'event.created': true,
  'event.status_changed': true,
  'event.registered': true,
  'event.scheduled': true,
  'meeting.responded': true,
  'meeting.outcome_recorded': true,
});

declare module '@techbridge/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this lib's map into the union
  interface DomainEventMap extends EventsEvents {}
}
