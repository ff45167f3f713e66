/** The scorer's factors, in the order they are reported. */
export const MATCH_FACTORS = ['text', 'concept', 'field', 'maturity', 'price', 'mode', 'region', 'ip', 'freshness', 'feedback'] as const;
export type MatchFactor = (typeof MATCH_FACTORS)[number];

export type MatchWeights = Record<MatchFactor, number>;

/**
 * Default relative weights (normalised to sum 1 before use). Text similarity and field carry
 * most of the decision; maturity, price and IP separate a usable result from a merely related
 * one; mode, region and freshness break ties; feedback starts small and only moves once
 * enough dismissals or shortlists accumulate for a field pair. The concept factor (shared and
 * linked domain concepts) sits beside the text: `{"concept":0}` gives back the scores of the
 * word-only scorer exactly. Override with MATCH_WEIGHTS.
 */
export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  text: 0.36,
  concept: 0.2,
  field: 0.2,
  maturity: 0.12,
  price: 0.08,
  mode: 0.05,
  region: 0.03,
  ip: 0.06,
  freshness: 0.04,
  feedback: 0.06,
});

/** Defaults overridden by `overrides`, then scaled to sum 1. Throws on a negative or all-zero set. */
export function normaliseWeights(overrides: Partial<Record<string, number>> = {}): MatchWeights {
  const merged: MatchWeights = { ...DEFAULT_MATCH_WEIGHTS };
  for (const [key, value] of Object.entries(overrides)) {
    if (!(MATCH_FACTORS as readonly string[]).includes(key)) throw new Error(`Unknown match factor: ${key}`);
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value < 0) throw new Error(`Match weight ${key} must be a non-negative number`);
    merged[key as MatchFactor] = value;
  }
  const total = MATCH_FACTORS.reduce((sum, factor) => sum + merged[factor], 0);
  if (!(total > 0)) throw new Error('Match weights must not all be zero');
  const normalised = {} as MatchWeights;
  for (const factor of MATCH_FACTORS) normalised[factor] = merged[factor] / total;
  return normalised;
}
