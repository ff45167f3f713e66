import { DomainEvent, OutboxHandlerRegistry, OutboxService } from '@techbridge/platform';
import { EntityManager } from 'typeorm';

import { LIB_EVENT_TYPES } from '../support/domain-event-types';

/**
 * The event maps at the type level: `npm run typecheck` compiles this file, and each
 * `@ts-expect-error` line fails the type check once the mistake under it stops being an error.
 * The functions are never called: what they check is that they compile.
 */
export function appendChecks(outbox: OutboxService, manager: EntityManager): Promise<void>[] {
  const payload = { stage: 'NEW', brokerId: null, dueAt: null, resultId: 'r', needId: null, conversationId: null } as const;
  return [
    outbox.append(manager, { type: 'mail.queued', aggregateId: 'm', payload: { mailId: 'm' } }),
    outbox.append(manager, { type: 'organization.verified', aggregateId: 'o' }),
    // @ts-expect-error an event name no lib declares (a typo of result.published)
    outbox.append(manager, { type: 'result.publishd', aggregateId: 'r', payload: {} }),
    // @ts-expect-error a payload of the wrong shape (mailId is a string)
    outbox.append(manager, { type: 'mail.queued', aggregateId: 'm', payload: { mailId: 42 } }),
    // @ts-expect-error a payload missing a field its event requires
    outbox.append(manager, { type: 'file.uploaded', aggregateId: 'f', payload: {} }),
    // @ts-expect-error a payload with a field its event does not have
    outbox.append(manager, { type: 'mail.queued', aggregateId: 'm', payload: { mailId: 'm', to: 'x' } }),
    // @ts-expect-error an event that carries a payload appended without one
    outbox.append(manager, { type: 'deal.opened', aggregateId: 'd' }),
    // @ts-expect-error the payload of another event of the same call
    outbox.append(manager, { type: 'deal.opened', aggregateId: 'd', payload }, { type: 'mail.queued', aggregateId: 'm', payload }),
  ];
}

export function registerChecks(registry: OutboxHandlerRegistry): void {
  registry.register('check.typed', ['mail.queued', 'file.uploaded'], (jobs) => {
    const ids = jobs.map((job) => (job.type === 'mail.queued' ? job.payload.mailId : job.payload.createdAt));
    return Promise.resolve(void ids);
  });
  registry.register<{ due: string }>('check.queue', [], (jobs) => Promise.resolve(void jobs.map((job) => job.payload.due)));
  // @ts-expect-error a handler subscribed to an event name no lib declares
  registry.register('check.typo', ['deal.openned'], () => Promise.resolve());
  registry.register('check.payload', ['mail.queued'], (jobs) =>
    // @ts-expect-error the job's payload is the event's own (a mail has no dealId)
    Promise.resolve(void jobs.map((job) => job.payload.dealId)),
  );
}

describe('domain event maps', () => {
  it('give every lib a map of its own, with names of the form <aggregate>.<verb>', () => {
    expect(Object.keys(LIB_EVENT_TYPES).length).toBeGreaterThanOrEqual(8);
    for (const [lib, types] of Object.entries(LIB_EVENT_TYPES)) {
      expect({ lib, empty: types.length === 0 }).toEqual({ lib, empty: false });
      for (const type of types) expect(type).toMatch(/^[a-z_]+\.[a-z_]+$/);
    }
  });

  it('hold each event name in one map only', () => {
    const all = Object.values(LIB_EVENT_TYPES).flat();
    expect(all.length).toBe(new Set(all).size);
  });

  it('keep DomainEvent a union discriminated by its type', () => {
    const event: DomainEvent = { type: 'mail.queued', payload: { mailId: 'm' } };
    expect(event.type === 'mail.queued' && event.payload.mailId).toBe('m');
  });
});
