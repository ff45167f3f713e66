import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Brokerage's read contract for other libs' SQL (KPI figures and exports, funnels, chat access):
 * deals, their stage changes and their contracts. Commission and follow-ups stay private.
 */
export class BrokerageReadViews1796300000400 implements MigrationInterface {
  name = 'BrokerageReadViews1796300000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW brokerage_deal_v AS
      SELECT id, result_id, need_id, match_id, conversation_id, owner_org_id, enterprise_org_id, field_code, broker_id, stage, lost_reason,
             due_at, stage_entered_at, opened_by, created_at, updated_at
        FROM deal`);
    await q.query(`CREATE VIEW brokerage_deal_stage_change_v AS SELECT id, deal_id, from_stage, to_stage, by_user_id, at FROM deal_stage_change`);
    await q.query(`CREATE VIEW brokerage_deal_contract_v AS SELECT deal_id, type, amount, signed_at, contract_no, signed_by, created_at FROM deal_contract`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW brokerage_deal_contract_v`);
    await q.query(`DROP VIEW brokerage_deal_stage_change_v`);
    await q.query(`DROP VIEW brokerage_deal_v`);
  }
}
