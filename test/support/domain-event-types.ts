import { BROKERAGE_EVENT_TYPES } from '@techbridge/brokerage';
import { CATALOG_EVENT_TYPES } from '@techbridge/catalog';
import { EVENTS_EVENT_TYPES } from '@techbridge/events';
import { FILES_EVENT_TYPES } from '@techbridge/files';
import { IDENTITY_EVENT_TYPES } from '@techbridge/identity';
import { MAIL_EVENT_TYPES } from '@techbridge/mail';
import { MATCHING_EVENT_TYPES } from '@techbridge/matching';
import { PILOT_EVENT_TYPES } from '@techbridge/pilot';

/** Every lib's event names, by lib, as its door exports them. */
export const LIB_EVENT_TYPES: Record<string, readonly string[]> = {
  identity: IDENTITY_EVENT_TYPES,
  catalog: CATALOG_EVENT_TYPES,
  matching: MATCHING_EVENT_TYPES,
  brokerage: BROKERAGE_EVENT_TYPES,
  events: EVENTS_EVENT_TYPES,
  pilot: PILOT_EVENT_TYPES,
  files: FILES_EVENT_TYPES,
  mail: MAIL_EVENT_TYPES,
};
