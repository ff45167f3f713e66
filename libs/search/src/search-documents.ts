/**
 * What the search engines hold about a research result or a technical need: the public and
 * teaser fields only. There is no description field on purpose: confidential details never
 * leave PostgreSQL, whatever the engine.
 */
export interface ResultSearchDocument {
  id: string;
  title: string;
  summary: string;
  keywords: string[];
  /** ResultClass: MAJOR_INNOVATION | INDUSTRIAL_INNOVATION | ENTERPRISE_DEMAND. */
  resultClass: string;
  /** Industry-field code, e.g. `JL.SSB`. */
  fieldCode: string;
  /** Chain plan code, the part before the dot (`JL`). */
  chainCode: string;
  trl: number;
  /** TransferMode values. */
  transferModes: string[];
  priceMin: number | null;
  priceMax: number | null;
  negotiable: boolean;
  needsPilot: boolean;
  district: string | null;
  ownerId: string;
  ownerName: string;
  /** Visibility: PUBLIC | TEASER (PRIVATE items are not indexed by the catalog source). */
  visibility: string;
  /** Epoch milliseconds. */
  publishedAt: number;
}

export interface NeedSearchDocument {
  id: string;
  title: string;
  summary: string;
  keywords: string[];
  fieldCode: string;
  chainCode: string;
  minTrl: number | null;
  budgetMin: number | null;
  budgetMax: number | null;
  collective: boolean;
  funded: boolean;
  /** NeedStatus: PUBLISHED | IN_NEGOTIATION | SOLVED | CLOSED. */
  status: string;
  enterpriseId: string;
  enterpriseName: string;
  district: string | null;
  visibility: string;
  /** Epoch milliseconds. */
  publishedAt: number;
}

export const SEARCH_INDEXES = ['results', 'needs'] as const;
export type SearchIndexName = (typeof SEARCH_INDEXES)[number];

export interface SearchDocuments {
  results: ResultSearchDocument;
  needs: NeedSearchDocument;
}

export type SearchDocument<I extends SearchIndexName = SearchIndexName> = SearchDocuments[I];

/** The chain plan of a field code: `JL.SSB` → `JL`. */
export function chainOf(fieldCode: string): string {
  const dot = fieldCode.indexOf('.');
  return dot < 0 ? fieldCode : fieldCode.slice(0, dot);
}
