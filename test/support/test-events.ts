import { eventTypesOf } from '@techbridge/platform';

/**
 * Events only the outbox's own specs append, to drive handlers that no lib registers. Declared
 * like a lib's map so those specs go through the same typed `append` and `register`.
 */
/** A spec event's payload: its position in the batch it was appended with, if any. */
export interface TestPayload {
  n?: number;
}

export interface TestEvents {
  'test.batched': TestPayload;
  'test.flaky': TestPayload;
  'test.partial': TestPayload;
  'test.doomed': TestPayload;
  'test.single': TestPayload;
  'test.front': TestPayload;
  'test.stuck': TestPayload;
  'test.coalesced': TestPayload;
  'test.settled': TestPayload;
  'test.halting': TestPayload;
  'test.rolled_back': TestPayload;
  'test.loose': TestPayload;
}

export const TEST_EVENT_TYPES = eventTypesOf<TestEvents>({
  'test.batched': true,
  'test.flaky': true,
  'test.partial': true,
  'test.doomed': true,
  'test.single': true,
  'test.front': true,
  'test.stuck': true,
  'test.coalesced': true,
  'test.settled': true,
  'test.halting': true,
  'test.rolled_back': true,
  'test.loose': true,
});

declare module '@techbridge/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the specs' map into the union
  interface DomainEventMap extends TestEvents {}
}
