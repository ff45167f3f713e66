import { conceptSurfaceGroups } from './segmentation/concept-terms';

/**
 * Words that find each other, in both directions, in both engines (Meilisearch `synonyms`
 * setting; query expansion in the PostgreSQL adapter). Single words only, normalized as the
 * segmenter normalizes them.
 */
const HAND_GROUPS: readonly (readonly string[])[] = [
  ['ai', '人工智能'],
  ['氢能', 'hydrogen'],
  ['无人机', 'drone', 'uav'],
  ['光伏', 'photovoltaic'],
  ['机器人', 'robot'],
  ['evtol', '电动垂直起降'],
];

/** A form both engines read as one query word: Chinese characters, letters and digits, nothing else. */
const ONE_WORD = /^[\p{Script=Han}a-z0-9]+$/u;

/**
 * The concept layer's names of one concept (钠电, 钠电池 and 钠离子电池; SCR and 选择性催化还原) as
 * synonym groups: a search for one finds documents that use another. English names of several
 * words stay out (the engines expand single words); so do one-character forms.
 */
function conceptGroups(): string[][] {
  const groups: string[][] = [];
  for (const surfaces of conceptSurfaceGroups()) {
    const words = [...new Set(surfaces.map((surface) => surface.normalize('NFKC').toLowerCase().trim()))].filter(
      (word) => ONE_WORD.test(word) && [...word].length >= 2,
    );
    if (words.length >= 2) groups.push(words);
  }
  return groups;
}

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [...HAND_GROUPS, ...conceptGroups()];

const BY_WORD = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) {
  for (const word of group) {
    const list = BY_WORD.get(word) ?? [];
    for (const other of group) if (other !== word && !list.includes(other)) list.push(other);
    BY_WORD.set(word, list);
  }
}

/** The other words of a word's synonym groups. */
export function synonymsOf(word: string): string[] {
  return BY_WORD.get(word) ?? [];
}

/** Meilisearch's form: every word lists all the others. */
export function meilisearchSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const word of BY_WORD.keys()) out[word] = synonymsOf(word);
  return out;
}
