/**
 * What the scorer may read about a research result and a technical need. Only public and
 * teaser fields: descriptions and anything under an NDA never enter matching, so no factor
 * reason can quote confidential text.
 */

/** Transfer modes as in the contract's `TransferMode` enum. */
export const TRANSFER_MODES = ['TRANSFER', 'LICENSE', 'EQUITY', 'JOINT_DEVELOPMENT', 'TECHNICAL_SERVICE'] as const;
export type TransferModeCode = (typeof TRANSFER_MODES)[number];

export interface MatchableResult {
  id: string;
  title: string;
  summary: string;
  keywords: readonly string[];
  /** Industry-field code CHAIN.FIELD, e.g. `JL.SSB`. */
  fieldCode: string;
  /** Technology readiness level 1–9. */
  trl: number;
  transferModes: readonly TransferModeCode[];
  /** Asking price range in yuan; null when not stated. */
  priceMin: number | null;
  priceMax: number | null;
  negotiable: boolean;
  district: string | null;
  grantedPatents: number;
  /** All patents filed, granted ones included. */
  patents: number;
  publishedAt: Date | null;
  ownerId: string;
}

export interface MatchableNeed {
  id: string;
  title: string;
  summary: string;
  keywords: readonly string[];
  fieldCode: string;
  /** Lowest acceptable TRL; null when the need does not say. */
  minTrl: number | null;
  /** Budget range in yuan; null when not stated. */
  budgetMin: number | null;
  budgetMax: number | null;
  negotiable: boolean;
  preferredModes: readonly TransferModeCode[];
  district: string | null;
  publishedAt: Date | null;
  enterpriseId: string;
}

/** The public text of an item that tokens and shared-term reasons may come from. */
export function publicText(item: { title: string; summary: string; keywords: readonly string[] }): { title: string; summary: string; keywords: string } {
  return { title: item.title, summary: item.summary, keywords: item.keywords.join(' ') };
}
