import { OutboxHandlerRegistry, OutboxJob } from '@techbridge/platform';
import { SEARCH_INDEX_QUEUE } from '@techbridge/search';

import { MatchWeightModelService } from './learning/match-weight-model.service';
import { MatchRecomputeService } from './records/match-recompute.service';

export const MATCH_RECOMPUTE_QUEUE = 'matching.recompute';
/** Events after which a need's matches are recomputed. */
export const NEED_MATCH_EVENTS = ['need.published', 'need.updated'] as const;
/** Events after which a result is scored against the needs it may fit (withdrawn: its suggestions go). */
export const RESULT_MATCH_EVENTS = ['result.published', 'result.updated', 'result.withdrawn'] as const;

/** Aggregate ids of a batch, deduplicated per kind. */
export function changedItems(jobs: Pick<OutboxJob, 'type' | 'aggregateId'>[]): { needIds: string[]; resultIds: string[] } {
  const needs = new Set<string>();
  const results = new Set<string>();
  for (const job of jobs) {
    if (!job.aggregateId) continue;
    if ((NEED_MATCH_EVENTS as readonly string[]).includes(job.type)) needs.add(job.aggregateId);
    else if ((RESULT_MATCH_EVENTS as readonly string[]).includes(job.type)) results.add(job.aggregateId);
  }
  return { needIds: [...needs], resultIds: [...results] };
}

/**
 * Recomputes matches from catalog events. The handler reads current state only, so a repeated
 * or late event recomputes the same thing; a failure is retried by the queue with backoff.
 * Candidates come from the search index, so a call waits while the indexer has work left (the
 * same events usually reach both queues in one dispatch): it then scores against an index that
 * holds them, and a bulk import is searchable before the cores go to matching.
 */
export function registerMatchRecompute(registry: OutboxHandlerRegistry, recompute: MatchRecomputeService): void {
  registry.register(
    MATCH_RECOMPUTE_QUEUE,
    [...NEED_MATCH_EVENTS, ...RESULT_MATCH_EVENTS],
    async (jobs) => {
      const { needIds, resultIds } = changedItems(jobs);
      await recompute.recomputeChanged(needIds, resultIds);
    },
    { batchSize: 20, retryLimit: 10, retryDelaySeconds: 5, deferTo: [SEARCH_INDEX_QUEUE] },
  );
}

export const MATCH_WEIGHTS_QUEUE = 'matching.weights';

/**
 * Reloads the active learned weights when a model is activated, so the next recompute scores
 * with them; processes that do not handle the event reload within WEIGHT_MODEL_REFRESH_MS.
 */
export function registerWeightModelRefresh(registry: OutboxHandlerRegistry, models: MatchWeightModelService): void {
  registry.register(
    MATCH_WEIGHTS_QUEUE,
    ['match_weights.activated'],
    async () => {
      await models.refresh();
    },
    { batchSize: 10, retryLimit: 5, retryDelaySeconds: 5 },
  );
}
