import taxonomyData from '../../catalog/data/industry-fields.json';

export interface TaxonomyField {
  code: string;
  chainCode: string;
  nameZh: string;
  nameEn: string;
  keywords: readonly string[];
}

export interface TaxonomyChain {
  code: string;
  nameZh: string;
  nameEn: string;
  fields: readonly TaxonomyField[];
}

interface RawTaxonomy {
  chains: { code: string; nameZh: string; nameEn: string; fields: { code: string; nameZh: string; nameEn: string; keywords: string[] }[] }[];
}

/** The industry-chain taxonomy (chains and fields) as matching reads it. */
export class Taxonomy {
  private readonly fields = new Map<string, TaxonomyField>();
  private readonly chains = new Map<string, TaxonomyChain>();

  constructor(raw: RawTaxonomy) {
    for (const chain of raw.chains) {
      const fields = chain.fields.map((field) => ({ ...field, chainCode: chain.code }));
      this.chains.set(chain.code, { code: chain.code, nameZh: chain.nameZh, nameEn: chain.nameEn, fields });
      for (const field of fields) this.fields.set(field.code, field);
    }
  }

  static default(): Taxonomy {
    return DEFAULT_TAXONOMY;
  }

  field(code: string): TaxonomyField | undefined {
    return this.fields.get(code);
  }

  chain(code: string): TaxonomyChain | undefined {
    return this.chains.get(code);
  }

  allFields(): TaxonomyField[] {
    return [...this.fields.values()];
  }

  allChains(): TaxonomyChain[] {
    return [...this.chains.values()];
  }

  fieldNameZh(code: string): string {
    return this.field(code)?.nameZh ?? code;
  }

  fieldNameEn(code: string): string {
    return this.field(code)?.nameEn ?? code;
  }
}

/** The chain part of a field code: `JL.SSB` → `JL`. */
export function chainOf(fieldCode: string): string {
  const dot = fieldCode.indexOf('.');
  return dot < 0 ? fieldCode : fieldCode.slice(0, dot);
}

const DEFAULT_TAXONOMY = new Taxonomy(taxonomyData as RawTaxonomy);
