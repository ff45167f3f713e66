import { ConceptExtractor } from '@techbridge/search';
import { conceptProfile, ConceptCredits, ConceptProfile, conceptTerm, DEFAULT_CONCEPT_CREDITS, needConcepts } from '../concepts/concept-profile';
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

function withConcepts(prepared: PreparedResult, concepts: ConceptProfile | undefined): PreparedResult {
  if (concepts) prepared.concepts = concepts;
  return prepared;
}

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
    /** The concept layer: absent, no concepts are extracted and the concept factor stays neutral. */
    readonly concepts?: ConceptExtractor,
    readonly conceptCredits: ConceptCredits = DEFAULT_CONCEPT_CREDITS,
  ) {}

  /** The concepts of an item's public text, title and keywords counting double. */
  conceptProfile(item: PublicItem): ConceptProfile | undefined {
    if (!this.concepts) return undefined;
    return conceptProfile(this.concepts, [
      { text: item.title, weight: TITLE_WEIGHT },
      { text: item.summary, weight: SUMMARY_WEIGHT },
      { text: item.keywords.join('，'), weight: KEYWORDS_WEIGHT },
    ]);
  }

  /**
   * Query words for the concept request (at most `limit`): the concepts that answer the need,
   * strongest first (weight × credit; broader concepts and bare objects left out, they would
   * fetch every battery or every cement plant), each by one label the segmenter keeps whole so
   * the engine's synonym expansion adds its other names.
   */
  conceptTerms(prepared: PreparedNeed, limit = 10): string[] {
    const graph = this.concepts?.graph;
    if (!graph || !prepared.concepts) return [];
    const scored = new Map<string, number>();
    prepared.concepts.reach.forEach((answers, id) => {
      const weight = prepared.concepts!.weights.get(id)!;
      answers.forEach(([credit, relation], other) => {
        if (relation === 'broader' || graph.concept(other)?.kind === 'object') return;
        scored.set(other, Math.max(scored.get(other) ?? 0, weight * credit));
      });
    });
    const terms: string[] = [];
    for (const [id] of [...scored].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      const term = this.wholeLabel(id);
      if (term && !terms.includes(term)) terms.push(term);
      if (terms.length >= limit) break;
    }
    return terms;
  }

  private readonly wholeLabels = new Map<string, string | null>();

  /** The first label of a concept (zh name, abbreviations, synonyms, en name) that is one token. */
  private wholeLabel(id: string): string | null {
    const known = this.wholeLabels.get(id);
    if (known !== undefined) return known;
    const graph = this.concepts!.graph;
    const concept = graph.concept(id);
    let found: string | null = null;
    for (const label of concept ? [concept.zh, ...(concept.abbr ?? []), ...(concept.syn ?? []), concept.en] : []) {
      const tokens = this.tokenizer.tokens(label);
      if (tokens.length === 1) {
        found = tokens[0];
        break;
      }
    }
    this.wholeLabels.set(id, found);
    return found;
  }

  /** Document frequencies over the feature tokens of a corpus of items, per field for items that have one. */
  static frequenciesOf(tokenizer: MatchTokenizer, items: Iterable<PublicItem & { fieldCode?: string | null }>, concepts?: ConceptExtractor): DocumentFrequencies {
    const documents: FieldDocument[] = [];
    for (const item of items) documents.push(MatchText.frequencyDocument(tokenizer, item, concepts));
    return DocumentFrequencies.fromDocuments(documents);
  }

  /** One document of the frequency table: its feature tokens and, with a concept layer, a pseudo-term per concept it names. */
  static frequencyDocument(tokenizer: MatchTokenizer, item: PublicItem & { fieldCode?: string | null }, concepts?: ConceptExtractor): FieldDocument {
    const text = `${item.title} ${item.summary} ${item.keywords.join(' ')}`;
    const tokens = tokenizer.features(text);
    if (concepts) for (const mention of concepts.extract(`${item.title}\n${item.summary}\n${item.keywords.join('，')}`)) tokens.push(conceptTerm(mention.id));
    return { tokens, fieldCode: item.fieldCode };
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
    const vector = tfidfVector(this.featureParts(need), this.frequencies, this.fieldDiscount(need.fieldCode));
    const profile = this.conceptProfile(need);
    if (!profile || !this.concepts) return { need, vector };
    const discount = this.fieldDiscount(need.fieldCode);
    return { need, vector, concepts: needConcepts(profile, this.concepts.graph, this.conceptCredits, discount && ((id) => discount(conceptTerm(id)))) };
  }

  private fieldDiscount(fieldCode: string | null | undefined): ((term: string) => number) | undefined {
    const frequencies = this.frequencies;
    const exponent = this.fieldCommonExponent;
    if (!fieldCode || exponent <= 0) return undefined;
    return (term) => Math.pow(1 - frequencies.fieldShare(fieldCode, term), exponent);
  }

  /**
   * A result's vector and concepts. Concepts are kept in the feature cache beside the tokens,
   * with the graph version they were extracted by: an edited result (new `updated_at`, after its
   * outbox event) or an edited concept layer (new version) gets them extracted again.
   */
  prepareResult(result: MatchableResult & { updatedAt?: Date }): PreparedResult {
    if (!this.cache || !result.updatedAt) return withConcepts({ result, vector: tfidfVector(this.featureParts(result), this.frequencies) }, this.conceptProfile(result));
    const key = ResultFeatureCache.key(result.id, result.updatedAt);
    const cached = this.cache.get(key);
    const version = this.concepts?.graph.version;
    const conceptsFresh = !this.concepts || cached?.concepts?.version === version;
    if (cached?.vector && cached.frequencies === this.frequencies && conceptsFresh) return withConcepts({ result, vector: cached.vector }, cached.concepts);
    const parts = cached?.parts ?? this.featureParts(result);
    const vector = cached?.vector && cached.frequencies === this.frequencies ? cached.vector : tfidfVector(parts, this.frequencies);
    const concepts = conceptsFresh ? cached?.concepts : this.conceptProfile(result);
    this.cache.set(key, { parts, frequencies: this.frequencies, vector, concepts });
    return withConcepts({ result, vector }, concepts);
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
