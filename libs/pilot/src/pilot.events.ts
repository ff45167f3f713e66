import { eventTypesOf } from '@techbridge/platform';

import { BookingStatus } from './bookings/booking-status.enum';

export interface BookingEventPayload {
  platformId: string;
  resultId: string;
  status: BookingStatus;
  from: string;
  to: string;
}

/** Pilot's domain events, event type → payload. */
export interface PilotEvents {
  'pilot.platform_created': { operatorId: string; fieldCodes: string[] };
  /** Names of the columns an edit changed. */
  'pilot.platform_updated': { fields: string[] };
  'pilot.booking_requested': BookingEventPayload;
  'pilot.booking_approved': BookingEventPayload;
  'pilot.booking_declined': BookingEventPayload;
  'pilot.booking_completed': BookingEventPayload;
}

export type BookingEventType = Exclude<keyof PilotEvents, 'pilot.platform_created' | 'pilot.platform_updated'>;

export const PILOT_EVENT_TYPES = eventTypesOf<PilotEvents>({
  'pilot.platform_created': true,
  'pilot.platform_updated': true,
  'pilot.booking_requested': true,
  'pilot.booking_approved': true,
  'pilot.booking_declined': true,
  'pilot.booking_completed': true,
});

declare module '@techbridge/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this lib's map into the union
  interface DomainEventMap extends PilotEvents {}
}
