import { ConceptExtractor, ConceptGraph, ConceptRelation } from '@techbridge/search';

/** The concepts an item's public text names, each with how strongly (title and keywords count double). */
export interface ConceptProfile {
  /** Concept id → weight. */
  weights: ReadonlyMap<string, number>;
  /** Concept id → the normalised labels that named it (tells an exact match from a synonym). */
  labels: ReadonlyMap<string, readonly string[]>;
  /** Concepts of kind `object` named (水泥窑, 风电齿轮箱): what a technique is applied to. */
  objects: readonly string[];
  /** Which graph it was extracted with. */
  version: string;
}

/** How much a need concept is answered by a result concept, per kind of link. */
export interface ConceptCredits {
  exact: number;
  synonym: number;
  application: number;
  narrower: number;
  broader: number;
  related: number;
}

export const DEFAULT_CONCEPT_CREDITS: Readonly<ConceptCredits> = Object.freeze({
  exact: 1,
  synonym: 1,
  application: 0.9,
  narrower: 0.75,
  broader: 0.25,
  related: 0.3,
});

/** A need's concepts with, for each, every concept that would answer it and how well. */
export interface NeedConcepts extends ConceptProfile {
  /** Need concept → (result concept → [credit, relation]). */
  reach: ReadonlyMap<string, ReadonlyMap<string, [number, ConceptRelation]>>;
}

export interface WeightedText {
  text: string;
  weight: number;
}

/** Extracts a profile from weighted texts (title ×2, summary ×1, keywords ×2). */
export function conceptProfile(extractor: ConceptExtractor, parts: readonly WeightedText[]): ConceptProfile {
  const weights = new Map<string, number>();
  const labels = new Map<string, string[]>();
  for (const part of parts) {
    for (const mention of extractor.extract(part.text)) {
      // Presence per part, not frequency: a summary repeating 催化剂 is not more about it.
      weights.set(mention.id, (weights.get(mention.id) ?? 0) + part.weight);
      const known = labels.get(mention.id) ?? [];
      for (const label of mention.labels) if (!known.includes(label)) known.push(label);
      labels.set(mention.id, known);
    }
  }
  const objects = [...weights.keys()].filter((id) => extractor.graph.concept(id)?.kind === 'object');
  return { weights, labels, objects, version: extractor.graph.version };
}

/**
 * Everything that answers each of the need's concepts: the concept itself, the techniques of
 * its application links (and their narrower concepts), the problems a named technique
 * addresses, narrower and broader concepts within two steps, related ones. Computed once per
 * need, so scoring a candidate is a few map lookups.
 */
export function needConcepts(profile: ConceptProfile, graph: ConceptGraph, credits: ConceptCredits = DEFAULT_CONCEPT_CREDITS, discount?: (conceptId: string) => number): NeedConcepts {
  const reach = new Map<string, Map<string, [number, ConceptRelation]>>();
  // A concept most documents of the need's field name (固态电池 in JL.SSB, 光伏组件 in JL.PSC)
  // says the result is of the field, which the field factor counts: it keeps little weight.
  const weights = new Map<string, number>();
  for (const [id, weight] of profile.weights) {
    const kept = weight * (discount ? discount(id) : 1) * kindWeight(graph, id);
    if (kept >= MIN_NEED_CONCEPT_WEIGHT) weights.set(id, kept);
  }
  for (const id of weights.keys()) {
    const map = new Map<string, [number, ConceptRelation]>();
    const offer = (other: string, relation: ConceptRelation) => {
      const credit = credits[relation];
      const current = map.get(other);
      if (!current || current[0] < credit) map.set(other, [credit, relation]);
    };
    offer(id, 'exact');
    for (const technique of graph.addressedBy(id)) {
      offer(technique, 'application');
      for (const narrower of graph.descendants(technique)) offer(narrower, 'application');
    }
    for (const problem of graph.addresses(id)) offer(problem, 'application');
    for (const parent of graph.ancestors(id, 1)) for (const problem of graph.addresses(parent)) offer(problem, 'application');
    for (const narrower of graph.descendants(id)) offer(narrower, 'narrower');
    for (const broader of graph.ancestors(id)) offer(broader, 'broader');
    for (const related of graph.related(id)) offer(related, 'related');
    reach.set(id, map);
  }
  return { ...profile, weights, reach };
}

/**
 * What a need concept says about the answer: the object a technique is applied to (水泥窑) says
 * where, not what, and a problem the layer links to no technique (环保限产) is context; both count
 * for less than the problem or technique the need is about.
 */
export const OBJECT_CONCEPT_WEIGHT = 0.5;
export const CONTEXT_PROBLEM_WEIGHT = 0.3;

function kindWeight(graph: ConceptGraph, id: string): number {
  const concept = graph.concept(id);
  if (concept?.kind === 'object') return OBJECT_CONCEPT_WEIGHT;
  if (concept?.kind === 'problem' && (concept.addressedBy ?? []).length === 0) return CONTEXT_PROBLEM_WEIGHT;
  return 1;
}

/** A need concept discounted below this weight (a tenth of a summary mention) is left out. */
export const MIN_NEED_CONCEPT_WEIGHT = 0.1;

/** Overlap below which a pair whose both sides name concepts is a look-alike (see `conceptOverlap`). */
export const CONCEPT_MISMATCH_BELOW = 0.15;

/** The pseudo-term a concept is counted under in the document frequencies (no token contains a colon). */
export function conceptTerm(conceptId: string): string {
  return `concept:${conceptId}`;
}

/** One link that earned concept credit, for the reason. */
export interface ConceptLink {
  needConcept: string;
  resultConcept: string;
  relation: ConceptRelation;
  credit: number;
  weight: number;
}

export interface ConceptOverlap {
  /** Weighted share of the need's concepts answered, in [0, 1]. */
  overlap: number;
  /** How much concept evidence the need carries: its discounted concept weight (2 = one title or keyword mention). */
  mass: number;
  /** The result names no concept at all: nothing is known either way. */
  unknown: boolean;
  /** The overlap over the need's concepts that are not objects (what it wants done). */
  purpose: number;
  /** Both sides name concepts and none of the need's is answered, or their objects differ. */
  mismatch: boolean;
}

/**
 * The numbers of the concept factor: Σ weight · best credit over the need's concepts / Σ weight,
 * and whether the pair is a look-alike (purpose or object mismatch). No allocation per pair.
 */
export function conceptOverlap(need: NeedConcepts, result: ConceptProfile): ConceptOverlap {
  let total = 0;
  let earned = 0;
  // The same over the need's concepts that are not objects: what it wants done.
  let purposeTotal = 0;
  let purposeEarned = 0;
  need.reach.forEach((answers, id) => {
    const weight = need.weights.get(id)!;
    total += weight;
    let best = 0;
    result.weights.forEach((_, other) => {
      const answer = answers.get(other);
      if (answer && answer[0] > best) best = answer[0];
    });
    earned += weight * best;
    if (!need.objects.includes(id)) {
      purposeTotal += weight;
      purposeEarned += weight * best;
    }
  });
  const overlap = total > 0 ? earned / total : 0;
  // A result that names concepts, none of which answers what the need wants done (sharing only
  // the object, or nothing), is a look-alike.
  let mismatch = purposeTotal > 0 && result.weights.size > 0 && purposeEarned / purposeTotal < CONCEPT_MISMATCH_BELOW;
  // Both name what the technique is applied to, and the objects have nothing to do with each other.
  if (!mismatch && need.objects.length > 0 && result.objects.length > 0) {
    mismatch = !need.objects.some((object) => result.objects.some((other) => need.reach.get(object)!.has(other)));
  }
  const purpose = purposeTotal > 0 ? purposeEarned / purposeTotal : 0;
  return {
    overlap,
    mismatch,
    mass: total,
    unknown: result.weights.size === 0,
    purpose,
  };
}

/** The links behind the overlap, strongest contribution first (for reasons; only for kept pairs). */
export function conceptLinks(need: NeedConcepts, result: ConceptProfile): ConceptLink[] {
  const links: ConceptLink[] = [];
  need.reach.forEach((answers, id) => {
    let best: ConceptLink | null = null;
    result.weights.forEach((_, other) => {
      const answer = answers.get(other);
      if (!answer || (best && best.credit >= answer[0])) return;
      let relation = answer[1];
      if (relation === 'exact') {
        const needLabels = need.labels.get(id) ?? [];
        const shared = (result.labels.get(other) ?? []).some((label) => needLabels.includes(label));
        if (!shared) relation = 'synonym';
      }
      best = {
        needConcept: id,
        resultConcept: other,
        relation,
        credit: answer[0],
        weight: need.weights.get(id)!,
      };
    });
    if (best) links.push(best);
  });
  return links.sort((a, b) => b.credit * b.weight - a.credit * a.weight || (a.needConcept < b.needConcept ? -1 : 1));
}
