/** Literal builders for tsvector / tsquery values made from already segmented tokens. */

const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_LEXEME = 256;

export type Weight = 'A' | 'B' | 'C' | 'D';

/** Quotes a lexeme for tsvector/tsquery input: doubled quote, escaped backslash. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * A tsvector literal from weighted token runs. Positions run on across the parts, so the
 * cover-density rank sees title, keywords and summary as one text; the parser never runs
 * again on these tokens (jieba has done the segmentation).
 */
export function tsvectorLiteral(parts: { tokens: string[]; weight: Weight }[]): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const part of parts) {
    for (const token of part.tokens) {
      position = Math.min(position + 1, MAX_POSITION);
      const list = positions.get(token) ?? [];
      if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${position}${part.weight}`);
      positions.set(token, list);
    }
  }
  return [...positions].map(([lexeme, list]) => `${quoteLexeme(lexeme)}:${list.join(',')}`).join(' ');
}

/** A tsquery literal: one term, optionally matching as a prefix. */
export function tsqueryTerm(term: string, prefix: boolean): string {
  return `${quoteLexeme(term)}${prefix ? ':*' : ''}`;
}

/** pg_trgm's trigrams of one word: padded with two spaces in front and one behind. */
function trigrams(word: string): Set<string> {
  const padded = `  ${word.toLowerCase()} `;
  const set = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  return set;
}

/** Trigram similarity of two words, as pg_trgm computes it (shared / union). */
export function trigramSimilarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return shared / (x.size + y.size - shared);
}
