import { ConceptGraph } from './concepts/concept-graph';
import { seedConceptGraph } from './concepts/seed-concepts';

/**
 * Words that find each other, in both directions, in both engines (Meilisearch `synonyms`
 * setting; query expansion in the PostgreSQL adapter) beside the concept layer's labels.
 * Normalized as the segmenter normalizes them.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['ai', '人工智能'],
  ['氢能', 'hydrogen'],
  ['无人机', 'drone', 'uav'],
  ['光伏', 'photovoltaic'],
  ['机器人', 'robot'],
  ['evtol', '电动垂直起降'],
];

/** As the segmenter normalizes a query: NFKC, lower case, no space between Han characters. */
function normalizeLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The synonym table both engines expand queries with: SYNONYM_GROUPS plus one group per
 * concept of the concept layer (its Chinese and English names, abbreviations and synonyms), so
 * a search for 钠电 finds 钠离子电池 and SCR finds 选择性催化还原. `update` swaps in the groups of
 * a newer concept revision (the PostgreSQL adapter reads the table at every query; Meilisearch
 * receives it with its settings).
 */
export class SearchSynonyms {
  private table = new Map<string, string[]>();
  private conceptVersion = '';

  constructor(graph: ConceptGraph | null = seedConceptGraph()) {
    this.update(graph);
  }

  get version(): string {
    return this.conceptVersion;
  }

  update(graph: ConceptGraph | null): void {
    const groups: string[][] = SYNONYM_GROUPS.map((group) => [...group]);
    if (graph) for (const concept of graph.concepts) groups.push(graph.labelsOf(concept.id));
    const table = new Map<string, string[]>();
    for (const group of groups) {
      const words = [...new Set(group.map(normalizeLabel).filter(Boolean))];
      for (const word of words) {
        const others = table.get(word) ?? [];
        for (const other of words) if (other !== word && !others.includes(other)) others.push(other);
        table.set(word, others);
      }
    }
    this.table = table;
    this.conceptVersion = graph?.version ?? '';
  }

  /** The other words of a word's groups (normalized), possibly several words each ("sodium-ion battery"). */
  of(word: string): string[] {
    return this.table.get(normalizeLabel(word)) ?? [];
  }

  /** Meilisearch's form: every word lists all the others. */
  meilisearch(): Record<string, string[]> {
    return Object.fromEntries(this.table);
  }
}

const fallback = new SearchSynonyms();

/** The other words of a word's synonym groups in the seeded table. */
export function synonymsOf(word: string): string[] {
  return fallback.of(word);
}

/** Meilisearch's form of the seeded table. */
export function meilisearchSynonyms(): Record<string, string[]> {
  return fallback.meilisearch();
}
