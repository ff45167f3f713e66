import { MatchableNeed, MatchableResult } from '../match-inputs';
import { PreparedNeed, PreparedResult } from '../scoring/match-scorer';
import { DocumentFrequencies, FieldDocument } from './document-frequencies';
import { MatchTokenizer } from './match-tokenizer';
import { ResultFeatureCache } from './result-feature-cache';
import { extractKeywords, tfidfVector, WeightedTokens } from './text-vector';

type PublicItem = Pick<MatchableResult, 'title' | 'summary' | 'keywords'>;

/**
 * How strongly a term common within the need's own field is discounted in the need's vector:
 * its weight is multiplied by (1 − share of the field's documents containing it)^exponent.
 * Chosen on the tune split of the evaluation fixture (tried 0.5–3; 1.25 and 1.5 tied there).
 */
export const FIELD_COMMON_TERM_EXPONENT = 1.5;

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
    /** See FIELD_COMMON_TERM_EXPONENT; 0 turns the discount off. */
    readonly fieldCommonExponent = FIELD_COMMON_TERM_EXPONENT,
  ) {}

  /** Document frequencies over the feature tokens of a corpus of items, per field for items that have one. */
  static frequenciesOf(tokenizer: MatchTokenizer, items: Iterable<PublicItem & { fieldCode?: string | null }>): DocumentFrequencies {
    const documents: FieldDocument[] = [];
    for (const item of items)
      documents.push({ tokens: tokenizer.features(`${item.title} ${item.summary} ${item.keywords.join(' ')}`), fieldCode: item.fieldCode });
    return DocumentFrequencies.fromDocuments(documents);
  }

  featureParts(item: PublicItem): WeightedTokens[] {
    return [
      { tokens: this.tokenizer.features(item.title), weight: TITLE_WEIGHT },
      { tokens: this.tokenizer.features(item.summary), weight: SUMMARY_WEIGHT },
      { tokens: item.keywords.flatMap((keyword) => this.tokenizer.features(keyword)), weight: KEYWORDS_WEIGHT },
    ];
  }

  /**
   * The need's vector, with the terms common within its own field discounted: in a field where
   * most documents say 固态电池, a result saying it too (「…适用于固态电池」) shows it is of the
   * field, which the field factor already counts, not that it answers this need. The need's
   * specific terms keep their weight, so covering them is what raises the text factor.
   */
  prepareNeed(need: MatchableNeed): PreparedNeed {
    return { need, vector: tfidfVector(this.featureParts(need), this.frequencies, this.fieldDiscount(need.fieldCode)) };
  }

  private fieldDiscount(fieldCode: string | null | undefined): ((term: string) => number) | undefined {
    const frequencies = this.frequencies;
    const exponent = this.fieldCommonExponent;
    if (!fieldCode || exponent <= 0) return undefined;
    return (term) => Math.pow(1 - frequencies.fieldShare(fieldCode, term), exponent);
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
   * by TF-IDF with the title and keywords counting double, and terms common within the item's
   * field discounted as in `prepareNeed` (the first request filters on the field, where such a
   * term matches nearly everything and would take the place of one that ranks).
   */
  keywords(item: PublicItem & { fieldCode?: string | null }, limit = 10): string[] {
    const parts: WeightedTokens[] = [
      { tokens: this.tokenizer.tokens(item.title), weight: TITLE_WEIGHT },
      { tokens: this.tokenizer.tokens(item.summary), weight: SUMMARY_WEIGHT },
      { tokens: item.keywords.flatMap((keyword) => this.tokenizer.tokens(keyword)), weight: KEYWORDS_WEIGHT },
    ];
    return extractKeywords(parts, this.frequencies, limit, this.fieldDiscount(item.fieldCode));
  }
}
