import { HandlerOptions, OutboxHandlerRegistry, OutboxJob } from '@techbridge/platform';

import { SearchDocumentSource } from './search-document-source';
import { SearchIndexer } from './search-indexer.service';

export const SEARCH_INDEX_QUEUE = 'search.index';

/**
 * Every catalog event after which a result's searchable state may differ. `result.updated`
 * also covers a visibility change (a result turned PRIVATE leaves the index).
 */
export const RESULT_INDEX_EVENTS = ['result.published', 'result.updated', 'result.withdrawn'] as const;
/**
 * Every catalog event after which a need's searchable state may differ: `need.status_changed`
 * accompanies each status move (negotiation, solved, back to market, closed), `need.funded`
 * flips the funded facet. A pledge alone changes nothing that is indexed.
 */
export const NEED_INDEX_EVENTS = ['need.published', 'need.updated', 'need.closed', 'need.status_changed', 'need.funded'] as const;

const RESULT_TYPES = new Set<string>(RESULT_INDEX_EVENTS);
const NEED_TYPES = new Set<string>(NEED_INDEX_EVENTS);

/** The ids of each index touched by a batch of outbox jobs (the aggregate id of each event). */
export function idsByIndex(jobs: Pick<OutboxJob, 'type' | 'aggregateId'>[]): { results: string[]; needs: string[] } {
  const results = new Set<string>();
  const needs = new Set<string>();
  for (const job of jobs) {
    if (!job.aggregateId) continue;
    if (RESULT_TYPES.has(job.type)) results.add(job.aggregateId);
    else if (NEED_TYPES.has(job.type)) needs.add(job.aggregateId);
  }
  return { results: [...results], needs: [...needs] };
}

export interface SearchIndexingOptions extends HandlerOptions {
  /** Queue name; one queue per engine when several are fed. */
  queue?: string;
  /**
   * Called after a full batch: wakes the queue's worker (JobsService.notify) so a backlog is
   * drained batch after batch instead of one batch per polling interval.
   */
  wake?: (queue: string) => void;
  /** Chunks of one handler call loaded and written at once (see SearchIndexer.sync). */
  concurrency?: number;
}

/**
 * Events per handler call: a backlog (a bulk import, a rebuild through events) is worked off in
 * few calls, each writing its documents in chunks of INDEX_BATCH_SIZE; a single edit still
 * makes a call of one event, so freshness does not depend on it.
 */
export const SEARCH_INDEX_BATCH_SIZE = 2000;
export const SEARCH_INDEX_CONCURRENCY = 2;

/**
 * Subscribes the indexer to the catalog's outbox events. The handler only loads current state
 * and writes it; when the engine is unreachable it throws, pg-boss retries the batch with
 * backoff (then dead-letters it), and the catalog write that produced the event has long been
 * committed: a failing engine never fails a write, the index catches up when it returns.
 */
export function registerSearchIndexing(
  registry: OutboxHandlerRegistry,
  indexer: SearchIndexer,
  source: SearchDocumentSource,
  options: SearchIndexingOptions = {},
): void {
  const { queue = SEARCH_INDEX_QUEUE, wake, concurrency = SEARCH_INDEX_CONCURRENCY, ...rest } = options;
  const handlerOptions = { batchSize: SEARCH_INDEX_BATCH_SIZE, retryLimit: 20, retryDelaySeconds: 2, ...rest };
  registry.register(
    queue,
    [...RESULT_INDEX_EVENTS, ...NEED_INDEX_EVENTS],
    async (jobs) => {
      const { results, needs } = idsByIndex(jobs);
      if (results.length > 0) await indexer.sync('results', results, (ids) => source.loadResults(ids), concurrency);
      if (needs.length > 0) await indexer.sync('needs', needs, (ids) => source.loadNeeds(ids), concurrency);
      if (wake && jobs.length >= handlerOptions.batchSize) wake(queue);
    },
    handlerOptions,
  );
}
