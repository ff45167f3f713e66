import { eventTypesOf } from '@techbridge/platform';

import { NeedStatus, ResultClass, ResultStatus, Visibility } from './catalog.enums';

/** What every result event (statuses as the strings the JSON payload holds) says about the result after the change; events add their own details. */
export interface ResultEventPayload {
  status: `${ResultStatus}`;
  ownerId: string;
  visibility: `${Visibility}`;
  fieldCode: string;
  resultClass: `${ResultClass}`;
  [detail: string]: unknown;
}

/** What every need event says about the need after the change; events add their own details. */
export interface NeedEventPayload {
  status: `${NeedStatus}`;
  enterpriseId: string;
  visibility: `${Visibility}`;
  fieldCode: string;
  collective: boolean;
  [detail: string]: unknown;
}

export interface AccessGrantedPayload {
  userId: string;
  reason: string;
}

export interface NdaAcceptedPayload {
  userId: string;
  via: string;
  ownerId?: string;
}

/** The catalog's domain events, event type → payload. */
export interface CatalogEvents {
  'result.created': ResultEventPayload;
  'result.updated': ResultEventPayload;
  'result.submitted': ResultEventPayload;
  'result.withdrawn': ResultEventPayload;
  'result.evaluated': ResultEventPayload;
  'result.rejected': ResultEventPayload;
  'result.published': ResultEventPayload;
  'result.selected': ResultEventPayload;
  'result.access_granted': AccessGrantedPayload;
  'result.nda_accepted': NdaAcceptedPayload;
  'need.created': NeedEventPayload;
  'need.updated': NeedEventPayload;
  'need.published': NeedEventPayload;
  'need.closed': NeedEventPayload;
  'need.status_changed': NeedEventPayload;
  'need.pledged': NeedEventPayload;
  'need.funded': NeedEventPayload;
  'need.access_granted': AccessGrantedPayload;
  'need.nda_accepted': NdaAcceptedPayload;
}

type EventsCarrying<P> = { [K in keyof CatalogEvents]: CatalogEvents[K] extends P ? K : never }[keyof CatalogEvents];
/** The result events that carry the result's state. */
export type ResultEventType = EventsCarrying<ResultEventPayload>;
/** The need events that carry the need's state. */
export type NeedEventType = EventsCarrying<NeedEventPayload>;

export const CATALOG_EVENT_TYPES = eventTypesOf<CatalogEvents>({
  'result.created': true,
  'result.updated': true,
  'result.submitted': true,
  'result.withdrawn': true,
  'result.evaluated': true,
  'result.rejected': true,
  'result.published': true,
  'result.selected': true,
  'result.access_granted': true,
  'result.nda_accepted': true,
  'need.created': true,
  'need.updated': true,
  'need.published': true,
  'need.closed': true,
  'need.status_changed': true,
  'need.pledged': true,
  'need.funded': true,
  'need.access_granted': true,
  'need.nda_accepted': true,
});

declare module '@techbridge/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this lib's map into the union
  interface DomainEventMap extends CatalogEvents {}
}
