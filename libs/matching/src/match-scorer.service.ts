import { Injectable } from '@nestjs/common';
import { AppConfig } from '@techbridge/platform';

import { rankCandidates, RankedCandidate } from './candidates/candidate-strategy';
import { ConceptExtractor } from './concepts/concept-extractor';
import { ConceptSet } from './concepts/concept-set';
import { FeedbackStats } from './feedback/match-feedback';
import { MatchableNeed, MatchableResult } from './match-inputs';
import { ScorerContext } from './scoring/match-scorer';
import { MatchWeights, normaliseWeights } from './scoring/match-weights';
import { Taxonomy } from './taxonomy';
import { DocumentFrequencies } from './text/document-frequencies';
import { MatchText } from './text/match-text';
import { MatchTokenizer } from './text/match-tokenizer';
import { ResultFeatureCache } from './text/result-feature-cache';

/** The active learned weights as the scorer uses them (see `MatchWeightModelService`). */
export interface ActiveWeightModel {
  version: number;
  /** The model's global entry, for needs of fields without their own. */
  global: MatchWeights;
  /** Per-field entries. */
  fields: ReadonlyMap<string, MatchWeights>;
}

/**
 * The scorer with its weights: the active learned model's per field when one is active (set by
 * `MatchWeightModelService`), else the configured weights (MATCH_WEIGHTS over the defaults,
 * normalised at start so a bad factor name stops the boot).
 */
@Injectable()
export class MatchScorerService {
  /** The configured weights: what every need is scored with while no learned model is active. */
  readonly weights: MatchWeights;
  private model: ActiveWeightModel | null = null;
  /** Result features by id and updated_at, shared by every recompute of this process. */
  readonly featureCache: ResultFeatureCache;
  private readonly taxonomy = Taxonomy.default();
  private extractor = new ConceptExtractor();
  private dictionaryNumber: number | null = null;

  constructor(
    config: AppConfig,
    readonly tokenizer: MatchTokenizer,
  ) {
    try {
      this.weights = normaliseWeights(config.MATCH_WEIGHTS ?? {});
    } catch (error) {
      throw new Error(`MATCH_WEIGHTS: ${(error as Error).message}`);
    }
    this.featureCache = new ResultFeatureCache(config.MATCH_FEATURE_CACHE_SIZE);
  }

  /**
   * The concept layer in use, one extractor per process: the repository's data files until the
   * concept dictionary service loads the current published version (and after each publication).
   */
  get concepts(): ConceptExtractor {
    return this.extractor;
  }

  /** The dictionary version in use; null while the data files are (tests, benchmarks, before the first load). */
  get conceptVersionNumber(): number | null {
    return this.dictionaryNumber;
  }

  /** Switches to another concept set (a newly published dictionary version). Results' concepts are re-extracted as they are next scored: the feature cache keeps them stamped with the set's version. */
  useConcepts(set: ConceptSet, versionNumber: number | null): void {
    if (set.version !== this.extractor.concepts.version) this.extractor = new ConceptExtractor(set);
    this.dictionaryNumber = versionNumber;
  }

  /** Text features over a corpus's document frequencies. */
  text(frequencies: DocumentFrequencies): MatchText {
    return new MatchText(this.tokenizer, frequencies, this.featureCache, undefined, this.concepts);
  }

  context(feedback: FeedbackStats = FeedbackStats.empty(), now: Date = new Date()): ScorerContext {
    const model = this.model;
    if (!model) return { weights: this.weights, taxonomy: this.taxonomy, feedback, now };
    return { weights: model.global, fieldWeights: model.fields, taxonomy: this.taxonomy, feedback, now };
  }

  /** Scores from now on use this learned model (null: back to the configured weights). */
  useWeightModel(model: ActiveWeightModel | null): void {
    this.model = model;
  }

  /** The learned model in use, if any. */
  get weightModel(): ActiveWeightModel | null {
    return this.model;
  }

  /** The weights a need of this field is scored with now. */
  weightsForField(fieldCode: string): MatchWeights {
    return this.model ? (this.model.fields.get(fieldCode) ?? this.model.global) : this.weights;
  }

  /** The best `topK` results for a need, each with its explained score. */
  rank(
    need: MatchableNeed,
    results: readonly MatchableResult[],
    frequencies: DocumentFrequencies,
    topK: number,
    feedback?: FeedbackStats,
    now?: Date,
  ): RankedCandidate[] {
    const text = this.text(frequencies);
    return rankCandidates(
      text.prepareNeed(need),
      results.map((result) => text.prepareResult(result)),
      this.context(feedback, now),
      topK,
    );
  }
}
