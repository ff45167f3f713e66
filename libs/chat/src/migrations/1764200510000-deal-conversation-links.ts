import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deals and their conversations point at each other: both foreign keys, once both tables exist.
 * Deals opened before the deal room existed get their conversation (with the broker and both
 * organizations' members) so that every deal has one.
 */
export class DealConversationLinks1764200510000 implements MigrationInterface {
  name = 'DealConversationLinks1764200510000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO conversation (deal_id)
      SELECT d.id FROM deal d WHERE NOT EXISTS (SELECT 1 FROM conversation c WHERE c.deal_id = d.id)`);
    await q.query(`UPDATE deal d SET conversation_id = c.id FROM conversation c WHERE c.deal_id = d.id AND d.conversation_id IS DISTINCT FROM c.id`);
    await q.query(`
      INSERT INTO conversation_participant (conversation_id, user_id)
      SELECT d.conversation_id, u.id FROM deal d JOIN app_user u ON u.organization_id IN (d.owner_org_id, d.enterprise_org_id) OR u.id = d.broker_id
      ON CONFLICT DO NOTHING`);
    await q.query(`ALTER TABLE conversation ADD CONSTRAINT conversation_deal_fk FOREIGN KEY (deal_id) REFERENCES deal (id)`);
    await q.query(`ALTER TABLE deal ADD CONSTRAINT deal_conversation_fk FOREIGN KEY (conversation_id) REFERENCES conversation (id)`);
    await q.query(`CREATE UNIQUE INDEX deal_conversation_unique ON deal (conversation_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX deal_conversation_unique`);
    await q.query(`ALTER TABLE deal DROP CONSTRAINT deal_conversation_fk`);
    await q.query(`ALTER TABLE conversation DROP CONSTRAINT conversation_deal_fk`);
  }
}
