import { ConceptExtractor, FoundConcept, ItemConcepts } from './concept-extractor';
import { ConceptSet } from './concept-set';

/** How a result's concept relates to one of the need's, strongest first. */
export type ConceptLinkKind = 'exact' | 'synonym' | 'narrower' | 'application' | 'partialApplication' | 'problemOnly' | 'broader' | 'reverseApplication';

/** A partial remedy's link strength, against 0.85 for a full one (see README, Concept factor). */
export const PARTIAL_APPLICATION_STRENGTH = 0.55;

/** Each link's weight in the concept factor (see README: what each kind of link says). */
export const CONCEPT_LINK_WEIGHTS: Readonly<Record<ConceptLinkKind, number>> = Object.freeze({
  exact: 1,
  synonym: 0.95,
  narrower: 0.85,
  application: 0.85,
  // A partial remedy (`partlySolvedBy`: 低氮燃烧 for 氮氧化物超标) answers the need, but less of it
  // than a full one: it ranks below, above a result that only names the problem.
  partialApplication: PARTIAL_APPLICATION_STRENGTH,
  problemOnly: 0.5,
  broader: 0.4,
  reverseApplication: 0.4,
});

/**
 * When the need states a problem, the share of the concept coverage its problems carry: the
 * purpose of a need is the problem, and a result about the same kiln, gearbox or membrane that
 * answers another problem is the look-alike brokers complain about.
 */
export const PROBLEM_SHARE = 0.7;

export const CONCEPT_LINK_NAMES: Readonly<Record<ConceptLinkKind, { zh: string; en: string }>> = Object.freeze({
  exact: { zh: '同一概念', en: 'same concept' },
  synonym: { zh: '同义或缩写', en: 'synonym or abbreviation' },
  narrower: { zh: '上下位（成果更具体）', en: 'narrower concept in the result' },
  application: { zh: '应用关联', en: 'application link' },
  partialApplication: { zh: '应用关联（部分解决）', en: 'application link (partial remedy)' },
  problemOnly: { zh: '同一问题（成果未给出对应技术）', en: 'same problem, no technique for it in the result' },
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
  /**
   * The problems the need answers itself and the techniques it names for them (碳酸锂价格波动 and
   * 钠电 in a need asking for 钠电 against lithium prices): its purpose when `problems` is empty.
   * A result linking to none of them, only to the other concepts (锂电, which the need means to
   * replace), answers another purpose.
   */
  settledPurposes: readonly string[];
  /**
   * The need's concepts a more specific one of them implies (碳化硅 beside 碳化硅功率器件栅氧):
   * left out of the coverage, but their words are still the need's, and a result naming them (or
   * something narrower, SiC MOSFET) in other words says them too.
   */
  implied: readonly FoundConcept[];
  set: ConceptSet;
  extractor: ConceptExtractor;
  /**
   * Need concept id → the need vector's terms that name it, with their squared weights, over the
   * vector's squared norm: the share of the need's text a link to that concept stands for.
   */
  termMass?: ReadonlyMap<string, readonly (readonly [string, number])[]>;
}

/** The numbers of a pair's concept comparison (no reasons: see `explainConcepts`). */
export interface ConceptComparison {
  /** Weighted share of the need's concepts the result answers, in [0, 1] before saturation. */
  coverage: number;
  /**
   * Purpose/object mismatch: the need states a problem and the result names concepts of its own,
   * none of which answers it; or the result names only other concepts of the same kind as the
   * need's (siblings under one broader concept) and links to none of them.
   */
  mismatch: boolean;
  /**
   * The need states a problem and the result answers it only with partial remedies
   * (`partlySolvedBy`: 低氮燃烧 for 氮氧化物超标), no full one: a partial answer.
   */
  partial: boolean;
  /** The result names no known concept at all (nothing to compare: a gap of the concept set, not evidence). */
  unknown: boolean;
  /** Discounted over undiscounted weight of the need's concepts: how much they say beyond the field. */
  specificity: number;
  /**
   * Share of the need's squared TF-IDF mass whose terms the result does not contain but names by
   * a linked concept, each term weighted by its link's strength (钠电 in the need, 钠离子电池 in the
   * result): what the text coverage misses and the concept link supplies.
   */
  linkedMass: number;
}

const STRENGTH = CONCEPT_LINK_WEIGHTS;
const LIFTING: ReadonlySet<ConceptLinkKind> = new Set(['exact', 'synonym', 'narrower', 'application', 'partialApplication']);
/** Links that answer a need concept: a full or partial remedy for its problem, or the concept itself or a narrower one. */
const ANSWERING: ReadonlySet<ConceptLinkKind> = LIFTING;

/** Precomputes, for each of the need's concepts, the result concepts that would answer it. */
/**
 * `discount(key)` scales a need concept found under `key` (the text factor's field-common rule:
 * 养殖工船 in a field where nearly every document says it tells the field, not the need).
 */
export function prepareNeedConcepts(found: ItemConcepts, set: ConceptSet, extractor: ConceptExtractor, discount?: (key: string) => number): NeedConcepts {
  const item = discounted(mostSpecific(found, set), discount);
  const implied = [...found.found.values()].filter((entry) => !item.found.has(entry.id));
  const targets = new Map<string, Map<string, ConceptLinkKind>>();
  const problems: string[] = [];
  const answeredInNeed = new Set<string>();
  const settledPurposes: string[] = [];
  for (const id of item.found.keys()) {
    const concept = set.get(id)!;
    if (concept.kind === 'problem') continue;
    const answered = new Set([id, ...set.ancestors(id).keys()]);
    for (const other of item.found.keys()) {
      const problem = set.get(other)!;
      if (problem.kind === 'problem' && remedies(problem).some((technique) => answered.has(technique))) {
        answeredInNeed.add(other);
        for (const purpose of [other, id]) if (!settledPurposes.includes(purpose)) settledPurposes.push(purpose);
      }
    }
  }
  let strongestTechnique = 0;
  for (const [id, entry] of item.found) if (set.get(id)!.kind !== 'problem') strongestTechnique = Math.max(strongestTechnique, entry.baseWeight);
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
      // A need that already names its technique (热失控预警 for 热失控) is about that technique.
      // A problem said only in passing (脱靶 in the summary of a need whose title asks for a delivery
      // system) is one of its concepts, not its purpose.
      if (!answeredInNeed.has(id) && item.found.get(id)!.baseWeight >= strongestTechnique) problems.push(id);
      for (const technique of concept.solvedBy) {
        put(technique, 'application');
        for (const narrower of descendants(set, technique)) put(narrower, 'application');
      }
      // After the full remedies: `put` keeps the stronger link of a technique that is both.
      for (const technique of concept.partlySolvedBy) {
        put(technique, 'partialApplication');
        for (const narrower of descendants(set, technique)) put(narrower, 'partialApplication');
      }
    } else {
      // The result states a problem this technique (or a broader one) addresses.
      const answered = new Set([id, ...set.ancestors(id).keys()]);
      for (const other of set.all()) {
        if (other.kind === 'problem' && remedies(other).some((technique) => answered.has(technique))) put(other.id, 'reverseApplication');
      }
    }
    targets.set(id, map);
  }
  return { item, targets, problems, settledPurposes, implied, set, extractor };
}

/** Every technique a problem lists, full remedies and partial ones. */
function remedies(problem: { solvedBy: readonly string[]; partlySolvedBy: readonly string[] }): readonly string[] {
  return problem.partlySolvedBy.length ? [...problem.solvedBy, ...problem.partlySolvedBy] : problem.solvedBy;
}

/**
 * The need's concepts without those a more specific one of them already implies: a need about
 * 碳化硅功率器件 that also says 碳化硅 is about the device, and a result on 碳化硅 crystal growth
 * must not cover half of it.
 */
function mostSpecific(item: ItemConcepts, set: ConceptSet): ItemConcepts {
  const implied = new Set<string>();
  // Only where the specific one is said as strongly: a title on 反渗透膜 with 海水反渗透 in the
  // summary is about the membrane, and results on any RO membrane are not merely broader ground.
  for (const [id, entry] of item.found)
    for (const ancestor of set.ancestors(id).keys()) if ((item.found.get(ancestor)?.weight ?? Infinity) <= entry.weight) implied.add(ancestor);
  if (implied.size === 0) return item;
  const kept = new Map([...item.found].filter(([id]) => !implied.has(id)));
  let totalWeight = 0;
  for (const entry of kept.values()) totalWeight += entry.weight;
  return { found: kept, totalWeight, baseWeight: totalWeight };
}

function discounted(item: ItemConcepts, discount?: (key: string) => number): ItemConcepts {
  if (!discount) return item;
  const found = new Map<string, FoundConcept>();
  let totalWeight = 0;
  let baseWeight = 0;
  for (const [id, entry] of item.found) {
    let scale = 1;
    for (const key of entry.keys) scale = Math.min(scale, discount(key));
    const weight = entry.weight * scale;
    // Kept even at weight 0: the denominator still counts it, so a need whose only concept names
    // its field gets little from the concept factor, whoever the result is.
    found.set(id, { ...entry, weight, baseWeight: entry.baseWeight });
    totalWeight += weight;
    baseWeight += entry.baseWeight;
  }
  return { found, totalWeight, baseWeight };
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

/**
 * For each need concept, the need vector's terms that name it (its surface keys as the tokenizer
 * cuts them) with their share of the vector's squared norm.
 */
export function conceptTermMass(
  item: ItemConcepts,
  vector: { weights: ReadonlyMap<string, number>; norm: number },
  tokenize: (text: string) => string[],
): Map<string, [string, number][]> {
  const out = new Map<string, [string, number][]>();
  const norm2 = vector.norm * vector.norm;
  if (norm2 === 0) return out;
  // A term the need uses as a whole name of one of its concepts belongs to that concept, not to a
  // longer name of another that happens to contain it (晶硅 in 钙钛矿晶硅叠层电池 is the need's
  // 晶硅电池, and a tandem result without it must not be credited with it).
  const claimed = new Map<string, string>();
  for (const entry of item.found.values()) {
    for (const key of entry.keys) if (vector.weights.has(key) && !claimed.has(key)) claimed.set(key, entry.id);
  }
  for (const entry of item.found.values()) {
    const terms: [string, number][] = [];
    for (const key of entry.keys) {
      const whole = vector.weights.get(key);
      const pieces = whole !== undefined ? [key] : tokenize(key);
      for (const piece of pieces) {
        const weight = vector.weights.get(piece);
        // A term counts once, for the concept that names it whole, else the first whose name contains it.
        if (weight === undefined) continue;
        const owner = claimed.get(piece);
        if (owner !== undefined && owner !== entry.id) continue;
        if (terms.some(([term]) => term === piece)) continue;
        claimed.set(piece, entry.id);
        terms.push([piece, (weight * weight) / norm2]);
      }
    }
    if (terms.length > 0) out.set(entry.id, terms);
  }
  return out;
}

/** The best link from one need concept to any of the result's concepts. */
function bestLink(
  needConcept: FoundConcept,
  targets: Targets,
  result: ItemConcepts,
  set: ConceptSet,
): { kind: ConceptLinkKind; resultConcept: FoundConcept } | null {
  const same = result.found.get(needConcept.id);
  let best: { kind: ConceptLinkKind; resultConcept: FoundConcept } | null = null;
  if (same) {
    const kind: ConceptLinkKind = same.keys.some((key) => needConcept.keys.includes(key)) ? 'exact' : 'synonym';
    // A result that only names the need's problem (实体瘤影像诊断 for a 实体瘤 therapy need) has
    // not said how it answers it; with any technique of its own it has.
    // Naming the problem beside a technique is as good as that technique's remedy: a partial
    // one (液冷 beside 热失控) stays a partial answer, a technique the set has no link for counts in full.
    if (set.get(needConcept.id)!.kind !== 'problem' || hasTechnique(result, set))
      return { kind: partialOnly(targets, result) ? 'partialApplication' : kind, resultConcept: same };
    best = { kind: 'problemOnly', resultConcept: same };
  }
  for (const resultConcept of result.found.values()) {
    const kind = targets.get(resultConcept.id);
    if (!kind || (best && STRENGTH[kind] <= STRENGTH[best.kind])) continue;
    if (kind === 'broader' && siblingUnder(needConcept.id, resultConcept.id, result, set)) continue;
    best = { kind, resultConcept };
  }
  return best;
}

/**
 * The result names the broader concept only as the kind of another, more specific concept of its
 * own that is not the need's (CAR-NK 细胞疗法 for a CAR-T need: a sibling, not broader ground).
 */
function siblingUnder(needId: string, broaderId: string, result: ItemConcepts, set: ConceptSet): boolean {
  const needAncestors = set.ancestors(needId);
  for (const other of result.found.keys()) {
    if (other === broaderId || other === needId || needAncestors.has(other)) continue;
    if (set.ancestors(other).has(broaderId)) return true;
  }
  return false;
}

/**
 * The result's concepts are of the same kind as the need's but another one (锂离子电池 for a
 * 钠离子电池 need: both 储能电池): the look-alike of an object, as opposed to a result the set
 * simply has no link for.
 */
function siblingOnly(need: NeedConcepts, result: ItemConcepts): boolean {
  for (const needId of need.item.found.keys()) {
    const needAncestors = need.set.ancestors(needId);
    for (const resultId of result.found.keys()) for (const ancestor of need.set.ancestors(resultId).keys()) if (needAncestors.has(ancestor)) return true;
  }
  return false;
}

/** The result's remedies for a problem are all partial ones (at least one, no full one). */
function partialOnly(targets: Targets, result: ItemConcepts): boolean {
  let partial = false;
  for (const id of result.found.keys()) {
    const kind = targets.get(id);
    if (kind === 'application') return false;
    if (kind === 'partialApplication') partial = true;
  }
  return partial;
}

function hasTechnique(result: ItemConcepts, set: ConceptSet): boolean {
  for (const id of result.found.keys()) if (set.get(id)!.kind !== 'problem') return true;
  return false;
}

/**
 * Numbers only, for every candidate: the weighted coverage of the need's concepts (each by its
 * best link) and the purpose/object mismatch. A mismatch is a result that names concepts of its
 * own but links to none of the need's problems when the need states one (水泥窑协同处置 for a
 * 水泥窑氮氧化物超标 need: same kiln, another purpose), or to none of the need's concepts at all.
 */
export function compareConcepts(need: NeedConcepts, result: ItemConcepts, resultTerms?: ReadonlyMap<string, number>): ConceptComparison {
  const base = need.item.baseWeight ?? need.item.totalWeight;
  const specificity = base > 0 ? need.item.totalWeight / base : 0;
  if (need.item.totalWeight === 0) return { coverage: 0, mismatch: false, partial: false, unknown: result.found.size === 0, specificity, linkedMass: 0 };
  let problemMass = 0;
  let problemWeight = 0;
  let otherMass = 0;
  let otherWeight = 0;
  let purposeAnswered = need.problems.length === 0;
  // Some problem of the need is answered by a full remedy, not only by partial ones.
  let purposeInFull = need.problems.length === 0;
  // With its problems settled in its own words, a need is missed by a result that holds firmly to
  // another of its concepts (锂电 exactly) and to none of its purposes; one that only touches
  // broader ground (固态电池 for 锂金属负极界面改性) is merely less specific, not a look-alike.
  let settledAnswered = need.settledPurposes.length === 0;
  let heldElsewhere = false;
  // A result naming a settled problem with no technique for it (实体瘤影像诊断 for a CAR-T 实体瘤
  // need) talks about the need's problem, not about answering it.
  let problemOnlyPurpose = false;
  let linkedMass = 0;
  // Some link to what the need is about, not only to its setting (储能电站 for a 钠电 cell need).
  let substantive = false;
  // The setting is left out of the coverage when the need names anything else: a result sharing
  // only where (储能电站) has not answered what.
  let aboutSomething = false;
  for (const entry of need.item.found.values()) if (!entry.setting) aboutSomething = true;
  for (const needConcept of need.item.found.values()) {
    if (needConcept.setting && aboutSomething) continue;
    const problem = need.problems.includes(needConcept.id);
    if (problem) problemWeight += needConcept.baseWeight;
    else otherWeight += needConcept.baseWeight;
    const link = bestLink(needConcept, need.targets.get(needConcept.id)!, result, need.set);
    if (!link) continue;
    const mass = needConcept.weight * STRENGTH[link.kind];
    if (problem) problemMass += mass;
    else otherMass += mass;
    if (!needConcept.setting) substantive = true;
    const terms = resultTerms && need.termMass?.get(needConcept.id);
    // A broader concept in the result, or the problem alone, does not say what the need's words say.
    // At the concept's own discount: a concept that names the field (养殖工船 in its field) says as
    // little in English as its common Chinese name does.
    const scale = needConcept.baseWeight > 0 ? needConcept.weight / needConcept.baseWeight : 1;
    if (terms && LIFTING.has(link.kind)) for (const [term, share] of terms) if (!resultTerms.has(term)) linkedMass += share * STRENGTH[link.kind] * scale;
    const strong = ANSWERING.has(link.kind);
    if (problem && strong) purposeAnswered = true;
    if (problem && strong && link.kind !== 'partialApplication') purposeInFull = true;
    if (need.settledPurposes.includes(needConcept.id)) {
      if (strong) settledAnswered = true;
      if (link.kind === 'problemOnly') problemOnlyPurpose = true;
    } else if (strong) heldElsewhere = true;
  }
  if (resultTerms && need.termMass) linkedMass += impliedMass(need, result, resultTerms, need.termMass);
  const coverage =
    problemWeight === 0
      ? otherMass / otherWeight
      : otherWeight === 0
        ? problemMass / problemWeight
        : PROBLEM_SHARE * (problemMass / problemWeight) + (1 - PROBLEM_SHARE) * (otherMass / otherWeight);
  const mismatch =
    result.found.size > 0 &&
    (!purposeAnswered || (!settledAnswered && (heldElsewhere || problemOnlyPurpose || coverage === 0)) || (!substantive && siblingOnly(need, result)));
  return {
    coverage,
    mismatch,
    partial: !mismatch && purposeAnswered && !purposeInFull,
    unknown: result.found.size === 0,
    specificity,
    linkedMass: mismatch ? 0 : linkedMass,
  };
}

/** The share of the need's text its implied concepts carry that the result says in other words (the same concept or a narrower one). */
function impliedMass(
  need: NeedConcepts,
  result: ItemConcepts,
  resultTerms: ReadonlyMap<string, number>,
  termMass: NonNullable<NeedConcepts['termMass']>,
): number {
  let mass = 0;
  for (const entry of need.implied) {
    const terms = termMass.get(entry.id);
    if (!terms) continue;
    let strength = result.found.has(entry.id) ? STRENGTH.exact : 0;
    if (strength === 0) for (const id of result.found.keys()) if (need.set.ancestors(id).has(entry.id)) strength = STRENGTH.narrower;
    if (strength === 0) continue;
    for (const [term, share] of terms) if (!resultTerms.has(term)) mass += share * strength;
  }
  return mass;
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
    const link = bestLink(needConcept, need.targets.get(needConcept.id)!, result, need.set);
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
