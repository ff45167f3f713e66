import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Verified e-mail addresses and single-use account tokens (password reset, e-mail verification).
 * Accounts that exist before this migration count as verified: they were created by seeds or
 * administrators, or registered before addresses were checked.
 */
export class AccountTokens1796220078380 implements MigrationInterface {
  name = 'AccountTokens1796220078380';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN email_verified_at timestamptz`);
    await q.query(`UPDATE app_user SET email_verified_at = created_at`);
    await q.query(`
      CREATE TABLE account_token (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id     uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        purpose     text NOT NULL CHECK (purpose IN ('PASSWORD_RESET','EMAIL_VERIFICATION')),
        token_hash  text NOT NULL,
        expires_at  timestamptz NOT NULL,
        used_at     timestamptz,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX account_token_user ON account_token (user_id, purpose, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE account_token`);
    await q.query(`ALTER TABLE app_user DROP COLUMN email_verified_at`);
  }
}
