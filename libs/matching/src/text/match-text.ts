import { MatchableNeed, MatchableResult } from '../match-inputs';
import { PreparedNeed, PreparedResult } from '../scoring/match-scorer';
import { DocumentFrequencies } from './document-frequencies';
import { MatchTokenizer } from './match-tokenizer';
import { ResultFeatureCache } from './result-feature-cache';
import { extractKeywords, tfidfVector, WeightedTokens } from './text-vector';

type PublicItem = Pick<MatchableResult, 'title' | 'summary' | 'keywords'>;

/** Title and keywords say what an item is about; the summary adds context. */
const TITLE_WEIGHT = 2;
const KEYWORDS_WEIGHT = 2;
const SUMMARY_WEIGHT = 1;

/**
 * Turns the public text of needs and results into TF-IDF vectors and search keywords with
 * one tokenizer and one set of document frequencies.
 */
export class MatchText {
  constructor(
    readonly tokenizer: MatchTokenizer,
    readonly frequencies: DocumentFrequencies,
    /** Features of results that carry `updatedAt` (loaded from the database) are cached here. */
    readonly cache?: ResultFeatureCache,
  ) {}

  /** Document frequencies over the feature tokens of a corpus of items. */
  static frequenciesOf(tokenizer: MatchTokenizer, items: Iterable<PublicItem>): DocumentFrequencies {
    const documents: string[][] = [];
    for (const item of items) documents.push(tokenizer.features(`${item.title} ${item.summary} ${item.keywords.join(' ')}`));
    return DocumentFrequencies.fromDocuments(documents);
  }

  featureParts(item: PublicItem): WeightedTokens[] {
    return [
      { tokens: this.tokenizer.features(item.title), weight: TITLE_WEIGHT },
      { tokens: this.tokenizer.features(item.summary), weight: SUMMARY_WEIGHT },
      { tokens: item.keywords.flatMap((keyword) => this.tokenizer.features(keyword)), weight: KEYWORDS_WEIGHT },
    ];
  }

  prepareNeed(need: MatchableNeed): PreparedNeed {
    return { need, vector: tfidfVector(this.featureParts(need), this.frequencies) };
  }

  prepareResult(result: MatchableResult & { updatedAt?: Date }): PreparedResult {
    if (!this.cache || !result.updatedAt) return { result, vector: tfidfVector(this.featureParts(result), this.frequencies) };
    const key = ResultFeatureCache.key(result.id, result.updatedAt);
    const cached = this.cache.get(key);
    if (cached?.vector && cached.frequencies === this.frequencies) return { result, vector: cached.vector };
    const parts = cached?.parts ?? this.featureParts(result);
    const vector = tfidfVector(parts, this.frequencies);
    this.cache.set(key, { parts, frequencies: this.frequencies, vector });
    return { result, vector };
  }

  /**
   * At most `limit` (≤ 10) search keywords: whole words as the engine segments them, ranked
   * by TF-IDF with the title and keywords counting double.
   */
  keywords(item: PublicItem, limit = 10): string[] {
    const parts: WeightedTokens[] = [
      { tokens: this.tokenizer.tokens(item.title), weight: TITLE_WEIGHT },
      { tokens: this.tokenizer.tokens(item.summary), weight: SUMMARY_WEIGHT },
      { tokens: item.keywords.flatMap((keyword) => this.tokenizer.tokens(keyword)), weight: KEYWORDS_WEIGHT },
    ];
    return extractKeywords(parts, this.frequencies, limit);
  }
}
