import { MigrationInterface, QueryRunner } from 'typeorm';

import { bookingNoOverlapSql, BTREE_GIST_SQL, PILOT_BOOKING_NO_OVERLAP } from '../bookings/booking-overlap.sql';

export class Pilot1764200700000 implements MigrationInterface {
  name = 'Pilot1764200700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(BTREE_GIST_SQL);
    await q.query(`
      CREATE TABLE pilot_platform (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name         text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 200),
        operator_id  uuid NOT NULL REFERENCES organization (id),
        field_codes  text[] NOT NULL CHECK (cardinality(field_codes) BETWEEN 1 AND 10),
        capabilities text[] NOT NULL DEFAULT '{}' CHECK (cardinality(capabilities) <= 50),
        district     text,
        price_notes  text CHECK (char_length(price_notes) <= 2000),
        created_by   uuid REFERENCES app_user (id),
        created_at   timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX pilot_platform_operator_idx ON pilot_platform (operator_id)`);
    await q.query(`CREATE INDEX pilot_platform_field_codes_idx ON pilot_platform USING gin (field_codes)`);
    await q.query(`CREATE INDEX pilot_platform_created_idx ON pilot_platform (created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE pilot_booking (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        platform_id  uuid NOT NULL REFERENCES pilot_platform (id) ON DELETE CASCADE,
        result_id    uuid NOT NULL REFERENCES research_result (id),
        requested_by uuid NOT NULL REFERENCES app_user (id),
        from_at      timestamptz NOT NULL,
        to_at        timestamptz NOT NULL,
        status       text NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED','APPROVED','DECLINED','COMPLETED')),
        note         text CHECK (char_length(note) <= 2000),
        decided_by   uuid REFERENCES app_user (id),
        decided_at   timestamptz,
        completed_at timestamptz,
        created_at   timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pilot_booking_range_check CHECK (from_at < to_at),
        CHECK ((status = 'REQUESTED') = (decided_at IS NULL)),
        CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL))
      )`);
    await q.query(bookingNoOverlapSql('pilot_booking', PILOT_BOOKING_NO_OVERLAP));
    await q.query(`CREATE INDEX pilot_booking_platform_idx ON pilot_booking (platform_id, from_at)`);
    await q.query(`CREATE INDEX pilot_booking_result_idx ON pilot_booking (result_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pilot_booking`);
    await q.query(`DROP TABLE pilot_platform`);
  }
}
