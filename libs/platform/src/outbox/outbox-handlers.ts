import { Injectable } from '@nestjs/common';

export interface OutboxJob<P = Record<string, unknown>> {
  eventId: string;
  type: string;
  aggregateId: string | null;
  actorId: string | null;
  payload: P;
  occurredAt: string;
}

export interface HandlerOptions {
  /** Jobs handed over at once (the handler gets them as an array). */
  batchSize?: number;
  retryLimit?: number;
  retryDelaySeconds?: number;
}

export interface RegisteredHandler {
  /** Queue name; one queue per handler so a slow consumer never holds up another. */
  name: string;
  eventTypes: string[];
  options: Required<HandlerOptions>;
  handle: (jobs: OutboxJob[]) => Promise<void>;
}

/**
 * Libs register what they do with which events at module init; the worker turns every
 * undispatched event into one job per subscribed handler.
 */
@Injectable()
export class OutboxHandlerRegistry {
  private readonly handlers = new Map<string, RegisteredHandler>();

  register<P = Record<string, unknown>>(
    name: string,
    eventTypes: string[],
    handle: (jobs: OutboxJob<P>[]) => Promise<void>,
    options: HandlerOptions = {},
  ): void {
    if (this.handlers.has(name)) throw new Error(`Outbox handler ${name} is registered twice`);
    this.handlers.set(name, {
      name,
      eventTypes,
      options: { batchSize: options.batchSize ?? 50, retryLimit: options.retryLimit ?? 10, retryDelaySeconds: options.retryDelaySeconds ?? 2 },
      handle: handle as (jobs: OutboxJob[]) => Promise<void>,
    });
  }

  all(): RegisteredHandler[] {
    return [...this.handlers.values()];
  }

  forType(type: string): RegisteredHandler[] {
    return this.all().filter((handler) => handler.eventTypes.includes(type) || handler.eventTypes.includes('*'));
  }
}
