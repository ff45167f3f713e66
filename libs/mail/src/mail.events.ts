import { eventTypesOf } from '@techbridge/platform';

export interface MailQueuedPayload {
  mailId: string;
}

/** Mail's domain events, event type → payload. */
export interface MailEvents {
  'mail.queued': MailQueuedPayload;
}

export const MAIL_EVENT_TYPES = eventTypesOf<MailEvents>({ 'mail.queued': true });

declare module '@techbridge/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this lib's map into the union
  interface DomainEventMap extends MailEvents {}
}
