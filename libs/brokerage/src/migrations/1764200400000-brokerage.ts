import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deals, their audit trail, contracts, commission, follow-ups and notifications. The deal's
 * links to results, needs, matches and conversations are plain uuids here: those tables belong to
 * libs migrated on their own, and a later migration adds the foreign keys.
 */
export class Brokerage1764200400000 implements MigrationInterface {
  name = 'Brokerage1764200400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE deal (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        result_id         uuid NOT NULL,
        need_id           uuid,
        match_id          uuid,
        conversation_id   uuid,
        owner_org_id      uuid NOT NULL REFERENCES organization (id),
        enterprise_org_id uuid REFERENCES organization (id),
        field_code        text NOT NULL,
        broker_id         uuid REFERENCES app_user (id),
        stage             text NOT NULL DEFAULT 'INTRODUCED'
                          CHECK (stage IN ('INTRODUCED','NEGOTIATING','TERMS_AGREED','CONTRACT_SIGNED','LOST')),
        lost_reason       text CHECK (char_length(lost_reason) BETWEEN 1 AND 1000),
        due_at            timestamptz,
        stage_entered_at  timestamptz NOT NULL DEFAULT now(),
        opened_by         uuid REFERENCES app_user (id),
        created_at        timestamptz(3) NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        CHECK ((stage = 'LOST') = (lost_reason IS NOT NULL)),
        CHECK (stage IN ('INTRODUCED','NEGOTIATING','TERMS_AGREED') OR due_at IS NULL)
      )`);
    // One open deal per (result, need) pair.
    await q.query(`
      CREATE UNIQUE INDEX deal_open_pair ON deal (result_id, need_id)
       WHERE need_id IS NOT NULL AND stage IN ('INTRODUCED','NEGOTIATING','TERMS_AGREED')`);
    await q.query(`CREATE INDEX deal_created ON deal (created_at, id)`);
    await q.query(`CREATE INDEX deal_broker_created ON deal (broker_id, created_at, id)`);
    await q.query(`CREATE INDEX deal_owner_org ON deal (owner_org_id)`);
    await q.query(`CREATE INDEX deal_enterprise_org ON deal (enterprise_org_id)`);
    await q.query(`CREATE INDEX deal_result ON deal (result_id)`);
    await q.query(`CREATE INDEX deal_need ON deal (need_id)`);
    await q.query(`CREATE INDEX deal_unassigned ON deal (created_at, id) WHERE broker_id IS NULL AND stage IN ('INTRODUCED','NEGOTIATING','TERMS_AGREED')`);

    await q.query(`
      CREATE TABLE deal_stage_change (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        deal_id    uuid NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
        from_stage text CHECK (from_stage IN ('INTRODUCED','NEGOTIATING','TERMS_AGREED','CONTRACT_SIGNED','LOST')),
        to_stage   text NOT NULL CHECK (to_stage IN ('INTRODUCED','NEGOTIATING','TERMS_AGREED','CONTRACT_SIGNED','LOST')),
        by_user_id uuid NOT NULL REFERENCES app_user (id),
        note       text CHECK (char_length(note) <= 2000),
        at         timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        CHECK (from_stage IS DISTINCT FROM to_stage)
      )`);
    await q.query(`CREATE INDEX deal_stage_change_deal ON deal_stage_change (deal_id, at, id)`);

    await q.query(`
      CREATE TABLE deal_contract (
        deal_id     uuid PRIMARY KEY REFERENCES deal (id) ON DELETE CASCADE,
        type        text NOT NULL CHECK (type IN ('DEVELOPMENT','TRANSFER','LICENSE','CONSULTING','SERVICE')),
        amount      numeric(15,2) NOT NULL CHECK (amount > 0),
        signed_at   timestamptz NOT NULL,
        contract_no text UNIQUE CHECK (contract_no ~ '^[A-Za-z0-9/-]{1,40}$'),
        signed_by   uuid NOT NULL REFERENCES app_user (id),
        created_at  timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX deal_contract_signed ON deal_contract (signed_at)`);

    await q.query(`
      CREATE TABLE commission_ledger (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        deal_id       uuid NOT NULL UNIQUE REFERENCES deal_contract (deal_id) ON DELETE CASCADE,
        broker_id     uuid NOT NULL REFERENCES app_user (id),
        contract_type text NOT NULL CHECK (contract_type IN ('DEVELOPMENT','TRANSFER','LICENSE','CONSULTING','SERVICE')),
        base_amount   numeric(15,2) NOT NULL CHECK (base_amount > 0),
        rate_percent  numeric(5,2) NOT NULL CHECK (rate_percent BETWEEN 0 AND 100),
        amount        numeric(15,2) NOT NULL CHECK (amount >= 0),
        created_at    timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX commission_ledger_broker ON commission_ledger (broker_id, created_at)`);

    await q.query(`
      CREATE TABLE broker_follow_up (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        broker_id        uuid NOT NULL REFERENCES app_user (id),
        enterprise_id    uuid NOT NULL REFERENCES organization (id),
        happened_on      date NOT NULL,
        channel          text NOT NULL CHECK (channel IN ('VISIT','PHONE','MEETING','ONLINE','OTHER')),
        notes            text NOT NULL DEFAULT '' CHECK (char_length(notes) <= 2000),
        next_action_on   date,
        next_action      text CHECK (char_length(next_action) BETWEEN 1 AND 500),
        discovered_needs text[] NOT NULL DEFAULT '{}' CHECK (cardinality(discovered_needs) <= 20),
        created_at       timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (next_action_on IS NULL OR next_action_on >= happened_on)
      )`);
    await q.query(`CREATE INDEX broker_follow_up_broker_created ON broker_follow_up (broker_id, created_at, id)`);
    await q.query(`CREATE INDEX broker_follow_up_latest ON broker_follow_up (broker_id, enterprise_id, happened_on DESC, created_at DESC)`);

    await q.query(`
      CREATE TABLE notification (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind         text NOT NULL CHECK (kind IN ('DEAL_OVERDUE','DEAL_ESCALATED','DEAL_UNASSIGNED')),
        title        text NOT NULL,
        body         text NOT NULL,
        deal_id      uuid REFERENCES deal (id) ON DELETE CASCADE,
        dedupe_key   text NOT NULL,
        read_at      timestamptz,
        created_at   timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (recipient_id, dedupe_key)
      )`);
    await q.query(`CREATE INDEX notification_recipient ON notification (recipient_id, created_at, id)`);
    await q.query(`CREATE INDEX notification_unread ON notification (recipient_id) WHERE read_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification`);
    await q.query(`DROP TABLE broker_follow_up`);
    await q.query(`DROP TABLE commission_ledger`);
    await q.query(`DROP TABLE deal_contract`);
    await q.query(`DROP TABLE deal_stage_change`);
    await q.query(`DROP TABLE deal`);
  }
}
