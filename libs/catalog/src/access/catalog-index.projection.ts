import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { LISTED_NEED_STATUSES, LISTED_RESULT_STATUSES, NeedStatus, ResultClass, ResultStatus, TransferMode, Visibility } from '../catalog.enums';
import { TaxonomyService } from '../taxonomy/taxonomy.service';

/**
 * What the search index may hold of a result: public and teaser fields only. `description` is
 * present only for PUBLIC items; TEASER and PRIVATE details never leave Postgres.
 * `indexable` false means the document must be removed (not listed, or PRIVATE).
 */
export interface ResultIndexDocument {
  id: string;
  indexable: boolean;
  title: string;
  summary: string;
  description: string | null;
  keywords: string[];
  resultClass: ResultClass;
  fieldCode: string;
  chainCode: string | null;
  fieldNameZh: string | null;
  trl: number;
  transferModes: TransferMode[];
  priceMin: string | null;
  priceMax: string | null;
  priceNegotiable: boolean;
  needsPilot: boolean;
  visibility: Visibility;
  status: ResultStatus;
  ownerId: string;
  ownerName: string;
  district: string | null;
  createdAt: Date;
  publishedAt: Date | null;
}

export interface NeedIndexDocument {
  id: string;
  indexable: boolean;
  title: string;
  summary: string;
  description: string | null;
  keywords: string[];
  fieldCode: string;
  chainCode: string | null;
  fieldNameZh: string | null;
  minTrl: number | null;
  budgetMin: string | null;
  budgetMax: string | null;
  budgetNegotiable: boolean;
  deadline: Date | null;
  preferredModes: TransferMode[];
  visibility: Visibility;
  status: NeedStatus;
  collective: boolean;
  funded: boolean;
  enterpriseId: string;
  enterpriseName: string;
  district: string | null;
  createdAt: Date;
  publishedAt: Date | null;
}

/** Reads index documents for the search lib, by ids (outbox events) or in id order (reindex). */
@Injectable()
export class CatalogIndexProjection {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** Documents for these ids (missing ids are absent: delete them from the index). */
  async resultDocuments(ids: readonly string[]): Promise<ResultIndexDocument[]> {
    if (ids.length === 0) return [];
    return this.queryResults(`r.id = ANY($1::uuid[])`, [ids], null);
  }

  /** A batch in id order after `afterId` (null: from the start), for a full reindex. */
  async resultDocumentsAfter(afterId: string | null, limit: number): Promise<ResultIndexDocument[]> {
    return this.queryResults(`($1::uuid IS NULL OR r.id > $1::uuid)`, [afterId], limit);
  }

  async needDocuments(ids: readonly string[]): Promise<NeedIndexDocument[]> {
    if (ids.length === 0) return [];
    return this.queryNeeds(`n.id = ANY($1::uuid[])`, [ids], null);
  }

  async needDocumentsAfter(afterId: string | null, limit: number): Promise<NeedIndexDocument[]> {
    return this.queryNeeds(`($1::uuid IS NULL OR n.id > $1::uuid)`, [afterId], limit);
  }

  /** How many results (or needs) are indexable now: listed and not PRIVATE (a reindex's progress total). */
  async indexableCount(kind: 'results' | 'needs'): Promise<number> {
    const [table, statuses] = kind === 'results' ? ['research_result', LISTED_RESULT_STATUSES] : ['tech_need', LISTED_NEED_STATUSES];
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE status = ANY($1::text[]) AND visibility <> 'PRIVATE'`, [statuses]);
    return (row as { n: number }).n;
  }

  private async queryResults(where: string, params: unknown[], limit: number | null): Promise<ResultIndexDocument[]> {
    const rows: Record<string, any>[] = await this.dataSource.query(
      `SELECT r.id, r.title, r.summary, CASE WHEN r.visibility = 'PUBLIC' THEN r.description END AS description, r.keywords, r.result_class,
              r.field_code, r.trl, r.transfer_modes, r.price_min, r.price_max, r.price_negotiable, r.needs_pilot, r.visibility, r.status,
              r.owner_id, o.name AS owner_name, o.district, r.created_at, r.published_at
         FROM research_result r JOIN identity_organization_v o ON o.id = r.owner_id
        WHERE ${where} ORDER BY r.id ${limit ? `LIMIT ${Math.max(1, Math.floor(limit))}` : ''}`,
      params,
    );
    return rows.map((row) => ({
      id: row.id,
      indexable: LISTED_RESULT_STATUSES.includes(row.status) && row.visibility !== Visibility.PRIVATE,
      title: row.title,
      summary: row.summary,
      description: row.description ?? null,
      keywords: row.keywords,
      resultClass: row.result_class,
      fieldCode: row.field_code,
      chainCode: this.taxonomy.chainOf(row.field_code)?.code ?? null,
      fieldNameZh: this.taxonomy.find(row.field_code)?.nameZh ?? null,
      trl: row.trl,
      transferModes: row.transfer_modes,
      priceMin: row.price_min,
      priceMax: row.price_max,
      priceNegotiable: row.price_negotiable,
      needsPilot: row.needs_pilot,
      visibility: row.visibility,
      status: row.status,
      ownerId: row.owner_id,
      ownerName: row.owner_name,
      district: row.district,
      createdAt: row.created_at,
      publishedAt: row.published_at,
    }));
  }

  private async queryNeeds(where: string, params: unknown[], limit: number | null): Promise<NeedIndexDocument[]> {
    const rows: Record<string, any>[] = await this.dataSource.query(
      `SELECT n.id, n.title, n.summary, CASE WHEN n.visibility = 'PUBLIC' THEN n.description END AS description, n.keywords, n.field_code,
              n.min_trl, n.budget_min, n.budget_max, n.budget_negotiable, n.deadline, n.preferred_modes, n.visibility, n.status,
              n.collective_target IS NOT NULL AS collective, n.funded_at IS NOT NULL AS funded, n.enterprise_id, o.name AS enterprise_name,
              o.district, n.created_at, n.published_at
         FROM tech_need n JOIN identity_organization_v o ON o.id = n.enterprise_id
        WHERE ${where} ORDER BY n.id ${limit ? `LIMIT ${Math.max(1, Math.floor(limit))}` : ''}`,
      params,
    );
    return rows.map((row) => ({
      id: row.id,
      indexable: LISTED_NEED_STATUSES.includes(row.status) && row.visibility !== Visibility.PRIVATE,
      title: row.title,
      summary: row.summary,
      description: row.description ?? null,
      keywords: row.keywords,
      fieldCode: row.field_code,
      chainCode: this.taxonomy.chainOf(row.field_code)?.code ?? null,
      fieldNameZh: this.taxonomy.find(row.field_code)?.nameZh ?? null,
      minTrl: row.min_trl,
      budgetMin: row.budget_min,
      budgetMax: row.budget_max,
      budgetNegotiable: row.budget_negotiable,
      deadline: row.deadline,
      preferredModes: row.preferred_modes,
      visibility: row.visibility,
      status: row.status,
      collective: row.collective,
      funded: row.funded,
      enterpriseId: row.enterprise_id,
      enterpriseName: row.enterprise_name,
      district: row.district,
      createdAt: row.created_at,
      publishedAt: row.published_at,
    }));
  }
}
