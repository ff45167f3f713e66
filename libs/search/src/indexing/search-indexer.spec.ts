import { ResultSearchDocument } from '../search-documents';
import { SearchEngine } from '../search-engine';
import { INDEX_BATCH_SIZE, SearchIndexer } from './search-indexer.service';

/** Records what reaches the engine, and how many loads run at once (the port is all the indexer sees). */
function recorder() {
  const upserts: string[][] = [];
  const deletes: string[][] = [];
  let inFlight = 0;
  let peak = 0;
  const engine = {
    upsert: async (_index: string, docs: { id: string }[]) => {
      upserts.push(docs.map((doc) => doc.id));
      await new Promise((resolve) => setImmediate(resolve));
    },
    delete: async (_index: string, ids: string[]) => {
      deletes.push([...ids]);
    },
  } as unknown as SearchEngine;
  // Even ids are searchable; odd ones are reported missing, every tenth is simply not returned.
  const load = async (ids: string[]) => {
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    await new Promise((resolve) => setImmediate(resolve));
    inFlight -= 1;
    const numbered = ids.map((id) => [id, Number(id.slice(3))] as const);
    return {
      docs: numbered.filter(([, n]) => n % 2 === 0).map(([id]) => ({ id }) as ResultSearchDocument),
      missing: numbered.filter(([, n]) => n % 2 === 1 && n % 10 !== 9).map(([id]) => id),
    };
  };
  return { engine, upserts, deletes, load, peak: () => peak };
}

const ids = (count: number): string[] => Array.from({ length: count }, (_, i) => `id-${i}`);

describe('SearchIndexer.sync', () => {
  it('writes every searchable id once, in chunks of distinct ids, and deletes the rest in one call', async () => {
    const { engine, upserts, deletes, load, peak } = recorder();
    const all = [...ids(2 * INDEX_BATCH_SIZE + 7), 'id-4', 'id-5'];
    const outcome = await new SearchIndexer(engine).sync('results', all, load, 3);
    const written = upserts.flat();
    expect(written.sort()).toEqual(
      ids(2 * INDEX_BATCH_SIZE + 7)
        .filter((_, i) => i % 2 === 0)
        .sort(),
    );
    expect(new Set(written).size).toBe(written.length);
    expect(upserts.every((chunk) => chunk.length <= INDEX_BATCH_SIZE)).toBe(true);
    expect(deletes).toHaveLength(1);
    expect(deletes[0].sort()).toEqual(
      ids(2 * INDEX_BATCH_SIZE + 7)
        .filter((_, i) => i % 2 === 1)
        .sort(),
    );
    expect(outcome).toEqual({ upserted: written.length, deleted: deletes[0].length });
    expect(peak()).toBe(3);
  });

  it('runs one chunk at a time by default and never more lanes than chunks', async () => {
    const sequential = recorder();
    await new SearchIndexer(sequential.engine).sync('results', ids(3 * INDEX_BATCH_SIZE), sequential.load);
    expect(sequential.peak()).toBe(1);
    const small = recorder();
    await new SearchIndexer(small.engine).sync('results', ids(10), small.load, 4);
    expect(small.peak()).toBe(1);
    expect(small.upserts).toEqual([['id-0', 'id-2', 'id-4', 'id-6', 'id-8']]);
  });

  it('fails the call when a chunk fails, so the queue retries the whole batch', async () => {
    const { engine, load } = recorder();
    let calls = 0;
    const failing = async (batch: string[]) => {
      calls += 1;
      if (calls === 2) throw new Error('engine unreachable');
      return load(batch);
    };
    await expect(new SearchIndexer(engine).sync('results', ids(3 * INDEX_BATCH_SIZE), failing, 2)).rejects.toThrow('engine unreachable');
  });
});
