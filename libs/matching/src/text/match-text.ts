import { ConceptExtractor } from '../concepts/concept-extractor';
import { conceptTermMass, prepareNeedConcepts } from '../concepts/concept-match';
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
/** Expansion terms in more than this share of their field's documents are left out (see conceptExpansion). */
const EXPANSION_MAX_FIELD_SHARE = 0.15;

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
    /** The concept layer; null turns it off (no concepts, no expansion: the word-only scorer). */
    readonly concepts: ConceptExtractor | null = null,
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
    const vector = tfidfVector(this.featureParts(need), this.frequencies, this.fieldDiscount(need.fieldCode));
    if (!this.concepts) return { need, vector };
    const discount = this.fieldDiscount(need.fieldCode);
    const concepts = prepareNeedConcepts(this.concepts.extractNeed(need), this.concepts.concepts, this.concepts, discount);
    // The implied concepts after the kept ones, so a term goes to the most specific concept naming it.
    const named = { found: new Map([...concepts.item.found, ...concepts.implied.map((entry) => [entry.id, entry] as const)]), totalWeight: 0 };
    concepts.termMass = conceptTermMass(named, vector, (text) => this.tokenizer.features(text));
    return { need, vector, concepts };
  }

  /**
   * Query expansion for the candidate fetch: the other names of the need's concepts (钠电 →
   * 钠离子电池, SIB) and, for a problem, the techniques that address it (氮氧化物超标 →
   * 选择性催化还原, 低氮燃烧 …), then narrower concepts; at most ten single words (the engines'
   * limit), none the need's own keywords already carry.
   */
  conceptTerms(need: PreparedNeed | MatchableNeed, limit = 10): string[] {
    return this.conceptExpansion(need, limit).terms;
  }

  /** The expansion terms and the fields of the concepts they name (the concept request's filter). */
  conceptExpansion(need: PreparedNeed | MatchableNeed, limit = 10): { terms: string[]; fieldCodes: string[] } {
    const none = { terms: [], fieldCodes: [] };
    if (!this.concepts) return none;
    const prepared = 'vector' in need ? need : this.prepareNeed(need);
    if (!prepared.concepts) return none;
    const set = this.concepts.concepts;
    const fields = new Set<string>();
    const own = new Set(this.keywords(prepared.need));
    const out: string[] = [];
    const push = (surface: string, fieldCode: string) => {
      const term = surface.normalize('NFKC').toLowerCase().trim();
      if (!term || /\s/.test(term) || own.has(term) || out.includes(term) || out.length >= limit) return;
      // A name most of its field's documents carry (储能电池 in the battery fields) finds the whole
      // field, which the keyword steps already browse, and makes the engine rank all of it.
      if (this.frequencies.fieldShare(fieldCode, term) > EXPANSION_MAX_FIELD_SHARE) return;
      out.push(term);
      fields.add(fieldCode);
    };
    const found = [...prepared.concepts.item.found.values()].sort((a, b) => b.weight - a.weight).map((entry) => set.get(entry.id)!);
    // Ten words go furthest in this order, each tier taken across all the need's concepts before
    // the next: the techniques that answer the need's problems (its purpose, the words a solving
    // result uses and the need does not), the concepts' own names, the techniques' other names
    // (渗碳淬火 for 齿面强化), the concepts' other names, and last the narrower concepts (more of
    // the object, which also finds its look-alikes).
    // Full remedies before partial ones: the ten words go to the answers first.
    const techniques = [...new Set([...found.flatMap((concept) => concept.solvedBy), ...found.flatMap((concept) => concept.partlySolvedBy)])].map((id) =>
      set.get(id)!,
    );
    const tiers: [string, string][][] = [
      techniques.flatMap((technique) => [technique.zh, ...technique.abbr].map((term): [string, string] => [term, technique.fieldCode])),
      found.flatMap((concept) => [concept.zh, ...concept.abbr].map((term): [string, string] => [term, concept.fieldCode])),
      interleave(techniques.map((technique) => technique.syn.map((term): [string, string] => [term, technique.fieldCode]))),
      interleave(found.map((concept) => concept.syn.map((term): [string, string] => [term, concept.fieldCode]))),
      interleave(found.map((concept) => set.narrower(concept.id).map((id): [string, string] => [set.get(id)!.zh, set.get(id)!.fieldCode]))),
    ];
    for (const tier of tiers) for (const [term, fieldCode] of tier) if (out.length < limit) push(term, fieldCode);
    return { terms: out, fieldCodes: [...fields].sort() };
  }

  private fieldDiscount(fieldCode: string | null | undefined): ((term: string) => number) | undefined {
    const frequencies = this.frequencies;
    const exponent = this.fieldCommonExponent;
    if (!fieldCode || exponent <= 0) return undefined;
    return (term) => Math.pow(1 - frequencies.fieldShare(fieldCode, term), exponent);
  }

  prepareResult(result: MatchableResult & { updatedAt?: Date }): PreparedResult {
    if (!this.cache || !result.updatedAt) {
      const vector = tfidfVector(this.featureParts(result), this.frequencies);
      return this.concepts ? { result, vector, concepts: this.concepts.extract(result) } : { result, vector };
    }
    const key = ResultFeatureCache.key(result.id, result.updatedAt);
    const cached = this.cache.get(key);
    const version = this.concepts?.concepts.version;
    // Concepts are kept beside the tokens, stamped with the concept set they came from.
    const concepts = this.concepts ? (cached?.concepts && cached.conceptVersion === version ? cached.concepts : this.concepts.extract(result)) : undefined;
    if (cached?.vector && cached.frequencies === this.frequencies && (!concepts || cached.concepts === concepts)) {
      return concepts ? { result, vector: cached.vector, concepts } : { result, vector: cached.vector };
    }
    const parts = cached?.parts ?? this.featureParts(result);
    const vector = tfidfVector(parts, this.frequencies);
    this.cache.set(key, {
      parts,
      frequencies: this.frequencies,
      vector,
      concepts: concepts ?? cached?.concepts,
      conceptVersion: concepts ? version : cached?.conceptVersion,
    });
    return concepts ? { result, vector, concepts } : { result, vector };
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

/** The first items of every list, then the second ones, and so on. */
function interleave<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((list) => list.length));
  for (let index = 0; index < longest; index++) for (const list of lists) if (index < list.length) out.push(list[index]);
  return out;
}
