import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { MatchableNeed, MatchableResult, TransferModeCode } from '../match-inputs';

/** A result as matching reads it, with what decides whether it may be matched at all. */
export interface LoadedResult extends MatchableResult {
  /** Published and not PRIVATE: on the market and in the search index. */
  matchable: boolean;
  /** Last change of the row: with the id, the key of its cached text features. */
  updatedAt: Date;
}

export interface LoadedNeed extends MatchableNeed {
  matchable: boolean;
}

const num = (value: string | null): number | null => (value === null ? null : Number(value));

/**
 * Reads the public and teaser fields of catalog rows for matching, in bulk and in one query
 * each, through the catalogue's read views (which hold no descriptions). Published, non-private
 * items are matchable: exactly what the search index holds for results, and published needs for needs.
 */
@Injectable()
export class MatchCorpusReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async results(ids: readonly string[], manager?: EntityManager): Promise<LoadedResult[]> {
    if (ids.length === 0) return [];
    return this.queryResults(`r.id = ANY($1::uuid[])`, [ids], manager);
  }

  async needs(ids: readonly string[], manager?: EntityManager): Promise<LoadedNeed[]> {
    if (ids.length === 0) return [];
    const rows: Record<string, any>[] = await (manager ?? this.dataSource.manager).query(
      `SELECT n.id, n.title, n.summary, n.keywords, n.field_code, n.min_trl, n.budget_min, n.budget_max, n.budget_negotiable,
              n.preferred_modes, o.district, n.published_at, n.enterprise_id, n.status, n.visibility
         FROM catalog_need_v n JOIN identity_organization_v o ON o.id = n.enterprise_id
        WHERE n.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      summary: row.summary,
      keywords: row.keywords,
      fieldCode: row.field_code,
      minTrl: row.min_trl,
      budgetMin: num(row.budget_min),
      budgetMax: num(row.budget_max),
      negotiable: row.budget_negotiable,
      preferredModes: row.preferred_modes as TransferModeCode[],
      district: row.district,
      publishedAt: row.published_at,
      enterpriseId: row.enterprise_id,
      matchable: row.status === 'PUBLISHED',
    }));
  }

  /** Every matchable result, page by page in id order (brute force, batch jobs, frequencies). */
  async *scanResults(batchSize = 5000): AsyncIterable<LoadedResult[]> {
    let after: string | null = null;
    for (;;) {
      const page = await this.queryResults(
        `r.status = 'PUBLISHED' AND r.visibility <> 'PRIVATE' AND ($1::uuid IS NULL OR r.id > $1::uuid) ORDER BY r.id LIMIT ${Math.max(1, Math.floor(batchSize))}`,
        [after],
      );
      if (page.length === 0) return;
      yield page;
      after = page[page.length - 1].id;
    }
  }

  /** Ids of every published need, in id order (batch recompute). */
  async publishedNeedIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM catalog_need_v WHERE status = 'PUBLISHED' ORDER BY id`);
    return rows.map((row) => row.id);
  }

  /** Public text of every matchable result and published non-private need: the corpus of document frequencies. */
  async *scanTexts(batchSize = 5000): AsyncIterable<{ title: string; summary: string; keywords: string[]; fieldCode: string }[]> {
    for (const view of ['catalog_result_v', 'catalog_need_v'] as const) {
      let after: string | null = null;
      for (;;) {
        const rows: { id: string; title: string; summary: string; keywords: string[]; fieldCode: string }[] = await this.dataSource.query(
          `SELECT id, title, summary, keywords, field_code AS "fieldCode" FROM ${view}
            WHERE status = 'PUBLISHED' AND visibility <> 'PRIVATE' AND ($1::uuid IS NULL OR id > $1::uuid)
            ORDER BY id LIMIT ${Math.max(1, Math.floor(batchSize))}`,
          [after],
        );
        if (rows.length === 0) break;
        yield rows;
        after = rows[rows.length - 1].id;
      }
    }
  }

  /** How many documents the frequency corpus holds now (cheap: decides when to rebuild). */
  async corpusSize(): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM catalog_result_v WHERE status = 'PUBLISHED' AND visibility <> 'PRIVATE')
            + (SELECT count(*) FROM catalog_need_v WHERE status = 'PUBLISHED' AND visibility <> 'PRIVATE') AS n`,
    );
    return Number(row.n);
  }

  private async queryResults(where: string, params: unknown[], manager?: EntityManager): Promise<LoadedResult[]> {
    const rows: Record<string, any>[] = await (manager ?? this.dataSource.manager).query(
      `SELECT r.id, r.title, r.summary, r.keywords, r.field_code, r.trl, r.transfer_modes, r.price_min, r.price_max, r.price_negotiable,
              o.district, r.published_at, r.updated_at, r.owner_id, r.status, r.visibility,
              coalesce(p.granted, 0)::int AS granted, coalesce(p.filed, 0)::int AS filed
         FROM catalog_result_v r
         JOIN identity_organization_v o ON o.id = r.owner_id
         LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE granted) AS granted, count(*) AS filed FROM catalog_result_patent_v WHERE result_id = r.id) p ON true
        WHERE ${where}`,
      params,
    );
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      summary: row.summary,
      keywords: row.keywords,
      fieldCode: row.field_code,
      trl: row.trl,
      transferModes: row.transfer_modes as TransferModeCode[],
      priceMin: num(row.price_min),
      priceMax: num(row.price_max),
      negotiable: row.price_negotiable,
      district: row.district,
      grantedPatents: row.granted,
      patents: row.filed,
      publishedAt: row.published_at,
      updatedAt: row.updated_at,
      ownerId: row.owner_id,
      matchable: row.status === 'PUBLISHED' && row.visibility !== 'PRIVATE',
    }));
  }
}
