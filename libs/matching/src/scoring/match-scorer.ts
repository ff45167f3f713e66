import { ItemConcepts } from '../concepts/concept-extractor';
import { compareConcepts, CONCEPT_LINK_NAMES, ConceptComparison, explainConcepts, needConceptNames, NeedConcepts } from '../concepts/concept-match';
import { FeedbackStats } from '../feedback/match-feedback';
import { MatchableNeed, MatchableResult, TransferModeCode } from '../match-inputs';
import { chainOf, Taxonomy } from '../taxonomy';
import { cosine, coverage, sharedTerms, TextVector } from '../text/text-vector';
import { MATCH_FACTORS, MatchFactor, MatchWeights } from './match-weights';

/** A need with its TF-IDF vector computed once (see `MatchText.prepareNeed`). */
export interface PreparedNeed {
  need: MatchableNeed;
  vector: TextVector;
  /** Absent when the concept layer is off: the concept factor is then neutral and no rule fires. */
  concepts?: NeedConcepts;
}

export interface PreparedResult {
  result: MatchableResult;
  vector: TextVector;
  concepts?: ItemConcepts;
}

/** Everything a score depends on besides the pair itself. */
export interface ScorerContext {
  /** Normalised weights (see `normaliseWeights`). */
  weights: MatchWeights;
  /**
   * Normalised weights for needs of these industry fields (a learned model's per-field entries);
   * a need of any other field is scored with `weights`.
   */
  fieldWeights?: ReadonlyMap<string, MatchWeights>;
  taxonomy: Taxonomy;
  feedback: FeedbackStats;
  /** The clock for freshness: passed in so scores are reproducible. */
  now: Date;
  options?: Partial<ScorerOptions>;
}

export interface ScorerOptions {
  /** Similarity at which the text factor reaches 1. */
  textSaturation: number;
  /** Share of the similarity taken from the need's coverage (the rest is the cosine). */
  textCoverageShare: number;
  /** Field factor for two fields of the same chain. */
  sameChainValue: number;
  /** Maturity factor when the need sets no minimum TRL. */
  noMinTrlValue: number;
  /** Granted patents at which the IP factor reaches ~63 %. */
  patentScale: number;
  /** Days after which a result's freshness halves. */
  freshnessHalfLifeDays: number;
  /** Text value at which the non-text factors count in full (see `relevanceGate`). */
  relevanceGateAt: number;
  /** Share of the non-text factors kept when the text has nothing in common. */
  relevanceGateFloor: number;
  /** Share of every other factor kept when the result is two TRL levels below the need's minimum. */
  maturityPenaltyTwoBelow: number;
  /** Share kept when the result is three or more levels below. */
  maturityPenaltyFarBelow: number;
  /** Concept coverage at which the concept factor reaches 1. */
  conceptSaturation: number;
  /** Concept factor when the need names no known concept (or the layer is off). */
  noConceptValue: number;
  /** Concept factor for a result naming no known concept while the need names some: this share of its text value. */
  unknownResultTextShare: number;
  /**
   * Concept factor with nothing linked and no mismatch: the set lacks the link, which is no
   * evidence against the pair (and keeps scores on the scale the event floor and brokers read).
   */
  conceptBaseValue: number;
  /** The concept factor is at least this share of the text value (concepts coarser than the words must not undo them). */
  conceptTextFloor: number;
  /** Share of the text factor kept on a purpose/object mismatch (words shared, concepts not). */
  conceptMismatchTextShare: number;
  /** Share of the text factor kept when the result answers the need's problem only with partial remedies. */
  conceptPartialTextShare: number;
  /** Field factor, at least, for two fields joined by a concept link of at least this concept value. */
  conceptLinkedFieldValue: number;
  /** Share of the field factor kept on a purpose/object mismatch. */
  conceptMismatchFieldShare: number;
  /** Without a mismatch, need terms named by a linked concept count as covered at the link's strength times this. */
  conceptTextLift: number;
  conceptLinkedFieldAt: number;
}

export const DEFAULT_SCORER_OPTIONS: Readonly<ScorerOptions> = Object.freeze({
  textSaturation: 0.7,
  textCoverageShare: 1,
  sameChainValue: 0.5,
  noMinTrlValue: 0.8,
  patentScale: 3,
  freshnessHalfLifeDays: 365,
  relevanceGateAt: 0,
  relevanceGateFloor: 0.2,
  maturityPenaltyTwoBelow: 0.5,
  maturityPenaltyFarBelow: 0.3,
  conceptSaturation: 0.8,
  noConceptValue: 0.5,
  unknownResultTextShare: 1,
  conceptTextFloor: 1,
  conceptBaseValue: 0.4,
  conceptMismatchTextShare: 0.5,
  conceptPartialTextShare: 0.6,
  conceptLinkedFieldValue: 0.8,
  conceptTextLift: 1,
  conceptMismatchFieldShare: 1,
  conceptLinkedFieldAt: 0.5,
});

/** One factor before weighting: a value in [0, 1] and why. */
export interface FactorEvaluation {
  factor: MatchFactor;
  value: number;
  reasonZh: string;
  reasonEn: string;
}

/** One factor of a score: contributions of all factors add up to the score. */
export interface ScoreFactorBreakdown extends FactorEvaluation {
  weight: number;
  contribution: number;
}

export interface MatchScore {
  /** 0–100. */
  score: number;
  factors: ScoreFactorBreakdown[];
}

/**
 * Weighted sum scaled to 0–100: contribution = 100 · weight · value, and the score is the sum
 * of the contributions in report order, so they add up to it exactly.
 */
export function combineFactors(evaluations: readonly FactorEvaluation[], weights: MatchWeights): MatchScore {
  // Explicit literals rather than spreads: one object shape for every factor keeps this cheap.
  const factors: ScoreFactorBreakdown[] = evaluations.map((evaluation) => {
    const value = clamp01(evaluation.value);
    const weight = weights[evaluation.factor];
    return { factor: evaluation.factor, value, reasonZh: evaluation.reasonZh, reasonEn: evaluation.reasonEn, weight, contribution: 100 * weight * value };
  });
  let score = 0;
  for (const factor of factors) score += factor.contribution;
  return { score, factors };
}

export function scoreMatch(need: PreparedNeed, result: PreparedResult, context: ScorerContext): MatchScore {
  return combineFactors(evaluateFactors(need, result, context), weightsFor(context, need.need.fieldCode));
}

/** The weights a need of this field is scored with: its field's entry, else the context's weights. */
export function weightsFor(context: Pick<ScorerContext, 'weights' | 'fieldWeights'>, needFieldCode: string): MatchWeights {
  return context.fieldWeights?.get(needFieldCode) ?? context.weights;
}

/**
 * The score of `scoreMatch` without building a reason: the same value functions, scaling
 * rules and summation order, so the number is identical to `scoreMatch(...).score`. Ranking
 * reads this for every candidate; only the pairs that are kept get explained.
 */
export function scoreValue(need: PreparedNeed, result: PreparedResult, context: ScorerContext): number {
  const options = resolveOptions(context);
  const effects = conceptEffects(
    textValue(need.vector, result.vector, options),
    fieldValue(need.need.fieldCode, result.result.fieldCode, options),
    comparePair(need, result),
    need,
    options,
  );
  const gate = relevanceGate(clamp01(effects.text), options);
  const penalty = maturityPenalty(result.result.trl, need.need.minTrl, options);
  const weights = weightsFor(context, need.need.fieldCode);
  let score = 0;
  for (const factor of MATCH_FACTORS) {
    const raw = factor === 'text' ? effects.text : factorValue(factor, need, result, context, options, effects);
    score += 100 * weights[factor] * clamp01(scaledValue(factor, raw, gate, penalty));
  }
  return score;
}

/** The concept comparison of a pair, or null when either side was prepared without concepts. */
function comparePair(need: PreparedNeed, result: PreparedResult): ConceptComparison | null {
  return need.concepts && result.concepts ? compareConcepts(need.concepts, result.concepts, result.vector.weights) : null;
}

/** What the concept layer does to a pair's text, concept and field values (numbers only, shared by both paths). */
interface ConceptEffects {
  text: number;
  concept: number;
  field: number;
  /** The text value was cut by the purpose/object mismatch rule. */
  mismatch: boolean;
  /** The text value was lifted to the concept value (the result says the need's concepts in other words). */
  lifted: boolean;
  /** The text value was scaled because the result answers the need's problem only in part. */
  partial: boolean;
  /** The field value was raised by a concept link across fields. */
  linkedField: boolean;
}

/**
 * The three rules of the concept layer, applied to the raw text and field values:
 * - purpose/object mismatch: a result naming concepts of its own but none that answers the
 *   need's problem (or none of the need's concepts at all) keeps `conceptMismatchTextShare` of its
 *   text and field values: it shares words and field with the need, not its object or purpose;
 * - lift: otherwise the need's terms the result does not contain but names by a linked concept
 *   count as covered, at the link's strength (× `conceptTextLift`): 钠离子电池 says what 钠电 says,
 *   and an English result what a Chinese need says, with no word in common;
 * - linked fields: two fields joined by a concept link of value ≥ `conceptLinkedFieldAt` count
 *   at least `conceptLinkedFieldValue` (an SCR catalyst of new materials for a cement kiln).
 */
function conceptEffects(rawText: number, rawField: number, concepts: ConceptComparison | null, need: PreparedNeed, options: ScorerOptions): ConceptEffects {
  const concept = conceptValue(concepts, need, rawText, options);
  if (!concepts || !need.concepts || need.concepts.item.totalWeight === 0) {
    return { text: rawText, concept, field: rawField, mismatch: false, lifted: false, partial: false, linkedField: false };
  }
  if (concepts.mismatch) {
    return {
      text: rawText * options.conceptMismatchTextShare,
      concept,
      field: rawField * options.conceptMismatchFieldShare,
      mismatch: true,
      lifted: false,
      partial: false,
      linkedField: false,
    };
  }
  const lifted = Math.min(1, rawText + (options.conceptTextLift * concepts.linkedMass) / options.textSaturation);
  const full = Math.max(rawText, lifted);
  // A partial remedy shares the problem's words as fully as a complete one does (低氮燃烧 says
  // 氮氧化物 as SCR does): its words are counted at the share a partial answer deserves.
  const text = concepts.partial ? full * options.conceptPartialTextShare : full;
  const linkedField = !concepts.unknown && concepts.coverage >= options.conceptLinkedFieldAt && rawField < options.conceptLinkedFieldValue;
  return {
    text,
    concept,
    field: linkedField ? options.conceptLinkedFieldValue : rawField,
    mismatch: false,
    lifted: full > rawText,
    partial: concepts.partial && options.conceptPartialTextShare < 1,
    linkedField,
  };
}

/**
 * Concept coverage saturating at `conceptSaturation`; neutral when the need names no concept. A
 * result naming no known concept says nothing either way (the set has a gap there, it is not
 * evidence against the result): its concept value falls back to its text value.
 */
export function conceptValue(concepts: ConceptComparison | null, need: PreparedNeed, text: number, options: ScorerOptions = DEFAULT_SCORER_OPTIONS): number {
  if (!concepts || !need.concepts || need.concepts.item.totalWeight === 0) return options.noConceptValue;
  const floor = Math.min(1, text) * options.conceptTextFloor;
  if (concepts.unknown) return Math.max(options.conceptBaseValue, Math.min(1, text) * options.unknownResultTextShare);
  // A look-alike loses the concept value in proportion to the words it shares: with nothing in
  // common it is merely unrelated (the value of an unlinked result), not a look-alike.
  if (concepts.mismatch) return options.conceptBaseValue * (1 - Math.min(1, text));
  const base = options.conceptBaseValue;
  return Math.max(base + (1 - base) * Math.min(1, concepts.coverage / options.conceptSaturation), floor);
}

function factorValue(
  factor: MatchFactor,
  need: PreparedNeed,
  result: PreparedResult,
  context: ScorerContext,
  options: ScorerOptions,
  effects: ConceptEffects,
): number {
  const r = result.result;
  const n = need.need;
  switch (factor) {
    case 'text':
      return effects.text;
    case 'concept':
      return effects.concept;
    case 'field':
      return effects.field;
    case 'maturity':
      return maturityValue(r.trl, n.minTrl, options);
    case 'price':
      return priceValue(r, n);
    case 'mode':
      return modeValue(r.transferModes, n.preferredModes);
    case 'region':
      return regionValue(r.district, n.district);
    case 'ip':
      return ipValue(r.grantedPatents, r.patents, options);
    case 'freshness':
      return freshnessValue(r.publishedAt, context.now, options);
    case 'feedback':
      return context.feedback.adjustment(n.fieldCode, r.fieldCode).value;
  }
}

/** A factor's value after the relevance gate and the maturity penalty (see `evaluateFactors`). */
function scaledValue(factor: MatchFactor, raw: number, gate: number, penalty: number): number {
  let value = raw;
  if (gate < 1 && GATED_BY_TEXT.has(factor)) value = clamp01(value) * gate;
  if (penalty < 1 && factor !== 'maturity') value = clamp01(value) * penalty;
  return value;
}

const resolved = new WeakMap<Partial<ScorerOptions>, ScorerOptions>();

/** Defaults merged with the context's options once per options object, not once per pair. */
function resolveOptions(context: ScorerContext): ScorerOptions {
  if (!context.options) return DEFAULT_SCORER_OPTIONS;
  let options = resolved.get(context.options);
  if (!options) resolved.set(context.options, (options = { ...DEFAULT_SCORER_OPTIONS, ...context.options }));
  return options;
}

/** Factors whose value only means something once the texts are about the same thing. */
const GATED_BY_TEXT: ReadonlySet<MatchFactor> = new Set(['field', 'price', 'mode', 'region', 'ip', 'freshness']);

/**
 * Every factor of a pair, in MATCH_FACTORS order. Two rules tie the factors together, each
 * stated in the reason of the factor it scales, so the values stay in [0, 1] and the
 * contributions still add up to the score:
 * - relevance gate: field, price, mode, region, IP and freshness count in full only once the
 *   text value reaches `relevanceGateAt`; with no text in common they keep `relevanceGateFloor`
 *   (an off-topic result of the same field must not rank on side attributes);
 * - maturity penalty: a result two or more TRL levels below the need's stated minimum keeps
 *   only a share of every other factor (a right-topic lab result is not what the need asks for).
 */
export function evaluateFactors(need: PreparedNeed, result: PreparedResult, context: ScorerContext): FactorEvaluation[] {
  const options = resolveOptions(context);
  const concepts = comparePair(need, result);
  const rawText = textFactor(need.vector, result.vector, options);
  const rawField = fieldFactor(need.need.fieldCode, result.result.fieldCode, context.taxonomy, options);
  const effects = conceptEffects(rawText.value, rawField.value, concepts, need, options);
  const evaluations: Record<MatchFactor, () => FactorEvaluation> = {
    text: () => explainTextEffects(rawText, effects, options),
    concept: () => conceptFactor(need, result, concepts, rawText.value, options),
    field: () => explainFieldEffects(rawField, effects, options),
    maturity: () => maturityFactor(result.result.trl, need.need.minTrl, options),
    price: () => priceFactor(result.result, need.need),
    mode: () => modeFactor(result.result.transferModes, need.need.preferredModes),
    region: () => regionFactor(result.result.district, need.need.district),
    ip: () => ipFactor(result.result.grantedPatents, result.result.patents, options),
    freshness: () => freshnessFactor(result.result.publishedAt, context.now, options),
    feedback: () => feedbackFactor(need.need.fieldCode, result.result.fieldCode, context.feedback),
  };
  const raw = MATCH_FACTORS.map((factor) => evaluations[factor]());
  const gate = relevanceGate(clamp01(raw[MATCH_FACTORS.indexOf('text')].value), options);
  const penalty = maturityPenalty(result.result.trl, need.need.minTrl, options);
  return raw.map((evaluation) => {
    const value = scaledValue(evaluation.factor, evaluation.value, gate, penalty);
    let reasonZh = evaluation.reasonZh;
    let reasonEn = evaluation.reasonEn;
    if (GATED_BY_TEXT.has(evaluation.factor) && gate < 1) {
      reasonZh += `（文本相关度低，按 ${percent(gate)}% 计）`;
      reasonEn += ` (weak text relevance, counted at ${percent(gate)}%)`;
    }
    if (evaluation.factor !== 'maturity' && penalty < 1) {
      reasonZh += `（成熟度远低于需求，按 ${percent(penalty)}% 计）`;
      reasonEn += ` (TRL far below the need, counted at ${percent(penalty)}%)`;
    }
    return { factor: evaluation.factor, value, reasonZh, reasonEn };
  });
}

/** The text factor after the concept rules, with the rule that changed it stated. */
function explainTextEffects(evaluation: FactorEvaluation, effects: ConceptEffects, options: ScorerOptions): FactorEvaluation {
  if (effects.mismatch) {
    const share = percent(options.conceptMismatchTextShare);
    return {
      factor: 'text',
      value: effects.text,
      reasonZh: `${evaluation.reasonZh}（用词相近但对象或用途不同，按 ${share}% 计）`,
      reasonEn: `${evaluation.reasonEn} (shared words, but another object or purpose: counted at ${share}%)`,
    };
  }
  if (effects.partial) {
    const share = percent(options.conceptPartialTextShare);
    return {
      factor: 'text',
      value: effects.text,
      reasonZh: `${evaluation.reasonZh}（成果只部分解决需求的问题，按 ${share}% 计）`,
      reasonEn: `${evaluation.reasonEn} (the result is a partial remedy for the need's problem: counted at ${share}%)`,
    };
  }
  if (effects.lifted) {
    return {
      factor: 'text',
      value: effects.text,
      reasonZh: `${evaluation.reasonZh}（需求用语由成果中相同或相关的概念覆盖，计至 ${percent(effects.text)}%）`,
      reasonEn: `${evaluation.reasonEn} (the need's wording covered by the same or linked concepts in the result: up to ${percent(effects.text)}%)`,
    };
  }
  return evaluation;
}

/** The field factor after the concept rules, with the rule that changed it stated. */
function explainFieldEffects(evaluation: FactorEvaluation, effects: ConceptEffects, options: ScorerOptions): FactorEvaluation {
  if (effects.mismatch && effects.field !== evaluation.value) {
    const share = percent(options.conceptMismatchFieldShare);
    return {
      factor: 'field',
      value: effects.field,
      reasonZh: `${evaluation.reasonZh}（对象或用途不同，按 ${share}% 计）`,
      reasonEn: `${evaluation.reasonEn} (another object or purpose: counted at ${share}%)`,
    };
  }
  if (effects.linkedField) {
    return {
      factor: 'field',
      value: effects.field,
      reasonZh: `${evaluation.reasonZh}；概念相关，跨领域按 ${percent(effects.field)}% 计`,
      reasonEn: `${evaluation.reasonEn}; linked by concepts, counted at ${percent(effects.field)}% across fields`,
    };
  }
  return { ...evaluation, value: effects.field };
}

/** The concept factor with the links that make it, named in both languages. */
export function conceptFactor(
  need: PreparedNeed,
  result: PreparedResult,
  concepts: ConceptComparison | null,
  text: number,
  options: ScorerOptions = DEFAULT_SCORER_OPTIONS,
): FactorEvaluation {
  const value = conceptValue(concepts, need, text, options);
  if (!concepts || !need.concepts || !result.concepts) {
    return { factor: 'concept', value, reasonZh: '未比较领域概念', reasonEn: 'Domain concepts not compared' };
  }
  if (need.concepts.item.totalWeight === 0) {
    return { factor: 'concept', value, reasonZh: '需求中未识别出领域概念', reasonEn: 'No domain concept recognised in the need' };
  }
  if (concepts.unknown) {
    return {
      factor: 'concept',
      value,
      reasonZh: '成果中未识别出领域概念，按文本相关度计',
      reasonEn: 'No domain concept recognised in the result; counted as its text relevance',
    };
  }
  const links = explainConcepts(need.concepts, result.concepts).slice(0, 2);
  if (links.length === 0) {
    const names = needConceptNames(need.concepts);
    return {
      factor: 'concept',
      value,
      reasonZh: `成果未涉及需求的概念：${names.zh.map((name) => `『${name}』`).join('、')}`,
      reasonEn: `The result touches none of the need's concepts: ${names.en.map((name) => `“${name}”`).join(', ')}`,
    };
  }
  return {
    factor: 'concept',
    value,
    reasonZh: links
      .map((link) =>
        link.kind === 'exact'
          ? `需求与成果均涉及『${link.needSurface}』`
          : `需求的『${link.needSurface}』与成果的『${link.resultSurface}』相关：${CONCEPT_LINK_NAMES[link.kind].zh}`,
      )
      .join('；'),
    reasonEn: links
      .map((link) =>
        link.kind === 'exact'
          ? `Both name “${link.needEn}”`
          : `The need's “${link.needEn}” relates to the result's “${link.resultEn}”: ${CONCEPT_LINK_NAMES[link.kind].en}`,
      )
      .join('; '),
  };
}

/** Share of the text-gated factors kept for a text value in [0, 1]: linear from the floor up to 1. */
export function relevanceGate(textValue: number, options: ScorerOptions = DEFAULT_SCORER_OPTIONS): number {
  if (options.relevanceGateAt <= 0) return 1;
  const reach = Math.min(1, Math.max(0, textValue) / options.relevanceGateAt);
  return options.relevanceGateFloor + (1 - options.relevanceGateFloor) * reach;
}

/** Share of the other factors kept: 1 unless the need states a minimum and the result is ≥ 2 levels below. */
export function maturityPenalty(trl: number, minTrl: number | null, options: ScorerOptions = DEFAULT_SCORER_OPTIONS): number {
  if (minTrl === null) return 1;
  const gap = minTrl - trl;
  if (gap < 2) return 1;
  return gap === 2 ? options.maturityPenaltyTwoBelow : options.maturityPenaltyFarBelow;
}

function percent(share: number): number {
  return Math.round(share * 100);
}

/** Coverage of the need (mixed with the cosine when `textCoverageShare` < 1), saturating at `textSaturation`. */
export function textValue(need: TextVector, result: TextVector, options: ScorerOptions = DEFAULT_SCORER_OPTIONS): number {
  const share = options.textCoverageShare;
  // With the default share of 1 the cosine term is 0 · cosine: skipped, the sum is the same number.
  const similarity = (share < 1 ? (1 - share) * cosine(need, result) : 0) + (share > 0 ? share * coverage(need, result) : 0);
  return Math.min(1, similarity / options.textSaturation);
}

export function textFactor(need: TextVector, result: TextVector, options: ScorerOptions = DEFAULT_SCORER_OPTIONS): FactorEvaluation {
  const value = textValue(need, result, options);
  const terms = sharedTerms(need, result, 4);
  if (terms.length === 0)
    return { factor: 'text', value, reasonZh: '标题、摘要与关键词无明显重合', reasonEn: 'No shared terms in titles, summaries or keywords' };
  return { factor: 'text', value, reasonZh: `关键词重合：${terms.join('、')}`, reasonEn: `Shared terms: ${terms.join(', ')}` };
}

export function fieldValue(needField: string, resultField: string, options: ScorerOptions = DEFAULT_SCORER_OPTIONS): number {
  if (needField === resultField) return 1;
  return chainOf(needField) === chainOf(resultField) ? options.sameChainValue : 0;
}

export function fieldFactor(needField: string, resultField: string, taxonomy: Taxonomy, options: ScorerOptions = DEFAULT_SCORER_OPTIONS): FactorEvaluation {
  const value = fieldValue(needField, resultField, options);
  if (needField === resultField) {
    return { factor: 'field', value, reasonZh: `领域相同：${taxonomy.fieldNameZh(needField)}`, reasonEn: `Same field: ${taxonomy.fieldNameEn(needField)}` };
  }
  const chain = chainOf(needField);
  if (chain === chainOf(resultField)) {
    const chainInfo = taxonomy.chain(chain);
    return {
      factor: 'field',
      value,
      reasonZh: `同属${chainInfo?.nameZh ?? chain}：${taxonomy.fieldNameZh(resultField)} / ${taxonomy.fieldNameZh(needField)}`,
      reasonEn: `Same chain (${chainInfo?.nameEn ?? chain}): ${taxonomy.fieldNameEn(resultField)} / ${taxonomy.fieldNameEn(needField)}`,
    };
  }
  return {
    factor: 'field',
    value,
    reasonZh: `领域不同：成果属${taxonomy.fieldNameZh(resultField)}，需求属${taxonomy.fieldNameZh(needField)}`,
    reasonEn: `Different fields: result in ${taxonomy.fieldNameEn(resultField)}, need in ${taxonomy.fieldNameEn(needField)}`,
  };
}

/** Meets the minimum → 1; one level below → 0.5; two below → 0.15; further → 0. */
export function maturityValue(trl: number, minTrl: number | null, options: ScorerOptions = DEFAULT_SCORER_OPTIONS): number {
  if (minTrl === null) return options.noMinTrlValue;
  const gap = minTrl - trl;
  if (gap <= 0) return 1;
  return gap === 1 ? 0.5 : gap === 2 ? 0.15 : 0;
}

export function maturityFactor(trl: number, minTrl: number | null, options: ScorerOptions = DEFAULT_SCORER_OPTIONS): FactorEvaluation {
  const value = maturityValue(trl, minTrl, options);
  if (minTrl === null) {
    return { factor: 'maturity', value, reasonZh: `需求未限定最低 TRL，成果 TRL ${trl}`, reasonEn: `No minimum TRL required; result at TRL ${trl}` };
  }
  if (trl >= minTrl)
    return { factor: 'maturity', value, reasonZh: `成熟度 TRL ${trl} 满足需求最低 TRL ${minTrl}`, reasonEn: `TRL ${trl} meets the required TRL ${minTrl}` };
  return { factor: 'maturity', value, reasonZh: `成熟度 TRL ${trl} 低于需求最低 TRL ${minTrl}`, reasonEn: `TRL ${trl} is below the required TRL ${minTrl}` };
}

/**
 * Asking range vs budget range. Overlap → 1; asking below the budget → 0.9; asking above the
 * budget decays with the relative gap, and a negotiable side keeps part of the value.
 * Missing figures on either side are neutral (0.6).
 */
export function priceValue(
  result: Pick<MatchableResult, 'priceMin' | 'priceMax' | 'negotiable'>,
  need: Pick<MatchableNeed, 'budgetMin' | 'budgetMax' | 'negotiable'>,
): number {
  const ask = range(result.priceMin, result.priceMax);
  const budget = range(need.budgetMin, need.budgetMax);
  if (!ask || !budget) return 0.6;
  if (ask[0] <= budget[1] && budget[0] <= ask[1]) return 1;
  if (ask[1] < budget[0]) return 0.9;
  const gap = Math.min(1, (ask[0] - budget[1]) / ask[0]);
  return result.negotiable || need.negotiable ? 0.25 + 0.35 * (1 - gap) : 0.4 * (1 - gap) * (1 - gap);
}

export function priceFactor(
  result: Pick<MatchableResult, 'priceMin' | 'priceMax' | 'negotiable'>,
  need: Pick<MatchableNeed, 'budgetMin' | 'budgetMax' | 'negotiable'>,
): FactorEvaluation {
  const value = priceValue(result, need);
  const ask = range(result.priceMin, result.priceMax);
  const budget = range(need.budgetMin, need.budgetMax);
  const negotiable = result.negotiable || need.negotiable;
  if (!ask || !budget) {
    return { factor: 'price', value, reasonZh: '价格或预算未标明，可议价', reasonEn: 'Price or budget not stated; open to negotiation' };
  }
  const askText = { zh: formatWan(ask), en: formatCny(ask) };
  const budgetText = { zh: formatWan(budget), en: formatCny(budget) };
  if (ask[0] <= budget[1] && budget[0] <= ask[1]) {
    return {
      factor: 'price',
      value,
      reasonZh: `报价 ${askText.zh} 与预算 ${budgetText.zh} 重合`,
      reasonEn: `Asking ${askText.en} overlaps the budget ${budgetText.en}`,
    };
  }
  if (ask[1] < budget[0]) {
    return {
      factor: 'price',
      value,
      reasonZh: `报价 ${askText.zh} 低于预算 ${budgetText.zh}`,
      reasonEn: `Asking ${askText.en} is below the budget ${budgetText.en}`,
    };
  }
  return {
    factor: 'price',
    value,
    reasonZh: `报价 ${askText.zh} 高于预算 ${budgetText.zh}${negotiable ? '，可议价' : ''}`,
    reasonEn: `Asking ${askText.en} exceeds the budget ${budgetText.en}${negotiable ? '; negotiable' : ''}`,
  };
}

const MODE_NAMES: Record<TransferModeCode, { zh: string; en: string }> = {
  TRANSFER: { zh: '转让', en: 'transfer' },
  LICENSE: { zh: '许可', en: 'licence' },
  EQUITY: { zh: '作价入股', en: 'equity' },
  JOINT_DEVELOPMENT: { zh: '合作开发', en: 'joint development' },
  TECHNICAL_SERVICE: { zh: '技术服务', en: 'technical service' },
};

/** No preference 0.7; none in common 0; else 0.7 + 0.3 · share of the preferred modes offered. */
export function modeValue(offered: readonly TransferModeCode[], preferred: readonly TransferModeCode[]): number {
  if (preferred.length === 0) return 0.7;
  let common = 0;
  for (const mode of preferred) if (offered.includes(mode)) common += 1;
  return common === 0 ? 0 : 0.7 + (0.3 * common) / preferred.length;
}

export function modeFactor(offered: readonly TransferModeCode[], preferred: readonly TransferModeCode[]): FactorEvaluation {
  const value = modeValue(offered, preferred);
  if (preferred.length === 0) {
    return { factor: 'mode', value, reasonZh: '需求未限定合作方式', reasonEn: 'No preferred transfer mode' };
  }
  const common = preferred.filter((mode) => offered.includes(mode));
  if (common.length === 0) {
    return {
      factor: 'mode',
      value,
      reasonZh: `合作方式不符：需求偏好${preferred.map((mode) => MODE_NAMES[mode].zh).join('、')}`,
      reasonEn: `No common transfer mode: the need prefers ${preferred.map((mode) => MODE_NAMES[mode].en).join(', ')}`,
    };
  }
  return {
    factor: 'mode',
    value,
    reasonZh: `合作方式匹配：${common.map((mode) => MODE_NAMES[mode].zh).join('、')}`,
    reasonEn: `Matching transfer modes: ${common.map((mode) => MODE_NAMES[mode].en).join(', ')}`,
  };
}

/** All seeded organisations are in one city: a different or unknown district is still the same city. */
export function regionValue(resultDistrict: string | null, needDistrict: string | null): number {
  return resultDistrict && needDistrict && resultDistrict === needDistrict ? 1 : 0.5;
}

export function regionFactor(resultDistrict: string | null, needDistrict: string | null): FactorEvaluation {
  const value = regionValue(resultDistrict, needDistrict);
  if (value === 1) {
    return { factor: 'region', value, reasonZh: `同区：${needDistrict}`, reasonEn: `Same district: ${needDistrict}` };
  }
  return { factor: 'region', value, reasonZh: '同城不同区', reasonEn: 'Same city, different district' };
}

/** Granted patents saturate (1 − e^(−n/scale)); pending ones count a quarter. */
export function ipValue(granted: number, filed: number, options: ScorerOptions = DEFAULT_SCORER_OPTIONS): number {
  const grantedCount = Math.max(0, granted);
  const pending = Math.max(0, filed - grantedCount);
  return 1 - Math.exp(-(grantedCount + 0.25 * pending) / options.patentScale);
}

export function ipFactor(granted: number, filed: number, options: ScorerOptions = DEFAULT_SCORER_OPTIONS): FactorEvaluation {
  const grantedCount = Math.max(0, granted);
  const pending = Math.max(0, filed - grantedCount);
  const value = ipValue(granted, filed, options);
  if (grantedCount === 0 && pending === 0) return { factor: 'ip', value, reasonZh: '暂无专利', reasonEn: 'No patents' };
  return {
    factor: 'ip',
    value,
    reasonZh: `授权专利 ${grantedCount} 件${pending > 0 ? `，在审 ${pending} 件` : ''}`,
    reasonEn: `${grantedCount} granted patent${grantedCount === 1 ? '' : 's'}${pending > 0 ? `, ${pending} pending` : ''}`,
  };
}

export function freshnessValue(publishedAt: Date | null, now: Date, options: ScorerOptions = DEFAULT_SCORER_OPTIONS): number {
  if (!publishedAt) return 0.5;
  return Math.pow(0.5, daysSince(publishedAt, now) / options.freshnessHalfLifeDays);
}

function daysSince(publishedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - publishedAt.getTime()) / 86_400_000));
}

export function freshnessFactor(publishedAt: Date | null, now: Date, options: ScorerOptions = DEFAULT_SCORER_OPTIONS): FactorEvaluation {
  const value = freshnessValue(publishedAt, now, options);
  if (!publishedAt) return { factor: 'freshness', value, reasonZh: '发布时间未知', reasonEn: 'Publication date unknown' };
  const days = daysSince(publishedAt, now);
  return { factor: 'freshness', value, reasonZh: `成果发布于 ${days} 天前`, reasonEn: `Result published ${days} day${days === 1 ? '' : 's'} ago` };
}

const REASON_NAMES = {
  WRONG_FIELD: { zh: '领域不符', en: 'wrong field' },
  TRL_TOO_EARLY: { zh: '成熟度不足', en: 'TRL too early' },
  PRICE: { zh: '价格', en: 'price' },
  IP: { zh: '知识产权', en: 'IP' },
  ALREADY_KNOWN: { zh: '已知', en: 'already known' },
  OTHER: { zh: '其他', en: 'other' },
} as const;

export function feedbackFactor(needField: string, resultField: string, feedback: FeedbackStats): FactorEvaluation {
  const adjustment = feedback.adjustment(needField, resultField);
  if (adjustment.shortlisted === 0 && adjustment.dismissed === 0) {
    return { factor: 'feedback', value: adjustment.value, reasonZh: '暂无同类配对反馈', reasonEn: 'No feedback on similar pairs yet' };
  }
  const shortlisted = round1(adjustment.shortlisted);
  const dismissed = round1(adjustment.dismissed);
  const main = adjustment.mainReason ? REASON_NAMES[adjustment.mainReason] : null;
  return {
    factor: 'feedback',
    value: adjustment.value,
    reasonZh: `同类配对反馈：收藏 ${shortlisted} 次，排除 ${dismissed} 次${main ? `（主要原因：${main.zh}）` : ''}`,
    reasonEn: `Similar pairs: ${shortlisted} shortlisted, ${dismissed} dismissed${main ? ` (mostly ${main.en})` : ''}`,
  };
}

function range(min: number | null, max: number | null): [number, number] | null {
  if (min === null && max === null) return null;
  const low = Math.max(0, min ?? max ?? 0);
  const high = Math.max(low, max ?? min ?? 0);
  return high > 0 ? [low, high] : null;
}

function formatWan([low, high]: [number, number]): string {
  const wan = (yuan: number) => String(Math.round(yuan / 1000) / 10);
  return low === high ? `${wan(low)} 万元` : `${wan(low)}–${wan(high)} 万元`;
}

function formatCny([low, high]: [number, number]): string {
  const millions = (yuan: number) => String(Math.round(yuan / 10_000) / 100);
  return low === high ? `CNY ${millions(low)}M` : `CNY ${millions(low)}–${millions(high)}M`;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function clamp01(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}
