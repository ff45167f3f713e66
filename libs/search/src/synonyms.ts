/**
 * Words that find each other, in both directions, in both engines (Meilisearch `synonyms`
 * setting; query expansion in the PostgreSQL adapter). Single words only, normalized as the
 * segmenter normalizes them.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['ai', '人工智能'],
  ['氢能', 'hydrogen'],
  ['无人机', 'drone', 'uav'],
  ['光伏', 'photovoltaic'],
  ['机器人', 'robot'],
  ['evtol', '电动垂直起降'],
];

/** The other words of a word's synonym groups. */
export function synonymsOf(word: string): string[] {
  return [...new Set(SYNONYM_GROUPS.filter((group) => group.includes(word)).flatMap((group) => group.filter((other) => other !== word)))];
}

/** Meilisearch's form: every word lists all the others. */
export function meilisearchSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of SYNONYM_GROUPS) for (const word of group) out[word] = synonymsOf(word);
  return out;
}
