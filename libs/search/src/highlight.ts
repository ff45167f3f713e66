import { trigramSimilarity } from './postgres/text-search';
import { QueryTerm } from './segmentation/segmenter.service';

export const HIGHLIGHT_PRE = '<em>';
export const HIGHLIGHT_POST = '</em>';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

export interface HighlightTerm extends QueryTerm {
  /** The last query term also matches as a prefix (search-as-you-type). */
  prefix?: boolean;
  /** Words this similar (pg_trgm similarity) count as a match: typo tolerance. */
  fuzzyThreshold?: number;
}

const LATIN_WORD = /[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A][A-Za-z0-9._+\-\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]*/g;

/**
 * The original text, HTML-escaped, with the parts that matched the query wrapped in
 * <em>…</em>. Matching follows the engine: Chinese terms as substrings, English terms as
 * whole words (or a prefix, or a near spelling).
 */
export function highlight(text: string, terms: HighlightTerm[]): string {
  const ranges: [number, number][] = [];
  const latin = terms.filter((term) => term.latin);
  for (const term of terms) {
    if (term.latin) continue;
    const lower = text.toLowerCase();
    const haystack = lower.length === text.length ? lower : text;
    for (let at = haystack.indexOf(term.text); at >= 0; at = haystack.indexOf(term.text, at + term.text.length)) {
      ranges.push([at, at + term.text.length]);
    }
  }
  if (latin.length > 0) {
    for (const match of text.matchAll(LATIN_WORD)) {
      const word = match[0]
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[._+-]+$/, '');
      const hit = latin.some(
        (term) =>
          word === term.text ||
          (term.prefix && word.startsWith(term.text)) ||
          (term.fuzzyThreshold !== undefined && trigramSimilarity(word, term.text) >= term.fuzzyThreshold),
      );
      if (hit) ranges.push([match.index, match.index + word.length]);
    }
  }
  if (ranges.length === 0) return escapeHtml(text);
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = '';
  let cursor = 0;
  let open: [number, number] | null = null;
  for (const range of ranges) {
    if (open && range[0] <= open[1]) {
      open[1] = Math.max(open[1], range[1]);
      continue;
    }
    if (open) {
      out += `${HIGHLIGHT_PRE}${escapeHtml(text.slice(open[0], open[1]))}${HIGHLIGHT_POST}`;
      cursor = open[1];
    }
    out += escapeHtml(text.slice(cursor, range[0]));
    open = [range[0], range[1]];
  }
  if (open) {
    out += `${HIGHLIGHT_PRE}${escapeHtml(text.slice(open[0], open[1]))}${HIGHLIGHT_POST}`;
    cursor = open[1];
  }
  return out + escapeHtml(text.slice(cursor));
}
