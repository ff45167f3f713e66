import { OutboxHandlerRegistry, OutboxJob } from '@techbridge/platform';
import { SEARCH_INDEX_QUEUE } from '@techbridge/search';

import { ConceptDictionaryService } from './concepts/dictionary/concept-dictionary.service';
import { MatchWeightModelService } from './learning/match-weight-model.service';
import { MatchCorpusReader } from './records/match-corpus.reader';
import { MatchRecomputeService } from './records/match-recompute.service';

export const MATCH_RECOMPUTE_QUEUE = 'matching.recompute';
export const CONCEPT_DICTIONARY_QUEUE = 'matching.concept-dictionary';
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

/**
 * After a concept dictionary version is published (or rolled back to), the process running the
 * queue switches to it and every published need's matches are recomputed with it. Concepts are
 * not stored: each result's are extracted again as it is next scored (the feature cache stamps
 * them with the set's version). Idempotent: it reads the current version and current state, and
 * a backlog of publications costs one pass (coalesced).
 */
export function registerConceptDictionaryRefresh(
  registry: OutboxHandlerRegistry,
  dictionary: ConceptDictionaryService,
  reader: MatchCorpusReader,
  recompute: MatchRecomputeService,
): void {
  registry.register(
    CONCEPT_DICTIONARY_QUEUE,
    ['concept_dictionary.published'],
    async () => {
      await dictionary.ensureCurrent(true);
      await recompute.recomputeChanged(await reader.publishedNeedIds(), []);
    },
    { batchSize: 50, retryLimit: 5, retryDelaySeconds: 10, coalesce: true, deferTo: [SEARCH_INDEX_QUEUE] },
  );
}
