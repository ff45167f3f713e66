import { createHash } from 'node:crypto';

import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

import { conceptTerms } from './concept-terms';
import { DOMAIN_TERMS } from './domain-terms';
import { taxonomyTerms } from './taxonomy-terms';

export interface QueryTerm {
  /** Normalized token: NFKC, lower case. */
  text: string;
  /** Latin letters/digits only (English words, model names such as evtol, oled). */
  latin: boolean;
}

const HAN = /\p{Script=Han}/u;
const WORDLIKE = /[\p{L}\p{N}]/u;
const LATIN = /^[a-z0-9][a-z0-9._+-]*$/;
// Whitespace between two Han characters carries no meaning in Chinese: "固态 电池" is "固态电池".
const SPACE_BETWEEN_HAN = /(\p{Script=Han})\s+(?=\p{Script=Han})/gu;
const MAX_TOKEN_LENGTH = 64;
/**
 * Bump when the token rules of this file change (normalization, stop words, cleaning): stored
 * documents cut by the old rules are then cut again at boot, as after a dictionary change.
 */
const TOKEN_RULES_VERSION = 1;

/** Function words that would only make every document match; left out of index and queries alike. */
const STOP_WORDS = new Set([
  '的',
  '了',
  '和',
  '与',
  '及',
  '或',
  '在',
  '是',
  '等',
  '对',
  '中',
  'the',
  'a',
  'an',
  'of',
  'and',
  'or',
  'for',
  'in',
  'on',
  'to',
  'with',
  'by',
]);

let shared: { key: string; jieba: Jieba } | null = null;

/**
 * One jieba instance per process and dictionary: loading the dictionary takes ~0.3 s and tens
 * of MB. Search and matching cut with the same dictionary, so they share the instance.
 */
function jiebaWith(userDictionary: string): Jieba {
  if (shared?.key === userDictionary) return shared.jieba;
  const jieba = Jieba.withDict(dict);
  if (userDictionary) jieba.loadDict(Buffer.from(userDictionary));
  shared = { key: userDictionary, jieba };
  return jieba;
}

/** A jieba user dictionary: one term a line with a high frequency so it stays one word. */
export function userDictionary(terms: Iterable<string>): string {
  const lines = new Set<string>();
  for (const raw of terms) {
    const term = raw.normalize('NFKC').trim();
    // jieba's dictionary format is whitespace-separated; English phrases split into words anyway.
    if (!term || /\s/.test(term) || !HAN.test(term)) continue;
    lines.add(`${term} 200000 n`);
  }
  return [...lines].join('\n');
}

/**
 * Chinese word segmentation (jieba, as Meilisearch's own tokenizer uses) plus English words,
 * with the industry taxonomy's names and keywords and DOMAIN_TERMS as a user dictionary so
 * domain terms such as 钙钛矿, 固态电池 or 固态电解质 stay whole. Everything is NFKC-normalized and lower-cased;
 * alphanumeric tokens such as eVTOL or OLED are kept as words.
 */
export class Segmenter {
  private readonly jieba: Jieba;
  /**
   * Which cut this segmenter makes: the token rules, jieba's dictionary and the user dictionary.
   * Documents stored by the embedded engine remember it, so a change is noticed and they are cut
   * again (PostgresSearchEngine.staleSegmentation / resegment).
   */
  readonly fingerprint: string;

  constructor(extraTerms: Iterable<string> = []) {
    const base = [...taxonomyTerms(), ...DOMAIN_TERMS];
    const dictionary = userDictionary([...base, ...conceptTerms(base), ...extraTerms]);
    this.jieba = jiebaWith(dictionary);
    this.fingerprint = createHash('sha256').update(`${TOKEN_RULES_VERSION}\n${dict.length}\n${dictionary}`).digest('hex').slice(0, 16);
  }

  normalize(text: string): string {
    return text.normalize('NFKC').toLowerCase().replace(SPACE_BETWEEN_HAN, '$1');
  }

  /**
   * Tokens to index, in text order: search-mode segmentation also yields the parts of a
   * compound (固态电池 → 固态, 电池, 固态电池), so both the whole and its parts find the text.
   */
  indexTokens(text: string): string[] {
    return this.clean(this.jieba.cutForSearch(this.normalize(text), true));
  }

  /** Query terms: precise segmentation, without duplicates, in order. */
  queryTerms(query: string): QueryTerm[] {
    const seen = new Set<string>();
    const terms: QueryTerm[] = [];
    for (const text of this.clean(this.jieba.cut(this.normalize(query), true))) {
      if (seen.has(text)) continue;
      seen.add(text);
      terms.push({ text, latin: LATIN.test(text) });
    }
    return terms;
  }

  /**
   * Jieba's own words of a text, as they come (no normalization, no cleaning, no HMM for unknown
   * words): for callers with token rules of their own, such as matching's text features.
   * `search` also yields the parts of compounds.
   */
  words(text: string, mode: 'precise' | 'search'): string[] {
    return mode === 'search' ? this.jieba.cutForSearch(text, false) : this.jieba.cut(text, false);
  }

  private clean(tokens: string[]): string[] {
    const out: string[] = [];
    for (const raw of tokens) {
      const token = raw.trim();
      if (!token || token.length > MAX_TOKEN_LENGTH || !WORDLIKE.test(token) || STOP_WORDS.has(token)) continue;
      out.push(token);
    }
    return out;
  }
}
