import { createHash, randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export type AccountTokenPurpose = 'PASSWORD_RESET' | 'EMAIL_VERIFICATION';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const TOKEN_SHAPE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

/**
 * Single-use tokens sent by mail, as `<id>.<secret>`: only the secret's SHA-256 is stored, so a
 * copy of the database cannot reset anyone's password.
 */
@Injectable()
export class AccountTokenStore {
  /** Issues a token; earlier unused tokens of the same purpose stop working (the latest mail wins). */
  async issue(manager: EntityManager, userId: string, purpose: AccountTokenPurpose, ttlSeconds: number): Promise<string> {
    await manager.query(`UPDATE account_token SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [userId, purpose]);
    const secret = randomBytes(32).toString('base64url');
    const [row] = (await manager.query(
      `INSERT INTO account_token (user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4)) RETURNING id`,
      [userId, purpose, sha256(secret), ttlSeconds],
    )) as { id: string }[];
    return `${row.id}.${secret}`;
  }

  /** Tokens of this purpose issued to the user since `seconds` ago (the per-address rate limit). */
  async issuedSince(manager: EntityManager, userId: string, purpose: AccountTokenPurpose, seconds: number): Promise<number> {
    const [row] = (await manager.query(
      `SELECT count(*)::int AS n FROM account_token WHERE user_id = $1 AND purpose = $2 AND created_at > now() - make_interval(secs => $3)`,
      [userId, purpose, seconds],
    )) as { n: number }[];
    return row.n;
  }

  /**
   * Uses a token up inside the caller's transaction: returns its user when it is well formed,
   * of this purpose, unused and unexpired; null otherwise. The row lock makes two concurrent
   * uses of one token succeed once.
   */
  async consume(manager: EntityManager, presented: string, purpose: AccountTokenPurpose): Promise<string | null> {
    const match = TOKEN_SHAPE.exec(presented.trim());
    if (!match) return null;
    const [row] = (await manager.query(
      `SELECT user_id, token_hash, used_at, expires_at <= now() AS expired FROM account_token WHERE id = $1 AND purpose = $2 FOR UPDATE`,
      [match[1], purpose],
    )) as {
      user_id: string;
      token_hash: string;
      used_at: Date | null;
      expired: boolean;
    }[];
    if (!row || row.token_hash !== sha256(match[2]) || row.used_at !== null || row.expired) return null;
    await manager.query(`UPDATE account_token SET used_at = now() WHERE id = $1`, [match[1]]);
    return row.user_id;
  }
}
