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
   * deleted too: it is not searchable).
   */
  async sync<I extends SearchIndexName>(index: I, ids: string[], load: (ids: string[]) => Promise<LoadedDocuments<SearchDocuments[I]>>): Promise<SyncOutcome> {
    const outcome: SyncOutcome = { upserted: 0, deleted: 0 };
    for (const batch of chunks([...new Set(ids)], INDEX_BATCH_SIZE)) {
      const loaded = await load(batch);
      const found = new Set(loaded.docs.map((doc) => doc.id));
      const gone = [...new Set([...loaded.missing, ...batch.filter((id) => !found.has(id))])].filter((id) => !found.has(id));
      if (loaded.docs.length > 0) await this.engine.upsert(index, loaded.docs);
      if (gone.length > 0) await this.engine.delete(index, gone);
      outcome.upserted += loaded.docs.length;
      outcome.deleted += gone.length;
    }
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

  async rebuildWithOutcome<I extends SearchIndexName>(index: I, pages: AsyncIterable<SearchDocuments[I][]>, progress?: (done: number) => void): Promise<SyncOutcome> {
    const seen = new Set<string>();
    for await (const page of pages) {
      await this.upsert(index, page);
      for (const doc of page) seen.add(doc.id);
      progress?.(seen.size);
    }
    const stale: string[] = [];
    for await (const ids of this.engine.ids(index, 5000)) for (const id of ids) if (!seen.has(id)) stale.push(id);
    await this.delete(index, stale);
    return { upserted: seen.size, deleted: stale.length };
  }
}
