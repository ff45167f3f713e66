import { createHash } from 'node:crypto';

/**
 * What a concept names: a technique (SCR, 振动诊断), a problem or symptom a buyer reports
 * (氮氧化物超标, 齿轮箱早期失效), a product, a material, or the object a technique is applied to
 * (水泥窑, 风电齿轮箱).
 */
export const CONCEPT_KINDS = ['technique', 'problem', 'product', 'material', 'object'] as const;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];

/** One concept as kept in the reviewable data files (libs/search/src/concepts/data/*.json). */
export interface Concept {
  /** Stable slug, unique over every chain: `scr`, `sodium-ion-battery`. */
  id: string;
  /** Industry-field code of the taxonomy (CHAIN.FIELD). */
  field: string;
  kind: ConceptKind;
  /** Preferred Chinese name. */
  zh: string;
  /** Preferred English name. */
  en: string;
  /** Abbreviations (SCR, 钠电, BMS). */
  abbr?: string[];
  /** Other names in either language. */
  syn?: string[];
  /** Ids of broader concepts (钠离子电池 ⊂ 储能电池). */
  broader?: string[];
  /** Application links: for a problem, the ids of the techniques (or products, materials) that address it. */
  addressedBy?: string[];
  /** Closely related concepts that are neither broader nor an application (脱硝催化剂 ~ SCR). */
  related?: string[];
  /** Key into the file's `sources`. */
  source?: string;
}

/** One data file: a chain's concepts and the sources they were checked against. */
export interface ConceptFile {
  chain: string;
  note?: string;
  sources: Record<string, string>;
  concepts: Concept[];
}

/** How two concepts are linked, strongest first. */
export type ConceptRelation = 'exact' | 'synonym' | 'application' | 'broader' | 'narrower' | 'related';

export const RELATION_NAMES: Record<ConceptRelation, { zh: string; en: string }> = {
  exact: { zh: '同一概念', en: 'same concept' },
  synonym: { zh: '同义词/缩写', en: 'synonym or abbreviation' },
  application: { zh: '应用关联', en: 'application link' },
  broader: { zh: '上位概念', en: 'broader concept' },
  narrower: { zh: '下位概念', en: 'narrower concept' },
  related: { zh: '相关概念', en: 'related concept' },
};

/** Why a concept set was refused: the first problems found, each naming the concept. */
export class ConceptValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.slice(0, 5).join('; '));
    this.name = 'ConceptValidationError';
  }
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const FIELD = /^[A-Z][A-Z0-9]{1,15}\.[A-Z0-9]{1,16}$/;
const MAX_LABEL = 60;

/** Lower case, NFKC, no space between Han characters, Latin punctuation as single spaces. */
export function normaliseConceptText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, '$1')
    .replace(/[-_/·]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The concept layer as one validated, immutable graph: labels (names, abbreviations, synonyms)
 * in both languages, broader/narrower links and application links from problems to the
 * techniques that address them. `version` is a hash of the content, so anything derived from
 * a graph (extracted concepts, synonyms) can say which graph it came from.
 */
export class ConceptGraph {
  readonly version: string;
  private readonly byId = new Map<string, Concept>();
  private readonly narrowerOf = new Map<string, string[]>();
  private readonly addressesOf = new Map<string, string[]>();
  private readonly relatedOf = new Map<string, string[]>();
  /** Normalised label → concept id. */
  readonly labels = new Map<string, string>();

  constructor(readonly concepts: readonly Concept[]) {
    const problems = ConceptGraph.problems(concepts);
    if (problems.length > 0) throw new ConceptValidationError(problems);
    for (const concept of concepts) this.byId.set(concept.id, concept);
    for (const concept of concepts) {
      for (const parent of concept.broader ?? []) push(this.narrowerOf, parent, concept.id);
      for (const technique of concept.addressedBy ?? []) push(this.addressesOf, technique, concept.id);
      for (const other of concept.related ?? []) {
        push(this.relatedOf, concept.id, other);
        push(this.relatedOf, other, concept.id);
      }
      for (const label of labelsOf(concept)) this.labels.set(normaliseConceptText(label), concept.id);
    }
    const canonical = [...concepts].sort((a, b) => (a.id < b.id ? -1 : 1)).map((concept) => JSON.stringify(concept, Object.keys(concept).sort()));
    this.version = createHash('sha256').update(canonical.join('\n')).digest('hex').slice(0, 12);
  }

  static fromFiles(files: readonly ConceptFile[]): ConceptGraph {
    return new ConceptGraph(files.flatMap((file) => file.concepts));
  }

  /**
   * Everything wrong with a concept set, empty when it is valid: unknown kinds, malformed ids
   * or field codes, duplicate ids, links to unknown concepts or to themselves, a label used by
   * two concepts (it could not say which one a text means), broader cycles.
   */
  static problems(concepts: readonly Concept[], knownFields?: ReadonlySet<string>): string[] {
    const problems: string[] = [];
    const ids = new Set<string>();
    const labelOwner = new Map<string, string>();
    for (const concept of concepts) {
      const at = `concept ${concept.id}`;
      if (!SLUG.test(concept.id ?? '')) problems.push(`${at}: id must be a lower-case slug`);
      if (ids.has(concept.id)) problems.push(`${at}: duplicate id`);
      ids.add(concept.id);
      if (!FIELD.test(concept.field ?? '') || (knownFields && !knownFields.has(concept.field))) problems.push(`${at}: unknown field ${concept.field}`);
      if (!(CONCEPT_KINDS as readonly string[]).includes(concept.kind)) problems.push(`${at}: unknown kind ${concept.kind}`);
      if (!concept.zh?.trim() || !concept.en?.trim()) problems.push(`${at}: zh and en names are required`);
      for (const label of labelsOf(concept)) {
        const key = normaliseConceptText(label);
        if (!key || key.length > MAX_LABEL) {
          problems.push(`${at}: label "${label}" is empty or longer than ${MAX_LABEL}`);
          continue;
        }
        const owner = labelOwner.get(key);
        if (owner && owner !== concept.id) problems.push(`${at}: label "${label}" already names ${owner}`);
        labelOwner.set(key, concept.id);
      }
    }
    for (const concept of concepts) {
      for (const [name, list] of [
        ['broader', concept.broader],
        ['addressedBy', concept.addressedBy],
        ['related', concept.related],
      ] as const) {
        for (const other of list ?? []) {
          if (other === concept.id) problems.push(`concept ${concept.id}: ${name} links to itself`);
          else if (!ids.has(other)) problems.push(`concept ${concept.id}: ${name} links to unknown concept ${other}`);
        }
      }
    }
    if (problems.length === 0) {
      const parents = new Map(concepts.map((concept) => [concept.id, concept.broader ?? []]));
      for (const concept of concepts) {
        const seen = new Set<string>();
        const stack = [...(concept.broader ?? [])];
        while (stack.length > 0) {
          const next = stack.pop()!;
          if (next === concept.id) {
            problems.push(`concept ${concept.id}: broader links form a cycle`);
            break;
          }
          if (seen.has(next)) continue;
          seen.add(next);
          stack.push(...(parents.get(next) ?? []));
        }
      }
    }
    return problems;
  }

  get size(): number {
    return this.byId.size;
  }

  concept(id: string): Concept | undefined {
    return this.byId.get(id);
  }

  ofField(fieldCode: string): Concept[] {
    return this.concepts.filter((concept) => concept.field === fieldCode);
  }

  /** Broader concepts up to `depth` steps, nearest first. */
  ancestors(id: string, depth = 2): string[] {
    const out: string[] = [];
    let frontier = [id];
    for (let step = 0; step < depth && frontier.length > 0; step += 1) {
      const next: string[] = [];
      for (const current of frontier) for (const parent of this.byId.get(current)?.broader ?? []) if (!out.includes(parent) && parent !== id) next.push(parent);
      out.push(...next);
      frontier = next;
    }
    return out;
  }

  /** Narrower concepts up to `depth` steps, nearest first. */
  descendants(id: string, depth = 2): string[] {
    const out: string[] = [];
    let frontier = [id];
    for (let step = 0; step < depth && frontier.length > 0; step += 1) {
      const next: string[] = [];
      for (const current of frontier) for (const child of this.narrowerOf.get(current) ?? []) if (!out.includes(child) && child !== id) next.push(child);
      out.push(...next);
      frontier = next;
    }
    return out;
  }

  /** The techniques that address a problem (its application links). */
  addressedBy(id: string): string[] {
    return this.byId.get(id)?.addressedBy ?? [];
  }

  /** The problems a technique addresses (application links read backwards). */
  addresses(id: string): string[] {
    return this.addressesOf.get(id) ?? [];
  }

  related(id: string): string[] {
    return this.relatedOf.get(id) ?? [];
  }

  /**
   * How concept `a` (the need's) relates to concept `b` (the result's), or null. Application
   * links count in either direction and through one broader step (a problem addressed by 烟气脱硝
   * is addressed by its narrower SCR too); broader/narrower within two steps.
   */
  relation(a: string, b: string): Exclude<ConceptRelation, 'exact' | 'synonym'> | 'same' | null {
    if (a === b) return 'same';
    const techniquesOfA = this.addressedBy(a);
    if (techniquesOfA.includes(b) || this.ancestors(b, 1).some((parent) => techniquesOfA.includes(parent))) return 'application';
    const techniquesOfB = this.addressedBy(b);
    if (techniquesOfB.includes(a) || this.ancestors(a, 1).some((parent) => techniquesOfB.includes(parent))) return 'application';
    if (this.ancestors(a).includes(b)) return 'broader';
    if (this.descendants(a).includes(b)) return 'narrower';
    if (this.related(a).includes(b)) return 'related';
    return null;
  }

  /** Every label of a concept: names, abbreviations and synonyms. */
  labelsOf(id: string): string[] {
    const concept = this.byId.get(id);
    return concept ? labelsOf(concept) : [];
  }
}

function labelsOf(concept: Concept): string[] {
  return [concept.zh, concept.en, ...(concept.abbr ?? []), ...(concept.syn ?? [])].filter((label): label is string => typeof label === 'string');
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
