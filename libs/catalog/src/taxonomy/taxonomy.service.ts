import { Injectable } from '@nestjs/common';

import taxonomyData from '../../data/industry-fields.json';

export interface IndustryField {
  code: string;
  nameZh: string;
  nameEn: string;
  chainPlan: string;
  /** Null for a chain. */
  parentCode: string | null;
  keywords: string[];
}

interface TaxonomyFile {
  chains: {
    code: string;
    chainPlan: string;
    nameZh: string;
    nameEn: string;
    keywords?: string[];
    fields: { code: string; nameZh: string; nameEn: string; keywords?: string[] }[];
  }[];
}

/** The industry-chain taxonomy (libs/catalog/data/industry-fields.json): chains and their fields. */
@Injectable()
export class TaxonomyService {
  private readonly nodes: IndustryField[];
  private readonly byCode: Map<string, IndustryField>;

  constructor() {
    this.nodes = TaxonomyService.parse(taxonomyData as TaxonomyFile);
    this.byCode = new Map(this.nodes.map((node) => [node.code, node]));
  }

  static parse(data: TaxonomyFile): IndustryField[] {
    const nodes: IndustryField[] = [];
    for (const chain of data.chains) {
      nodes.push({
        code: chain.code,
        nameZh: chain.nameZh,
        nameEn: chain.nameEn,
        chainPlan: chain.chainPlan,
        parentCode: null,
        keywords: chain.keywords ?? [],
      });
      for (const field of chain.fields) {
        nodes.push({
          code: field.code,
          nameZh: field.nameZh,
          nameEn: field.nameEn,
          chainPlan: chain.chainPlan,
          parentCode: chain.code,
          keywords: field.keywords ?? [],
        });
      }
    }
    return nodes;
  }

  /** Chains followed by their fields, in file order. */
  all(): readonly IndustryField[] {
    return this.nodes;
  }

  find(code: string): IndustryField | null {
    return this.byCode.get(code) ?? null;
  }

  /** A field (second level), not a chain. */
  isField(code: string): boolean {
    return this.byCode.get(code)?.parentCode != null;
  }

  /** The chain a code belongs to (itself for a chain). */
  chainOf(code: string): IndustryField | null {
    const node = this.byCode.get(code);
    if (!node) return null;
    return node.parentCode ? (this.byCode.get(node.parentCode) ?? null) : node;
  }

  fields(): IndustryField[] {
    return this.nodes.filter((node) => node.parentCode !== null);
  }

  allCodes(): string[] {
    return this.nodes.map((node) => node.code);
  }

  /** Names and keywords, deduplicated: the search lib builds its segmentation dictionary from them. */
  allKeywords(): string[] {
    const words = new Set<string>();
    for (const node of this.nodes) {
      words.add(node.nameZh);
      for (const keyword of node.keywords) words.add(keyword);
    }
    return [...words];
  }
}
