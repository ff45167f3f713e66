import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity's read contract for other libs' SQL (KPI figures, exports, agendas, the matching
 * corpus): organizations, users without their credentials, and broker profiles. Other libs join
 * these views, never the tables, so identity may reshape its tables behind them.
 */
export class IdentityReadViews1796300000100 implements MigrationInterface {
  name = 'IdentityReadViews1796300000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW identity_organization_v AS
      SELECT id, name, kind, district, verified, verified_at, key_platform, created_at FROM organization`);
    await q.query(`
      CREATE VIEW identity_user_v AS
      SELECT id, display_name, roles, organization_id, created_at FROM app_user`);
    await q.query(`
      CREATE VIEW identity_broker_v AS
      SELECT user_id, level, field_codes, training_hours, capacity, active_deals, certified_at, last_assigned_at FROM broker_profile`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW identity_broker_v`);
    await q.query(`DROP VIEW identity_user_v`);
    await q.query(`DROP VIEW identity_organization_v`);
  }
}
