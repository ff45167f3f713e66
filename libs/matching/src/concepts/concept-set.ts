import { createHash } from 'node:crypto';

import bl from './data/bl.json';
import hc from './data/hc.json';
import jl from './data/jl.json';
import ql from './data/ql.json';

/**
 * A problem or symptom (氮氧化物超标, 齿轮箱早期失效) is answered by techniques through
 * `solvedBy`; everything else is a technique, product or material.
 */
export type ConceptKind = 'technique' | 'problem';

/** One concept as the data files write it. */
export interface ConceptRecord {
  id: string;
  zh: string;
  en: string;
  abbr?: string[];
  syn?: string[];
  /** Ids of broader concepts (钠离子电池 → 储能电池). */
  broader?: string[];
  kind?: ConceptKind;
  /** For problems: the ids of the techniques that address them (the primary remedies). */
  solvedBy?: string[];
  /**
   * For problems: techniques that address only part of them (one failure mode of several, a
   * share of the reduction a limit asks for: 低氮燃烧 for 氮氧化物超标, 液冷 for 热失控蔓延).
   */
  partlySolvedBy?: string[];
}

/** One data file: the concepts of one chain, grouped by industry field, with its sources. */
export interface ConceptFile {
  chain: string;
  sources: string[];
  fields: Record<string, ConceptRecord[]>;
}

export interface Concept extends Required<Omit<ConceptRecord, 'kind'>> {
  kind: ConceptKind;
  fieldCode: string;
  /** Every surface form, normalised (see `conceptKey`): names, abbreviations, synonyms. */
  keys: string[];
  /** Normalised key → the surface form as the data file writes it (for reasons). */
  surfaces: ReadonlyMap<string, string>;
}

export const DEFAULT_CONCEPT_FILES: readonly ConceptFile[] = [ql, jl, bl, hc] as ConceptFile[];

const LATIN = /[a-z0-9]/;
const HAN = /\p{Script=Han}/u;

/**
 * The form a surface term and a text are compared in: NFKC, lower case, hyphens and
 * underscores as spaces, no space next to a Chinese character (「钠离子 电池」 is 钠离子电池),
 * single spaces between English words.
 */
export function conceptKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[-_/·]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s*(\p{Script=Han})\s*/gu, '$1')
    .trim();
}

/**
 * The concept layer: concepts per field with their names, abbreviations and synonyms, broader
 * and narrower links, and application links from problems to techniques. Built once from the
 * reviewed data files; `version` is a hash of their content, recorded with what it scored.
 */
export class ConceptSet {
  readonly version: string;
  private readonly concepts = new Map<string, Concept>();
  /** Surface key → concept ids (a few keys name two concepts: 续航不足). */
  private readonly byKey = new Map<string, string[]>();
  private readonly narrowerOf = new Map<string, string[]>();
  private readonly ancestorCache = new Map<string, ReadonlyMap<string, number>>();

  constructor(readonly files: readonly ConceptFile[]) {
    for (const file of files) {
      for (const [fieldCode, records] of Object.entries(file.fields)) {
        for (const record of records) this.add(record, fieldCode);
      }
    }
    this.validate();
    for (const concept of this.concepts.values()) {
      for (const parent of concept.broader) {
        const list = this.narrowerOf.get(parent) ?? [];
        list.push(concept.id);
        this.narrowerOf.set(parent, list);
      }
    }
    // A hash of the concepts as read (not of the files' JSON): the same dictionary loaded from the
    // database's versions, whatever order its columns come in, has the same version.
    // Partial links join the tuple only when there are any, so a set without them keeps its hash.
    const canonical = this.all().map((c) => [
      c.fieldCode,
      c.id,
      c.zh,
      c.en,
      c.kind,
      c.abbr,
      c.syn,
      c.broader,
      c.solvedBy,
      ...(c.partlySolvedBy.length ? [c.partlySolvedBy] : []),
    ]);
    this.version = `concepts-${createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 12)}`;
  }

  static default(): ConceptSet {
    return (defaultSet ??= new ConceptSet(DEFAULT_CONCEPT_FILES));
  }

  get size(): number {
    return this.concepts.size;
  }

  get(id: string): Concept | undefined {
    return this.concepts.get(id);
  }

  all(): Concept[] {
    return [...this.concepts.values()];
  }

  idsForKey(key: string): readonly string[] {
    return this.byKey.get(key) ?? [];
  }

  /** Every surface key, for the extractor's dictionary. */
  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }

  /** Broader concepts of `id` with their distance (1 = direct parent), at most `depth` hops up. */
  ancestors(id: string, depth = 3): ReadonlyMap<string, number> {
    const cacheKey = `${id}\u0000${depth}`;
    const cached = this.ancestorCache.get(cacheKey);
    if (cached) return cached;
    const out = new Map<string, number>();
    let frontier = [id];
    for (let hop = 1; hop <= depth && frontier.length > 0; hop += 1) {
      const next: string[] = [];
      for (const current of frontier) {
        for (const parent of this.concepts.get(current)?.broader ?? []) {
          if (out.has(parent)) continue;
          out.set(parent, hop);
          next.push(parent);
        }
      }
      frontier = next;
    }
    this.ancestorCache.set(cacheKey, out);
    return out;
  }

  /** Direct narrower concepts of `id`. */
  narrower(id: string): readonly string[] {
    return this.narrowerOf.get(id) ?? [];
  }

  /** Counts for reports: concepts and problems per field. */
  countsByField(): Record<string, { concepts: number; problems: number; applicationLinks: number }> {
    const out: Record<string, { concepts: number; problems: number; applicationLinks: number }> = {};
    for (const concept of this.concepts.values()) {
      const entry = (out[concept.fieldCode] ??= { concepts: 0, problems: 0, applicationLinks: 0 });
      entry.concepts += 1;
      if (concept.kind === 'problem') entry.problems += 1;
      entry.applicationLinks += concept.solvedBy.length + concept.partlySolvedBy.length;
    }
    return out;
  }

  private add(record: ConceptRecord, fieldCode: string): void {
    if (this.concepts.has(record.id)) throw new Error(`Concept ${record.id} is defined twice`);
    const surfaces = [record.zh, record.en, ...(record.abbr ?? []), ...(record.syn ?? [])];
    const surfaceOf = new Map<string, string>();
    for (const surface of surfaces) {
      const key = conceptKey(surface);
      if (key && !surfaceOf.has(key)) surfaceOf.set(key, surface);
    }
    const keys = [...surfaceOf.keys()];
    const concept: Concept = {
      id: record.id,
      zh: record.zh,
      en: record.en,
      abbr: record.abbr ?? [],
      syn: record.syn ?? [],
      broader: record.broader ?? [],
      kind: record.kind ?? 'technique',
      solvedBy: record.solvedBy ?? [],
      partlySolvedBy: record.partlySolvedBy ?? [],
      fieldCode,
      keys,
      surfaces: surfaceOf,
    };
    this.concepts.set(concept.id, concept);
    for (const key of keys) {
      // A one-letter English key (or a lone Chinese character) would fire everywhere.
      if (!HAN.test(key) && key.replace(/\s/g, '').length < 2) throw new Error(`Concept ${record.id}: surface form "${key}" is too short`);
      const list = this.byKey.get(key) ?? [];
      if (!list.includes(concept.id)) list.push(concept.id);
      this.byKey.set(key, list);
    }
  }

  private validate(): void {
    for (const concept of this.concepts.values()) {
      for (const id of [...concept.broader, ...concept.solvedBy, ...concept.partlySolvedBy]) {
        if (!this.concepts.has(id)) throw new Error(`Concept ${concept.id} links to unknown concept ${id}`);
      }
      if (concept.solvedBy.length + concept.partlySolvedBy.length > 0 && concept.kind !== 'problem')
        throw new Error(`Concept ${concept.id} has solvedBy links but is not a problem`);
      const both = concept.partlySolvedBy.find((id) => concept.solvedBy.includes(id));
      if (both) throw new Error(`Concept ${concept.id} lists ${both} as both a full and a partial remedy`);
      if (concept.broader.includes(concept.id)) throw new Error(`Concept ${concept.id} is broader than itself`);
    }
    for (const concept of this.concepts.values()) {
      if (this.ancestors(concept.id, 20).has(concept.id)) throw new Error(`Concept ${concept.id} is in a broader cycle`);
    }
    this.ancestorCache.clear();
  }
}

let defaultSet: ConceptSet | undefined;

/** Whether a key starts or ends with a letter or digit (it then needs a word boundary there). */
export function latinEdges(key: string): { start: boolean; end: boolean } {
  return { start: LATIN.test(key[0] ?? ''), end: LATIN.test(key[key.length - 1] ?? '') };
}
