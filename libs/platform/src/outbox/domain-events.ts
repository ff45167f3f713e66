/**
 * Every domain event the outbox carries, event type → payload. Empty here: each lib adds its own
 * map from `<lib>.events.ts` by augmenting this interface, so `OutboxService.append` and handler
 * registration refuse an event name no lib declares, or a payload of the wrong shape.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DomainEventMap {}

export type DomainEventType = keyof DomainEventMap & string;

/**
 * One event to append: a member of the union of every lib's events, discriminated by `type`.
 * A payload-less event may leave `payload` out; the row then stores `{}`.
 */
export type DomainEvent<T extends DomainEventType = DomainEventType> = {
  [K in T]: Record<never, never> extends DomainEventMap[K]
    ? { type: K; aggregateId?: string | null; actorId?: string | null; payload?: DomainEventMap[K] }
    : { type: K; aggregateId?: string | null; actorId?: string | null; payload: DomainEventMap[K] };
}[T];

/** A complete list of a map's event names at runtime; the record type makes a missing or unknown name a compile error. */
export function eventTypesOf<M extends object>(names: { [K in keyof M]: true }): readonly (keyof M & string)[] {
  return Object.keys(names) as (keyof M & string)[];
}

/** The payload of an event that carries none. */
export type NoPayload = Record<string, never>;
