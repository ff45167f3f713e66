import { Injectable } from '@nestjs/common';

import { DomainEventMap, DomainEventType } from './domain-events';

export interface OutboxJob<P = unknown> {
  eventId: string;
  type: string;
  aggregateId: string | null;
  actorId: string | null;
  payload: P;
  occurredAt: string;
}

/** A job of one of a handler's event types, its payload typed by that event's entry in the maps. */
export type EventJob<T extends DomainEventType> = { [K in T]: OutboxJob<DomainEventMap[K]> & { type: K } }[T];

export interface HandlerOptions {
  /**
   * Events (or jobs sent straight to the queue) handed over at once, as an array; also the most
   * events the relay puts into one job.
   */
  batchSize?: number;
  retryLimit?: number;
  retryDelaySeconds?: number;
  /**
   * One job per event instead of one per dispatched batch, for a handler that cannot be re-run
   * on events it has already handled: a failed batch job is retried as a whole.
   */
  perEventJobs?: boolean;
  /**
   * Queues this handler gives way to: while any of them holds work not yet done (created,
   * retried or active jobs), a fetched call waits, then runs. For work that reads what those
   * queues write and would only be redone once they catch up (matching reads the search index),
   * and that should not take the cores from them during a backlog.
   */
  deferTo?: string[];
  /**
   * Everything one fetch brings goes to the handler in one call, however many events: for a
   * handler whose cost does not grow with the events (it recomputes from current state). The
   * call also waits (at most `deferMaxSeconds`) while events of its types are still to be
   * dispatched, so a backlog costs a recomputation or two instead of one per job.
   */
  coalesce?: boolean;
  /** The longest a call waits (behind `deferTo`, or for a coalescing handler's backlog): it then runs anyway, so it cannot be starved. */
  deferMaxSeconds?: number;
}

export interface RegisteredHandler {
  /** Queue name; one queue per handler so a slow consumer never holds up another. */
  name: string;
  eventTypes: string[];
  options: Required<HandlerOptions>;
  handle: (jobs: OutboxJob[]) => Promise<void>;
}

/**
 * Libs register what they do with which events at module init; the worker turns the
 * undispatched events into jobs of up to `batchSize` events per subscribed handler (one per
 * event for `perEventJobs`). A job failing is retried with all its events, so handlers must be
 * idempotent: reading current state, or writing keyed by event id.
 */
@Injectable()
export class OutboxHandlerRegistry {
  private readonly handlers = new Map<string, RegisteredHandler>();

  /** A queue no event routes to: its jobs are sent to it directly (delayed checks) and carry `P`. */
  register<P>(name: string, eventTypes: readonly [], handle: (jobs: OutboxJob<P>[]) => Promise<void>, options?: HandlerOptions): void;
  /** A handler of domain events: only names some lib's event map declares, jobs typed by their payloads. */
  register<T extends DomainEventType>(name: string, eventTypes: readonly T[], handle: (jobs: EventJob<T>[]) => Promise<void>, options?: HandlerOptions): void;
  register(name: string, eventTypes: readonly string[], handle: (jobs: OutboxJob<any>[]) => Promise<void>, options: HandlerOptions = {}): void {
    if (this.handlers.has(name)) throw new Error(`Outbox handler ${name} is registered twice`);
    this.handlers.set(name, {
      name,
      eventTypes: [...eventTypes],
      options: {
        batchSize: options.batchSize ?? 50,
        retryLimit: options.retryLimit ?? 10,
        retryDelaySeconds: options.retryDelaySeconds ?? 2,
        perEventJobs: options.perEventJobs ?? false,
        deferTo: options.deferTo ?? [],
        coalesce: options.coalesce ?? false,
        deferMaxSeconds: options.deferMaxSeconds ?? 60,
      },
      handle,
    });
  }

  all(): RegisteredHandler[] {
    return [...this.handlers.values()];
  }

  forType(type: string): RegisteredHandler[] {
    return this.all().filter((handler) => handler.eventTypes.includes(type) || handler.eventTypes.includes('*'));
  }
}
