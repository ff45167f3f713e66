import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue's read contract for other libs' SQL (KPI figures, the matching corpus, agendas,
 * funnels): results and needs with every column but the description (confidential unless PUBLIC,
 * and no reader's SQL needs it), and result patents. Plain projections: the planner inlines them,
 * so the tables' indexes serve readers as before.
 */
export class CatalogReadViews1796300000200 implements MigrationInterface {
  name = 'CatalogReadViews1796300000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW catalog_result_v AS
      SELECT id, owner_id, created_by, title, summary, keywords, result_class, field_code, trl, transfer_modes, price_min, price_max,
             price_negotiable, needs_pilot, visibility, status, selected_year, created_at, updated_at, submitted_at, evaluated_at,
             published_at, rejected_at, withdrawn_at
        FROM research_result`);
    await q.query(`
      CREATE VIEW catalog_need_v AS
      SELECT id, enterprise_id, created_by, title, summary, keywords, field_code, min_trl, budget_min, budget_max, budget_negotiable,
             deadline, preferred_modes, visibility, status, collective_target, pledged_amount, funded_at, created_at, updated_at,
             published_at, negotiation_at, solved_at, closed_at
        FROM tech_need`);
    await q.query(`CREATE VIEW catalog_result_patent_v AS SELECT result_id, position, number, title, granted FROM result_patent`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW catalog_result_patent_v`);
    await q.query(`DROP VIEW catalog_need_v`);
    await q.query(`DROP VIEW catalog_result_v`);
  }
}
