import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Factor weights learned from broker signal (`npm run cli -- matching-train`), one row per
 * (version, field): a version holds a global row (`field_code = '*'`) and one row per industry
 * field that had enough preference pairs. Every trained version is kept, activated or not, with
 * the held-out figures that decided it; at most one version is active, so at most one row per
 * field is.
 */
export class MatchWeightModel1796600021000 implements MigrationInterface {
  name = 'MatchWeightModel1796600021000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE match_weight_model (
        version       integer NOT NULL CHECK (version > 0),
        field_code    text NOT NULL CHECK (char_length(field_code) BETWEEN 1 AND 40),
        -- factor → non-negative weight, summing to 1 (the scorer's normalised weights).
        weights       jsonb NOT NULL CHECK (jsonb_typeof(weights) = 'object'),
        -- nDCG@10 before/after on the held-out needs of this field, held-out needs, loss.
        metrics       jsonb NOT NULL CHECK (jsonb_typeof(metrics) = 'object'),
        training_size integer NOT NULL CHECK (training_size >= 0),
        trained_at    timestamptz(3) NOT NULL DEFAULT now(),
        active        boolean NOT NULL DEFAULT false,
        activated_at  timestamptz(3),
        PRIMARY KEY (version, field_code),
        CHECK (NOT active OR activated_at IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX match_weight_model_one_active ON match_weight_model (field_code) WHERE active`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE match_weight_model`);
  }
}
