import { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1764200001000 implements MigrationInterface {
  name = 'Identity1764200001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organization (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name         text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 120),
        kind         text NOT NULL CHECK (kind IN ('UNIVERSITY','RESEARCH_INSTITUTE','INNOVATION_PLATFORM','ENTERPRISE','SERVICE_AGENCY','GOVERNMENT')),
        district     text,
        credit_code  text UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
        verified     boolean NOT NULL DEFAULT false,
        verified_at  timestamptz,
        key_platform boolean NOT NULL DEFAULT false,
        created_at   timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX organization_kind_created ON organization (kind, created_at, id)`);
    await q.query(`CREATE INDEX organization_created ON organization (created_at, id)`);
    await q.query(`
      CREATE TABLE app_user (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email           text NOT NULL UNIQUE CHECK (email = lower(email)),
        password_hash   text NOT NULL,
        display_name    text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 80),
        roles           text[] NOT NULL DEFAULT '{}' CHECK (roles <@ ARRAY['RESEARCHER','ENTERPRISE','BROKER','ADMIN']),
        organization_id uuid REFERENCES organization (id),
        created_at      timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX app_user_organization ON app_user (organization_id)`);
    await q.query(`
      CREATE TABLE broker_profile (
        user_id          uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
        level            text NOT NULL CHECK (level IN ('JUNIOR','INTERMEDIATE','SENIOR')),
        certificate_no   text UNIQUE,
        field_codes      text[] NOT NULL DEFAULT '{}',
        training_hours   int NOT NULL DEFAULT 0 CHECK (training_hours >= 0),
        capacity         int NOT NULL CHECK (capacity BETWEEN 1 AND 100),
        active_deals     int NOT NULL DEFAULT 0 CHECK (active_deals >= 0),
        certified_at     timestamptz NOT NULL DEFAULT now(),
        last_assigned_at timestamptz,
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX broker_profile_fields ON broker_profile USING gin (field_codes)`);
    await q.query(`
      CREATE TABLE refresh_token (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id     uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        family_id   uuid NOT NULL,
        token_hash  text NOT NULL,
        expires_at  timestamptz NOT NULL,
        revoked_at  timestamptz,
        replaced_by uuid,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX refresh_token_family ON refresh_token (family_id)`);
    await q.query(`CREATE INDEX refresh_token_user ON refresh_token (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE refresh_token`);
    await q.query(`DROP TABLE broker_profile`);
    await q.query(`DROP TABLE app_user`);
    await q.query(`DROP TABLE organization`);
  }
}
