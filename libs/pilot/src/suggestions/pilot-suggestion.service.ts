import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Segmenter } from '@techbridge/search';
import { DataSource } from 'typeorm';

import { PilotPlatformEntity } from '../platforms/pilot-platform.entity';
import { rankPlatforms, Suggestion, SuggestionPlatform } from './pilot-suggestion.scorer';

/** Platforms scored per request; a city has dozens to hundreds of pilot platforms, far below this. */
export const SUGGESTION_CANDIDATE_LIMIT = 2000;

export interface SuggestionSubject {
  fieldCode: string;
  keywords: readonly string[];
  title: string;
  summary: string;
  district: string | null;
}

@Injectable()
export class PilotSuggestionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly segmenter: Segmenter,
  ) {}

  /** Every platform, tokenized once; callers load it once per request (PilotLoaders) and score many results against it. */
  async candidates(): Promise<{ platforms: SuggestionPlatform[]; entities: Map<string, PilotPlatformEntity> }> {
    const rows = await this.dataSource.getRepository(PilotPlatformEntity).find({ order: { createdAt: 'DESC', id: 'DESC' }, take: SUGGESTION_CANDIDATE_LIMIT });
    return {
      platforms: rows.map((row) => ({
        id: row.id,
        name: row.name,
        fieldCodes: row.fieldCodes,
        capabilities: row.capabilities,
        capabilityTerms: row.capabilities.map((capability) => this.segmenter.indexTokens(capability)),
        district: row.district,
      })),
      entities: new Map(rows.map((row) => [row.id, row])),
    };
  }

  rank(subject: SuggestionSubject, platforms: readonly SuggestionPlatform[], limit: number): Suggestion[] {
    const terms = new Set(this.segmenter.indexTokens([...subject.keywords, subject.title, subject.summary].join('\n')));
    return rankPlatforms({ fieldCode: subject.fieldCode, terms, district: subject.district }, platforms, limit);
  }
}
