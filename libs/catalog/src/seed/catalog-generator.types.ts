// Shapes of the deterministic demo-catalogue generator (seed/generator/catalog-generator.ts),
// which the seeder consumes. Kept here so the seeder compiles and is tested without it.

export interface GeneratedOrganization {
  key: string;
  name: string;
  kind: 'UNIVERSITY' | 'RESEARCH_INSTITUTE' | 'INNOVATION_PLATFORM' | 'ENTERPRISE' | 'SERVICE_AGENCY';
  district: string;
  creditCode: string;
  keyPlatform: boolean;
}
export interface GeneratedPatent {
  number: string;
  title: string;
  granted: boolean;
}
export interface GeneratedResult {
  key: string;
  ownerKey: string;
  title: string;
  summary: string;
  description: string;
  keywords: string[];
  resultClass: 'MAJOR_INNOVATION' | 'INDUSTRIAL_INNOVATION' | 'ENTERPRISE_DEMAND';
  fieldCode: string;
  trl: number;
  patents: GeneratedPatent[];
  transferModes: string[];
  askingPrice: { min: string | null; max: string | null; negotiable: boolean };
  needsPilot: boolean;
  visibility: 'PUBLIC' | 'TEASER' | 'PRIVATE';
  status: 'DRAFT' | 'SUBMITTED' | 'EVALUATED' | 'PUBLISHED' | 'REJECTED' | 'WITHDRAWN';
  createdAt: Date;
  submittedAt: Date | null;
  evaluatedAt: Date | null;
  publishedAt: Date | null;
  evaluation: { score: number; technicalMaturity: number; marketPotential: number; comment: string; approved: boolean } | null;
  selectedYear: number | null;
}
export interface GeneratedNeed {
  key: string;
  enterpriseKey: string;
  title: string;
  summary: string;
  description: string;
  keywords: string[];
  fieldCode: string;
  minTrl: number | null;
  budget: { min: string | null; max: string | null; negotiable: boolean };
  deadline: Date | null;
  preferredModes: string[];
  visibility: 'PUBLIC' | 'TEASER' | 'PRIVATE';
  status: 'DRAFT' | 'PUBLISHED' | 'IN_NEGOTIATION' | 'SOLVED' | 'CLOSED';
  createdAt: Date;
  publishedAt: Date | null;
  collectiveTarget: string | null;
  pledges: { organizationKey: string; amount: string; pledgedAt: Date }[];
}
export interface CatalogGeneratorOptions {
  seed?: number;
  results?: number;
  needs?: number;
  now?: Date;
}
export interface GeneratedCatalog {
  organizations: GeneratedOrganization[];
  results(): Iterable<GeneratedResult>;
  needs(): Iterable<GeneratedNeed>;
} // results()/needs() stream lazily so 100k rows never sit in memory at once

/** The generator function's type, provided to the seeder under CATALOG_GENERATOR. */
export type CatalogGenerator = (options?: CatalogGeneratorOptions) => GeneratedCatalog;

/** Injection token of the generator function (the integration wires `generateCatalog` here). */
export const CATALOG_GENERATOR = Symbol('CATALOG_GENERATOR');
