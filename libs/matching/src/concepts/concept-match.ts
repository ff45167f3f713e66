import { ConceptExtractor, FoundConcept, ItemConcepts } from './concept-extractor';
import { ConceptSet } from './concept-set';

/** How a result's concept relates to one of the need's, strongest first. */
export type ConceptLinkKind = 'exact' | 'synonym' | 'narrower' | 'application' | 'broader' | 'reverseApplication';

/** Each link's weight in the concept factor (see README: what each kind of link says). */
export const CONCEPT_LINK_WEIGHTS: Readonly<Record<ConceptLinkKind, number>> = Object.freeze({
  exact: 1,
  synonym: 0.95,
  narrower: 0.85,
  application: 0.85,
  broader: 0.6,
  reverseApplication: 0.5,
});

export const CONCEPT_LINK_NAMES: Readonly<Record<ConceptLinkKind, { zh: string; en: string }>> = Object.freeze({
  exact: { zh: '同一概念', en: 'same concept' },
  synonym: { zh: '同义或缩写', en: 'synonym or abbreviation' },
  narrower: { zh: '上下位（成果更具体）', en: 'narrower concept in the result' },
  application: { zh: '应用关联', en: 'application link' },
  broader: { zh: '上下位（成果更宽泛）', en: 'broader concept in the result' },
  reverseApplication: { zh: '应用关联（成果为问题、需求为技术）', en: 'application link (reverse)' },
});

/** For one need concept: which result concepts answer it, and how. */
type Targets = ReadonlyMap<string, ConceptLinkKind>;

/** A need's concepts with everything a pair needs precomputed once per need. */
export interface NeedConcepts {
  item: ItemConcepts;
  /** Need concept id → result concept id → link (the same concept is handled apart). */
  targets: ReadonlyMap<string, Targets>;
  /** Whether the need states a problem or symptom: its purpose. */
  problems: readonly string[];
  set: ConceptSet;
  extractor: ConceptExtractor;
}

/** The numbers of a pair's concept comparison (no reasons: see `explainConcepts`). */
export interface ConceptComparison {
  /** Weighted share of the need's concepts the result answers, in [0, 1] before saturation. */
  coverage: number;
  /** The result has concepts of its own and answers none of the need's purpose (or none at all). */
  mismatch: boolean;
}

const STRENGTH = CONCEPT_LINK_WEIGHTS;

/** Precomputes, for each of the need's concepts, the result concepts that would answer it. */
export function prepareNeedConcepts(item: ItemConcepts, set: ConceptSet, extractor: ConceptExtractor): NeedConcepts {
  const targets = new Map<string, Map<string, ConceptLinkKind>>();
  const problems: string[] = [];
  for (const id of item.found.keys()) {
    const concept = set.get(id)!;
    const map = new Map<string, ConceptLinkKind>();
    const put = (target: string, kind: ConceptLinkKind) => {
      if (target === id) return;
      const before = map.get(target);
      if (!before || STRENGTH[kind] > STRENGTH[before]) map.set(target, kind);
    };
    for (const narrower of descendants(set, id)) put(narrower, 'narrower');
    for (const broader of set.ancestors(id).keys()) put(broader, 'broader');
    if (concept.kind === 'problem') {
      problems.push(id);
      for (const technique of concept.solvedBy) {
        put(technique, 'application');
        for (const narrower of descendants(set, technique)) put(narrower, 'application');
      }
    } else {
      // The result states a problem this technique (or a broader one) addresses.
      const answered = new Set([id, ...set.ancestors(id).keys()]);
      for (const other of set.all()) {
        if (other.kind === 'problem' && other.solvedBy.some((technique) => answered.has(technique))) put(other.id, 'reverseApplication');
      }
    }
    targets.set(id, map);
  }
  return { item, targets, problems, set, extractor };
}

function descendants(set: ConceptSet, id: string, depth = 3): string[] {
  const out: string[] = [];
  let frontier = [id];
  for (let hop = 0; hop < depth && frontier.length > 0; hop += 1) {
    const next: string[] = [];
    for (const current of frontier) for (const child of set.narrower(current)) if (!out.includes(child) && child !== id) next.push(child);
    out.push(...next);
    frontier = next;
  }
  return out;
}

/** The best link from one need concept to any of the result's concepts. */
function bestLink(needConcept: FoundConcept, targets: Targets, result: ItemConcepts): { kind: ConceptLinkKind; resultConcept: FoundConcept } | null {
  const same = result.found.get(needConcept.id);
  if (same) return { kind: same.keys.some((key) => needConcept.keys.includes(key)) ? 'exact' : 'synonym', resultConcept: same };
  let best: { kind: ConceptLinkKind; resultConcept: FoundConcept } | null = null;
  for (const resultConcept of result.found.values()) {
    const kind = targets.get(resultConcept.id);
    if (kind && (!best || STRENGTH[kind] > STRENGTH[best.kind])) best = { kind, resultConcept };
  }
  return best;
}

/**
 * Numbers only, for every candidate: the weighted coverage of the need's concepts (each by its
 * best link) and the purpose/object mismatch. A mismatch is a result that names concepts of its
 * own but links to none of the need's problems when the need states one (水泥窑协同处置 for a
 * 水泥窑氮氧化物超标 need: same kiln, another purpose), or to none of the need's concepts at all.
 */
export function compareConcepts(need: NeedConcepts, result: ItemConcepts): ConceptComparison {
  if (need.item.totalWeight === 0) return { coverage: 0, mismatch: false };
  let mass = 0;
  let purposeAnswered = need.problems.length === 0;
  for (const needConcept of need.item.found.values()) {
    const link = bestLink(needConcept, need.targets.get(needConcept.id)!, result);
    if (!link) continue;
    mass += needConcept.weight * STRENGTH[link.kind];
    if (!purposeAnswered && need.problems.includes(needConcept.id) && link.kind !== 'broader') purposeAnswered = true;
  }
  const coverage = mass / need.item.totalWeight;
  const mismatch = result.found.size > 0 && (coverage === 0 || !purposeAnswered);
  return { coverage, mismatch };
}

export interface ExplainedLink {
  needSurface: string;
  resultSurface: string;
  needEn: string;
  resultEn: string;
  kind: ConceptLinkKind;
  strength: number;
}

/** The links behind `compareConcepts`, strongest first, with the surface forms the texts used. */
export function explainConcepts(need: NeedConcepts, result: ItemConcepts): ExplainedLink[] {
  const links: ExplainedLink[] = [];
  for (const needConcept of need.item.found.values()) {
    const link = bestLink(needConcept, need.targets.get(needConcept.id)!, result);
    if (!link) continue;
    const needInfo = need.set.get(needConcept.id)!;
    const resultInfo = need.set.get(link.resultConcept.id)!;
    links.push({
      needSurface: need.extractor.surface(needInfo, needConcept.keys[0]),
      resultSurface: need.extractor.surface(resultInfo, link.resultConcept.keys[0]),
      needEn: needInfo.en,
      resultEn: resultInfo.en,
      kind: link.kind,
      strength: needConcept.weight * STRENGTH[link.kind],
    });
  }
  return links.sort((a, b) => b.strength - a.strength);
}

/** The names of the need's concepts, for a reason when nothing links. */
export function needConceptNames(need: NeedConcepts, limit = 3): { zh: string[]; en: string[] } {
  const found = [...need.item.found.values()].sort((a, b) => b.weight - a.weight).slice(0, limit);
  return {
    zh: found.map((entry) => need.extractor.surface(need.set.get(entry.id)!, entry.keys[0])),
    en: found.map((entry) => need.set.get(entry.id)!.en),
  };
}
