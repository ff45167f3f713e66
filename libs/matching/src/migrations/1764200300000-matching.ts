import { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `('SUGGESTED','SHORTLISTED','DISMISSED','CONVERTED')`;
const REASONS = `('WRONG_FIELD','TRL_TOO_EARLY','PRICE','IP','ALREADY_KNOWN','OTHER')`;

/**
 * Scored matches between published needs and results, and the history of feedback on them.
 * `match` is read by other libs (deals convert a match; insights count SHORTLISTED and
 * CONVERTED matches by the year of `status_changed_at`), so its column names are part of the
 * lib's public surface.
 */
export class Matching1764200300000 implements MigrationInterface {
  name = 'Matching1764200300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE match (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        result_id            uuid NOT NULL REFERENCES research_result (id) ON DELETE CASCADE,
        need_id              uuid NOT NULL REFERENCES tech_need (id) ON DELETE CASCADE,
        score                numeric(5,2) NOT NULL CHECK (score BETWEEN 0 AND 100),
        -- The ScoreFactor list: factor, weight, value, contribution, reasonZh, reasonEn.
        factors              jsonb NOT NULL CHECK (jsonb_typeof(factors) = 'array'),
        status               text NOT NULL DEFAULT 'SUGGESTED' CHECK (status IN ${STATUSES}),
        feedback_reason_code text CHECK (feedback_reason_code IN ${REASONS}),
        feedback_comment     text CHECK (char_length(feedback_comment) <= 1000),
        feedback_by          uuid REFERENCES app_user (id) ON DELETE SET NULL,
        feedback_at          timestamptz(3),
        created_at           timestamptz(3) NOT NULL DEFAULT now(),
        updated_at           timestamptz(3) NOT NULL DEFAULT now(),
        status_changed_at    timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (result_id, need_id),
        -- A dismissal always says why: the feedback factor counts reasons.
        CHECK (status <> 'DISMISSED' OR feedback_reason_code IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX match_need_score ON match (need_id, score DESC, result_id)`);
    await q.query(`CREATE INDEX match_result_score ON match (result_id, score DESC, need_id)`);
    await q.query(`CREATE INDEX match_status_changed ON match (status, status_changed_at)`);
    await q.query(`
      CREATE TABLE match_feedback (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        match_id          uuid NOT NULL REFERENCES match (id) ON DELETE CASCADE,
        status            text NOT NULL CHECK (status IN ('SHORTLISTED','DISMISSED')),
        reason_code       text CHECK (reason_code IN ${REASONS}),
        comment           text CHECK (char_length(comment) <= 1000),
        -- The field pair at the time of the feedback: what the feedback factor aggregates over.
        need_field_code   text NOT NULL,
        result_field_code text NOT NULL,
        given_by          uuid REFERENCES app_user (id) ON DELETE SET NULL,
        given_at          timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (status <> 'DISMISSED' OR reason_code IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX match_feedback_match ON match_feedback (match_id, given_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE match_feedback`);
    await q.query(`DROP TABLE match`);
  }
}
