import { OutboxHandlerRegistry } from '@techbridge/platform';

import { LIB_EVENT_TYPES, startTestApp, TestApp } from '../support';

describe('outbox handlers of the assembled app', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('subscribe only to event names some lib declares in its event map', () => {
    const declared = new Set(Object.values(LIB_EVENT_TYPES).flat());
    const handlers = t.app.get(OutboxHandlerRegistry).all();
    expect(handlers.length).toBeGreaterThan(10);
    const unknown = handlers.flatMap((handler) => handler.eventTypes.filter((type) => !declared.has(type)).map((type) => `${handler.name}: ${type}`));
    expect(unknown).toEqual([]);
  });

  it('leave no declared event without a lib of its own', () => {
    const owners = new Map<string, string[]>();
    for (const [lib, types] of Object.entries(LIB_EVENT_TYPES)) for (const type of types) owners.set(type, [...(owners.get(type) ?? []), lib]);
    expect([...owners].filter(([, libs]) => libs.length > 1)).toEqual([]);
  });
});
