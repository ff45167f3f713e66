import { chainOf } from '../taxonomy';

/**
 * Why a match was dismissed: a closed list so feedback can be counted.
 * - WRONG_FIELD: the result is about another subject: a signal about the field pair.
 * - TRL_TOO_EARLY, PRICE, IP: the pair was on topic but this result was not usable.
 * - ALREADY_KNOWN: a right match the enterprise had already found: no penalty.
 * - OTHER: anything else.
 */
export const DISMISS_REASONS = ['WRONG_FIELD', 'TRL_TOO_EARLY', 'PRICE', 'IP', 'ALREADY_KNOWN', 'OTHER'] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

export function isDismissReason(code: string): code is DismissReason {
  return (DISMISS_REASONS as readonly string[]).includes(code);
}

/**
 * How much one dismissal of each reason counts against its (need field, result field) pair.
 * A wrong field says the pair itself is poor; maturity, price and IP are mostly about the one
 * result, so they count a little; "already known" confirms the pair is right and counts as
 * half a shortlist.
 */
export const DISMISS_REASON_WEIGHTS: Readonly<Record<DismissReason, number>> = Object.freeze({
  WRONG_FIELD: 1,
  TRL_TOO_EARLY: 0.3,
  PRICE: 0.2,
  IP: 0.2,
  ALREADY_KNOWN: -0.5,
  OTHER: 0.5,
});

/** Feedback counted for one (need field, result field) pair. */
export interface PairFeedbackCounts {
  shortlisted: number;
  dismissed: Partial<Record<DismissReason, number>>;
}

/** Pseudo-counts at the neutral value: one click moves the value by at most ~0.1. */
export const FEEDBACK_PRIOR_STRENGTH = 4;
export const FEEDBACK_NEUTRAL = 0.5;
/** Feedback on another field pair of the same two chains counts this much. */
export const CHAIN_PAIR_DISCOUNT = 0.25;

export interface FeedbackAdjustment {
  value: number;
  shortlisted: number;
  dismissed: number;
  /** The reason with the most weighted dismissals, if any. */
  mainReason: DismissReason | null;
}

function tally(
  counts: PairFeedbackCounts | undefined,
  scale: number,
  into: { positive: number; negative: number; byReason: Map<DismissReason, number>; shortlisted: number; dismissed: number },
): void {
  if (!counts) return;
  into.shortlisted += counts.shortlisted * scale;
  into.positive += counts.shortlisted * scale;
  for (const reason of DISMISS_REASONS) {
    const count = counts.dismissed[reason] ?? 0;
    if (count <= 0) continue;
    into.dismissed += count * scale;
    const weight = DISMISS_REASON_WEIGHTS[reason];
    if (weight >= 0) into.negative += weight * count * scale;
    else into.positive += -weight * count * scale;
    into.byReason.set(reason, (into.byReason.get(reason) ?? 0) + Math.abs(weight) * count * scale);
  }
}

/**
 * The feedback factor's value for a pair: a Beta-smoothed share of positive evidence,
 * (positive + k·½) / (positive + negative + k) with k = FEEDBACK_PRIOR_STRENGTH. With no
 * feedback it is ½; it tends to 1 with many shortlists and to 0 with many weighted
 * dismissals. The exact field pair counts fully, other pairs of the same two chains count
 * CHAIN_PAIR_DISCOUNT.
 */
export function feedbackAdjustment(exact: PairFeedbackCounts | undefined, chainPairOthers?: PairFeedbackCounts): FeedbackAdjustment {
  const acc = { positive: 0, negative: 0, byReason: new Map<DismissReason, number>(), shortlisted: 0, dismissed: 0 };
  tally(exact, 1, acc);
  tally(chainPairOthers, CHAIN_PAIR_DISCOUNT, acc);
  const k = FEEDBACK_PRIOR_STRENGTH;
  const value = (acc.positive + k * FEEDBACK_NEUTRAL) / (acc.positive + acc.negative + k);
  let mainReason: DismissReason | null = null;
  let best = 0;
  for (const reason of DISMISS_REASONS) {
    const amount = acc.byReason.get(reason) ?? 0;
    if (amount > best) [mainReason, best] = [reason, amount];
  }
  return { value: Math.min(1, Math.max(0, value)), shortlisted: acc.shortlisted, dismissed: acc.dismissed, mainReason };
}

/** One recorded piece of feedback, as the Match records will store it. */
export interface FeedbackEvent {
  needFieldCode: string;
  resultFieldCode: string;
  status: 'SHORTLISTED' | 'DISMISSED';
  reason?: DismissReason | null;
}

/**
 * Feedback counts by field pair, built from events (or loaded from an aggregate query) and
 * asked for the adjustment of any pair.
 */
export class FeedbackStats {
  private readonly pairs = new Map<string, PairFeedbackCounts>();
  /** Adjustments already worked out, per pair: ranking asks for the same few pairs thousands of times. */
  private readonly adjustments = new Map<string, FeedbackAdjustment>();

  static fromEvents(events: Iterable<FeedbackEvent>): FeedbackStats {
    const stats = new FeedbackStats();
    for (const event of events) stats.add(event);
    return stats;
  }

  static empty(): FeedbackStats {
    return new FeedbackStats();
  }

  add(event: FeedbackEvent): void {
    const key = pairKey(event.needFieldCode, event.resultFieldCode);
    const counts = this.pairs.get(key) ?? { shortlisted: 0, dismissed: {} };
    if (event.status === 'SHORTLISTED') counts.shortlisted += 1;
    else {
      const reason = event.reason ?? 'OTHER';
      counts.dismissed[reason] = (counts.dismissed[reason] ?? 0) + 1;
    }
    this.pairs.set(key, counts);
    this.adjustments.clear();
  }

  counts(needFieldCode: string, resultFieldCode: string): PairFeedbackCounts | undefined {
    return this.pairs.get(pairKey(needFieldCode, resultFieldCode));
  }

  adjustment(needFieldCode: string, resultFieldCode: string): FeedbackAdjustment {
    const exactKey = pairKey(needFieldCode, resultFieldCode);
    let adjustment = this.adjustments.get(exactKey);
    if (!adjustment) this.adjustments.set(exactKey, (adjustment = this.computeAdjustment(exactKey, needFieldCode, resultFieldCode)));
    return adjustment;
  }

  private computeAdjustment(exactKey: string, needFieldCode: string, resultFieldCode: string): FeedbackAdjustment {
    const needChain = chainOf(needFieldCode);
    const resultChain = chainOf(resultFieldCode);
    const others: PairFeedbackCounts = { shortlisted: 0, dismissed: {} };
    for (const [key, counts] of this.pairs) {
      if (key === exactKey) continue;
      const [needField, resultField] = key.split('→');
      if (chainOf(needField) !== needChain || chainOf(resultField) !== resultChain) continue;
      others.shortlisted += counts.shortlisted;
      for (const reason of DISMISS_REASONS) others.dismissed[reason] = (others.dismissed[reason] ?? 0) + (counts.dismissed[reason] ?? 0);
    }
    return feedbackAdjustment(this.pairs.get(exactKey), others);
  }
}

function pairKey(needFieldCode: string, resultFieldCode: string): string {
  return `${needFieldCode}→${resultFieldCode}`;
}
