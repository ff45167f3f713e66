import { MigrationInterface, QueryRunner } from 'typeorm';

const MODES = `ARRAY['TRANSFER','LICENSE','EQUITY','JOINT_DEVELOPMENT','TECHNICAL_SERVICE']`;
const VISIBILITY = `('PUBLIC','TEASER','PRIVATE')`;

export class Catalog1764200100000 implements MigrationInterface {
  name = 'Catalog1764200100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE research_result (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id         uuid NOT NULL REFERENCES organization (id),
        created_by       uuid REFERENCES app_user (id),
        title            text NOT NULL CHECK (char_length(title) BETWEEN 4 AND 200),
        summary          text NOT NULL CHECK (char_length(summary) <= 1000),
        description      text NOT NULL CHECK (char_length(description) <= 20000),
        keywords         text[] NOT NULL DEFAULT '{}' CHECK (cardinality(keywords) <= 20),
        result_class     text NOT NULL CHECK (result_class IN ('MAJOR_INNOVATION','INDUSTRIAL_INNOVATION','ENTERPRISE_DEMAND')),
        field_code       text NOT NULL,
        trl              smallint NOT NULL CHECK (trl BETWEEN 1 AND 9),
        transfer_modes   text[] NOT NULL DEFAULT '{}' CHECK (transfer_modes <@ ${MODES}),
        price_min        numeric(15,2) CHECK (price_min >= 0),
        price_max        numeric(15,2) CHECK (price_max >= 0),
        price_negotiable boolean NOT NULL DEFAULT false,
        needs_pilot      boolean NOT NULL DEFAULT false,
        visibility       text NOT NULL CHECK (visibility IN ${VISIBILITY}),
        status           text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','SUBMITTED','EVALUATED','PUBLISHED','REJECTED','WITHDRAWN')),
        selected_year    smallint CHECK (selected_year BETWEEN 2000 AND 2100),
        created_at       timestamptz(3) NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        submitted_at     timestamptz,
        evaluated_at     timestamptz,
        published_at     timestamptz,
        rejected_at      timestamptz,
        withdrawn_at     timestamptz,
        CHECK (price_min IS NULL OR price_max IS NULL OR price_min <= price_max),
        CHECK (price_negotiable OR price_min IS NOT NULL OR price_max IS NOT NULL),
        CHECK (selected_year IS NULL OR (result_class = 'MAJOR_INNOVATION' AND status = 'PUBLISHED'))
      )`);
    await q.query(`CREATE INDEX research_result_created ON research_result (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX research_result_status_created ON research_result (status, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX research_result_owner ON research_result (owner_id, created_at DESC)`);
    await q.query(`CREATE INDEX research_result_field ON research_result (field_code)`);
    // Yearly counts of the funnel (insights) read these.
    await q.query(`CREATE INDEX research_result_submitted_at ON research_result (submitted_at) WHERE submitted_at IS NOT NULL`);
    await q.query(`CREATE INDEX research_result_evaluated_at ON research_result (evaluated_at) WHERE evaluated_at IS NOT NULL`);
    await q.query(`CREATE INDEX research_result_published_at ON research_result (published_at) WHERE published_at IS NOT NULL`);
    await q.query(`CREATE INDEX research_result_selected ON research_result (selected_year) WHERE selected_year IS NOT NULL`);

    await q.query(`
      CREATE TABLE result_patent (
        result_id uuid NOT NULL REFERENCES research_result (id) ON DELETE CASCADE,
        position  smallint NOT NULL CHECK (position >= 0),
        number    text NOT NULL CHECK (char_length(number) BETWEEN 3 AND 40),
        title     text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        granted   boolean NOT NULL DEFAULT false,
        PRIMARY KEY (result_id, position),
        UNIQUE (result_id, number)
      )`);

    await q.query(`
      CREATE TABLE result_evaluation (
        result_id          uuid PRIMARY KEY REFERENCES research_result (id) ON DELETE CASCADE,
        score              smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
        technical_maturity smallint NOT NULL CHECK (technical_maturity BETWEEN 0 AND 100),
        market_potential   smallint NOT NULL CHECK (market_potential BETWEEN 0 AND 100),
        comment            text CHECK (char_length(comment) <= 2000),
        approved           boolean NOT NULL,
        evaluated_by       uuid REFERENCES app_user (id),
        evaluated_at       timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE tech_need (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enterprise_id     uuid NOT NULL REFERENCES organization (id),
        created_by        uuid REFERENCES app_user (id),
        title             text NOT NULL CHECK (char_length(title) BETWEEN 4 AND 200),
        summary           text NOT NULL CHECK (char_length(summary) <= 1000),
        description       text NOT NULL CHECK (char_length(description) <= 20000),
        keywords          text[] NOT NULL DEFAULT '{}' CHECK (cardinality(keywords) <= 20),
        field_code        text NOT NULL,
        min_trl           smallint CHECK (min_trl BETWEEN 1 AND 9),
        budget_min        numeric(15,2) CHECK (budget_min >= 0),
        budget_max        numeric(15,2) CHECK (budget_max >= 0),
        budget_negotiable boolean NOT NULL DEFAULT false,
        deadline          timestamptz,
        preferred_modes   text[] NOT NULL DEFAULT '{}' CHECK (preferred_modes <@ ${MODES}),
        visibility        text NOT NULL CHECK (visibility IN ${VISIBILITY}),
        status            text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','PUBLISHED','IN_NEGOTIATION','SOLVED','CLOSED')),
        collective_target numeric(15,2) CHECK (collective_target > 0),
        pledged_amount    numeric(15,2) NOT NULL DEFAULT 0 CHECK (pledged_amount >= 0),
        funded_at         timestamptz,
        created_at        timestamptz(3) NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        published_at      timestamptz,
        negotiation_at    timestamptz,
        solved_at         timestamptz,
        closed_at         timestamptz,
        CHECK (budget_min IS NULL OR budget_max IS NULL OR budget_min <= budget_max),
        CHECK (budget_negotiable OR budget_min IS NOT NULL OR budget_max IS NOT NULL),
        CHECK (funded_at IS NULL OR (collective_target IS NOT NULL AND pledged_amount >= collective_target))
      )`);
    await q.query(`CREATE INDEX tech_need_created ON tech_need (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX tech_need_status_created ON tech_need (status, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX tech_need_enterprise ON tech_need (enterprise_id, created_at DESC)`);
    await q.query(`CREATE INDEX tech_need_published_at ON tech_need (published_at) WHERE published_at IS NOT NULL`);

    // One current pledge per organization and need; every change is kept in need_pledge_change.
    await q.query(`
      CREATE TABLE need_pledge (
        need_id         uuid NOT NULL REFERENCES tech_need (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization (id),
        amount          numeric(15,2) NOT NULL CHECK (amount > 0),
        pledged_by      uuid REFERENCES app_user (id),
        first_pledged_at timestamptz NOT NULL DEFAULT now(),
        pledged_at      timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (need_id, organization_id)
      )`);
    await q.query(`
      CREATE TABLE need_pledge_change (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        need_id         uuid NOT NULL REFERENCES tech_need (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization (id),
        user_id         uuid REFERENCES app_user (id),
        previous_amount numeric(15,2),
        amount          numeric(15,2) NOT NULL CHECK (amount > 0),
        changed_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX need_pledge_change_need ON need_pledge_change (need_id, changed_at)`);

    await q.query(`
      CREATE TABLE catalog_nda_acceptance (
        item_type   text NOT NULL CHECK (item_type IN ('RESULT','NEED')),
        item_id     uuid NOT NULL,
        user_id     uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        accepted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (item_type, item_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE catalog_access_grant (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_type  text NOT NULL CHECK (item_type IN ('RESULT','NEED')),
        item_id    uuid NOT NULL,
        user_id    uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        reason     text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 200),
        granted_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (item_type, item_id, user_id)
      )`);
    await q.query(`CREATE INDEX catalog_access_grant_user ON catalog_access_grant (user_id, item_type)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE catalog_access_grant`);
    await q.query(`DROP TABLE catalog_nda_acceptance`);
    await q.query(`DROP TABLE need_pledge_change`);
    await q.query(`DROP TABLE need_pledge`);
    await q.query(`DROP TABLE tech_need`);
    await q.query(`DROP TABLE result_evaluation`);
    await q.query(`DROP TABLE result_patent`);
    await q.query(`DROP TABLE research_result`);
  }
}
