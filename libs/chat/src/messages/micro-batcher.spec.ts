import { MicroBatcher, Outcome } from './micro-batcher';

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('MicroBatcher', () => {
  it('hands the items of one window to one flush and settles each with its own outcome', async () => {
    const flushed: number[][] = [];
    const batcher = new MicroBatcher<number, number>({ windowMs: 5, maxSize: 100, maxInFlight: 2 }, (items) => {
      flushed.push(items);
      return Promise.resolve(items.map((n): Outcome<number> => (n === 3 ? { ok: false, error: new Error('three') } : { ok: true, value: n * 10 })));
    });
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => batcher.add(n)));
    expect(flushed).toEqual([[1, 2, 3, 4]]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([10, 20, 'three', 40]);
  });

  it('flushes at maxSize without waiting for the window', async () => {
    const flushed: number[][] = [];
    const batcher = new MicroBatcher<number, number>({ windowMs: 60_000, maxSize: 3, maxInFlight: 4 }, (items) => {
      flushed.push(items);
      return Promise.resolve(items.map((value) => ({ ok: true as const, value })));
    });
    await expect(Promise.all([1, 2, 3].map((n) => batcher.add(n)))).resolves.toEqual([1, 2, 3]);
    expect(flushed).toEqual([[1, 2, 3]]);
  });

  it('keeps at most maxInFlight flushes running; items arriving meanwhile leave together when one ends', async () => {
    const gates: { resolve: (value: void) => void }[] = [];
    const flushed: number[][] = [];
    const batcher = new MicroBatcher<number, number>({ windowMs: 0, maxSize: 100, maxInFlight: 1 }, async (items) => {
      flushed.push(items);
      const gate = deferred<void>();
      gates.push(gate);
      await gate.promise;
      return items.map((value) => ({ ok: true as const, value }));
    });
    const first = batcher.add(1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const rest = [2, 3, 4].map((n) => batcher.add(n));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(flushed).toEqual([[1]]);
    gates[0].resolve();
    await expect(first).resolves.toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(flushed).toEqual([[1], [2, 3, 4]]);
    gates[1].resolve();
    await expect(Promise.all(rest)).resolves.toEqual([2, 3, 4]);
  });

  it('rejects every item of a flush that fails as a whole, and goes on with the next batch', async () => {
    let calls = 0;
    const batcher = new MicroBatcher<number, number>({ windowMs: 0, maxSize: 100, maxInFlight: 1 }, (items) => {
      calls++;
      if (calls === 1) return Promise.reject(new Error('down'));
      return Promise.resolve(items.map((value) => ({ ok: true as const, value })));
    });
    const failed = await Promise.allSettled([batcher.add(1), batcher.add(2)]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    await expect(batcher.add(3)).resolves.toBe(3);
  });
});
