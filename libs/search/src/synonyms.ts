import { Logger } from '@nestjs/common';

import { conceptSurfaceGroups } from './segmentation/concept-terms';

/**
 * Words that find each other, in both directions, in both engines (Meilisearch `synonyms`
 * setting; query expansion in the PostgreSQL adapter), normalized as the segmenter normalizes
 * them. Kept in code: they are not concepts of the concept layer.
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
 * The synonym groups of one version of the concept layer: each group the surface forms of one
 * concept (Chinese name, abbreviations, synonyms) as the source writes them. `version` changes
 * whenever any group does.
 */
export interface SynonymSet {
  version: string;
  groups: readonly (readonly string[])[];
}

/**
 * Port: where the current synonym set comes from. Search does not know the concept layer;
 * matching registers a source over its published concept dictionary
 * (`SearchSynonyms.useSource`), so an administrator's edit reaches both engines.
 */
export interface SynonymSource {
  /** The current set; called before searches, so it should answer from a cache checked by version. */
  current(): Promise<SynonymSet>;
}

/**
 * The concept layer's names of one concept (钠电, 钠电池 and 钠离子电池; SCR and 选择性催化还原) as
 * synonym groups: a search for one finds documents that use another. English names of several
 * words stay out (the engines expand single words); so do one-character forms.
 */
export function conceptSynonymGroups(groups: readonly (readonly string[])[]): string[][] {
  const out: string[][] = [];
  for (const surfaces of groups) {
    const words = [...new Set(surfaces.map((surface) => surface.normalize('NFKC').toLowerCase().trim()))].filter(
      (word) => ONE_WORD.test(word) && [...word].length >= 2,
    );
    if (words.length >= 2) out.push(words);
  }
  return out;
}

/** The groups of the repository's concept files: what search uses until a source answers. */
export const FILE_SYNONYM_SET: SynonymSet = { version: 'files', groups: conceptSurfaceGroups() };

function byWord(groups: readonly (readonly string[])[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of groups) {
    for (const word of group) {
      const list = map.get(word) ?? [];
      for (const other of group) if (other !== word && !list.includes(other)) list.push(other);
      map.set(word, list);
    }
  }
  return map;
}

/**
 * The synonyms both engines expand: the hand groups plus the concept layer's names, from the
 * registered SynonymSource (matching's published concept dictionary) or, without one, from the
 * repository's concept files. One instance per process, shared by the engine; `refresh` before
 * a search picks up a newer version. The source answers from its own cache (matching's looks
 * for a newer published number at most every 5 s, at once after a publication in the process).
 */
export class SearchSynonyms {
  private readonly logger = new Logger('SearchSynonyms');
  private source: SynonymSource | null = null;
  private words = new Map<string, string[]>();
  private set: SynonymSet = FILE_SYNONYM_SET;
  private currentVersion = '';
  private inFlight: Promise<void> | null = null;
  private failing = false;

  constructor(initial: SynonymSet = FILE_SYNONYM_SET) {
    this.apply(initial);
  }

  /** The version of the set in use (the source's version; `files` before any source answered). */
  get version(): string {
    return this.currentVersion;
  }

  /** The set in use, as its source gave it. */
  current(): SynonymSet {
    return this.set;
  }

  /** Registers where the current set comes from; the next refresh asks it. */
  useSource(source: SynonymSource): void {
    this.source = source;
  }

  /**
   * Takes a newer set from the source when there is one. A failing source keeps the set in use
   * (searches go on with the last known synonyms) and is logged once until it answers again.
   */
  async refresh(): Promise<void> {
    if (!this.source) return;
    this.inFlight ??= this.load(this.source).finally(() => (this.inFlight = null));
    await this.inFlight;
  }

  private async load(source: SynonymSource): Promise<void> {
    try {
      const set = await source.current();
      if (set.version !== this.currentVersion) this.apply(set);
      this.failing = false;
    } catch (error) {
      if (!this.failing) this.logger.warn(`Synonym source failed (${(error as Error).message}); keeping version ${this.currentVersion}`);
      this.failing = true;
    }
  }

  /** Uses a set directly (tests; a source's answer). */
  apply(set: SynonymSet): void {
    this.words = byWord([...HAND_GROUPS, ...conceptSynonymGroups(set.groups)]);
    this.currentVersion = set.version;
    this.set = set;
  }

  /** The other words of a word's synonym groups. */
  synonymsOf(word: string): string[] {
    return this.words.get(word) ?? [];
  }

  /** Every word of every group. */
  allWords(): IterableIterator<string> {
    return this.words.keys();
  }

  /** Meilisearch's form: every word lists all the others. */
  meilisearch(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [word, others] of this.words) out[word] = [...others];
    return out;
  }
}

/** Meilisearch's form of the repository files' groups (the settings' default). */
export function meilisearchSynonyms(): Record<string, string[]> {
  return new SearchSynonyms().meilisearch();
}
