import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matchmaking events, registrations, 1:1 meetings. Runs after catalog (research_result, tech_need),
 * identity (organization, app_user) and brokerage (deal, notification).
 */

export class Events1764200600000 implements MigrationInterface {
  name = 'Events1764200600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE matchmaking_event (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title        text NOT NULL CHECK (char_length(title) BETWEEN 2 AND 120),
        field_codes  text[] NOT NULL DEFAULT '{}',
        starts_at    timestamptz NOT NULL,
        ends_at      timestamptz NOT NULL,
        venue        text CHECK (venue IS NULL OR char_length(venue) BETWEEN 1 AND 200),
        slot_minutes int NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
        tables       int NOT NULL CHECK (tables BETWEEN 1 AND 500),
        capacity     int CHECK (capacity IS NULL OR capacity >= 1),
        registration_deadline timestamptz,
        status       text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','OPEN','SCHEDULED','COMPLETED','CANCELLED')),
        scheduled_at timestamptz,
        created_by   uuid NOT NULL REFERENCES app_user (id),
        created_at   timestamptz(3) NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at),
        CHECK (ends_at - starts_at >= make_interval(mins => slot_minutes)),
        CHECK (registration_deadline IS NULL OR registration_deadline <= starts_at)
      )`);
    // Keyset pagination of events(first, after): newest first.
    await q.query(`CREATE INDEX matchmaking_event_created ON matchmaking_event (created_at, id)`);
    await q.query(`CREATE INDEX matchmaking_event_starts ON matchmaking_event (starts_at)`);

    // One registration per organization and event: registering again updates its lists.
    await q.query(`
      CREATE TABLE event_registration (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id        uuid NOT NULL REFERENCES matchmaking_event (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization (id),
        registered_by   uuid NOT NULL REFERENCES app_user (id),
        created_at      timestamptz(3) NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        UNIQUE (event_id, organization_id),
        UNIQUE (id, event_id)
      )`);
    await q.query(`
      CREATE TABLE event_registration_result (
        registration_id uuid NOT NULL,
        event_id        uuid NOT NULL,
        result_id       uuid NOT NULL REFERENCES research_result (id),
        PRIMARY KEY (registration_id, result_id),
        FOREIGN KEY (registration_id, event_id) REFERENCES event_registration (id, event_id) ON DELETE CASCADE,
        UNIQUE (event_id, result_id)
      )`);
    await q.query(`
      CREATE TABLE event_registration_need (
        registration_id uuid NOT NULL,
        event_id        uuid NOT NULL,
        need_id         uuid NOT NULL REFERENCES tech_need (id),
        PRIMARY KEY (registration_id, need_id),
        FOREIGN KEY (registration_id, event_id) REFERENCES event_registration (id, event_id) ON DELETE CASCADE,
        UNIQUE (event_id, need_id)
      )`);

    // Declined meetings stay as rows: they are the memory of pairs never to propose again, which
    // is also why (event, result, need) is unique whatever the status.
    await q.query(`
      CREATE TABLE meeting (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id      uuid NOT NULL REFERENCES matchmaking_event (id) ON DELETE CASCADE,
        result_id     uuid NOT NULL REFERENCES research_result (id),
        need_id       uuid NOT NULL REFERENCES tech_need (id),
        result_org_id uuid NOT NULL REFERENCES organization (id),
        need_org_id   uuid NOT NULL REFERENCES organization (id),
        slot_index    int NOT NULL CHECK (slot_index >= 0),
        starts_at     timestamptz NOT NULL,
        ends_at       timestamptz NOT NULL,
        table_no      int NOT NULL CHECK (table_no >= 1),
        score         double precision NOT NULL CHECK (score BETWEEN 0 AND 100),
        status        text NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED','CONFIRMED','DECLINED','HELD','NO_SHOW')),
        result_answer boolean,
        need_answer   boolean,
        responded_at  timestamptz,
        outcome_at    timestamptz,
        -- The deal a held meeting opened: one meeting opens at most one deal.
        deal_id       uuid UNIQUE REFERENCES deal (id),
        created_at    timestamptz(3) NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at),
        CHECK (result_org_id <> need_org_id),
        CHECK (deal_id IS NULL OR status = 'HELD'),
        UNIQUE (event_id, result_id, need_id)
      )`);
    // The scheduler's rules, held by the database as far as unique indexes can: one live meeting per
    // table per slot, and per organization per slot on each side. An organization on both sides in
    // one slot is ruled out by the scheduler (and its checker), not here: that needs a
    // participant table or a GiST exclusion over uuid arrays, which PostgreSQL lacks.
    await q.query(`CREATE UNIQUE INDEX meeting_table_slot ON meeting (event_id, starts_at, table_no) WHERE status <> 'DECLINED'`);
    await q.query(`CREATE UNIQUE INDEX meeting_result_org_slot ON meeting (event_id, starts_at, result_org_id) WHERE status <> 'DECLINED'`);
    await q.query(`CREATE UNIQUE INDEX meeting_need_org_slot ON meeting (event_id, starts_at, need_org_id) WHERE status <> 'DECLINED'`);
    await q.query(`CREATE INDEX meeting_event_start ON meeting (event_id, starts_at, table_no)`);
    await q.query(`CREATE INDEX meeting_result_org ON meeting (result_org_id, starts_at)`);
    await q.query(`CREATE INDEX meeting_need_org ON meeting (need_org_id, starts_at)`);
    await q.query(`CREATE INDEX event_registration_org ON event_registration (organization_id)`);

    // Participants are reminded of their agenda through brokerage's notifications.
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check
      CHECK (kind IN ('DEAL_OVERDUE','DEAL_ESCALATED','DEAL_UNASSIGNED','EVENT_MEETING_REMINDER'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE kind = 'EVENT_MEETING_REMINDER'`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('DEAL_OVERDUE','DEAL_ESCALATED','DEAL_UNASSIGNED'))`);
    await q.query(`DROP TABLE meeting`);
    await q.query(`DROP TABLE event_registration_need`);
    await q.query(`DROP TABLE event_registration_result`);
    await q.query(`DROP TABLE event_registration`);
    await q.query(`DROP TABLE matchmaking_event`);
  }
}
