import { Injectable } from '@nestjs/common';

import { SearchDocuments, SearchIndexName } from '../search-documents';
import { SearchEngine } from '../search-engine';
import { LoadedDocuments } from './search-document-source';

export const INDEX_BATCH_SIZE = 500;

export interface SyncOutcome {
  upserted: number;
  deleted: number;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** Feeds the engine in batches. Every operation is idempotent: repeating it changes nothing. */
@Injectable()
export class SearchIndexer {
  constructor(private readonly engine: SearchEngine) {}

  async upsert<I extends SearchIndexName>(index: I, docs: SearchDocuments[I][]): Promise<void> {
    for (const batch of chunks(docs, INDEX_BATCH_SIZE)) await this.engine.upsert(index, batch);
  }

  async delete(index: SearchIndexName, ids: string[]): Promise<void> {
    for (const batch of chunks([...new Set(ids)], INDEX_BATCH_SIZE)) await this.engine.delete(index, batch);
  }

  /**
   * Brings the given ids to their current state: loads them from their owner, upserts what is
   * searchable and deletes the rest (an id the loader neither returned nor listed as missing is
   * deleted too: it is not searchable), in one statement after the upserts.
   *
   * `concurrency` chunks are loaded and written at once, so one chunk's segmentation (CPU, in
   * this process) overlaps another's queries (in PostgreSQL). That is safe because the chunks
   * hold distinct ids: no two writes of one call race on the same document. Calls themselves
   * must not overlap on an id (the queue worker runs them one after the other).
   */
  async sync<I extends SearchIndexName>(
    index: I,
    ids: string[],
    load: (ids: string[]) => Promise<LoadedDocuments<SearchDocuments[I]>>,
    concurrency = 1,
  ): Promise<SyncOutcome> {
    const outcome: SyncOutcome = { upserted: 0, deleted: 0 };
    const gone = new Set<string>();
    const batches = chunks([...new Set(ids)], INDEX_BATCH_SIZE);
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < batches.length) {
        const batch = batches[next++];
        const loaded = await load(batch);
        const found = new Set(loaded.docs.map((doc) => doc.id));
        for (const id of [...loaded.missing, ...batch]) if (!found.has(id)) gone.add(id);
        if (loaded.docs.length > 0) await this.engine.upsert(index, loaded.docs);
        outcome.upserted += loaded.docs.length;
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, batches.length)) }, lane));
    if (gone.size > 0) await this.engine.delete(index, [...gone]);
    outcome.deleted = gone.size;
    return outcome;
  }

  /**
   * Fills the index again from pages of documents without emptying it first: every document
   * is upserted, then the ids the pages did not contain are deleted. Searches keep answering
   * during a rebuild (with the old state of documents not yet rewritten). Returns how many
   * documents were written.
   */
  async rebuild<I extends SearchIndexName>(index: I, pages: AsyncIterable<SearchDocuments[I][]>, progress?: (done: number) => void): Promise<number> {
    return (await this.rebuildWithOutcome(index, pages, progress)).upserted;
  }

  async rebuildWithOutcome<I extends SearchIndexName>(
    index: I,
    pages: AsyncIterable<SearchDocuments[I][]>,
    progress?: (done: number) => void,
  ): Promise<SyncOutcome> {
    const seen = new Set<string>();
    for await (const page of pages) {
      await this.upsert(index, page);
      for (const doc of page) seen.add(doc.id);
      progress?.(seen.size);
    }
    const stale: string[] = [];
    for await (const ids of this.engine.ids(index, 5000)) for (const id of ids) if (!seen.has(id)) stale.push(id);
    await this.delete(index, stale);
    await this.engine.afterBulkWrite(index);
    return { upserted: seen.size, deleted: stale.length };
  }
}
