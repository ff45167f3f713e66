import { EntityManager } from 'typeorm';

/**
 * A broker's open-deal count (`broker_profile.active_deals`) is identity's column: brokerage
 * decides when a deal takes or gives back a slot, identity does the counting. Each function runs
 * in the caller's transaction, so a claim is undone when the deal is not written.
 */

/**
 * Claims a slot on the best eligible certified broker whose fields overlap `fieldCodes`: the chosen
 * row is locked (FOR UPDATE) and its count raised in the same statement, re-checking
 * `active_deals < capacity` on the locked row, so concurrent claims never exceed capacity.
 * `preferred` brokers get first refusal; then fewest open deals, the more senior level, the
 * longest idle (never assigned first), the user id. Returns the broker's user id, or null.
 */
export async function claimBrokerSlot(
  manager: EntityManager,
  fieldCodes: readonly string[],
  now: Date,
  preferred: readonly string[] = [],
): Promise<string | null> {
  const rows: unknown[] = await manager.query(
    `WITH chosen AS (
       SELECT bp.user_id
         FROM broker_profile bp
         JOIN app_user u ON u.id = bp.user_id
        WHERE 'BROKER' = ANY (u.roles)
          AND bp.active_deals < bp.capacity
          AND bp.field_codes && $1::text[]
        ORDER BY (bp.user_id = ANY ($3::uuid[])) DESC,
                 bp.active_deals ASC,
                 CASE bp.level WHEN 'SENIOR' THEN 3 WHEN 'INTERMEDIATE' THEN 2 ELSE 1 END DESC,
                 bp.last_assigned_at ASC NULLS FIRST,
                 bp.user_id ASC
        LIMIT 1
        FOR UPDATE OF bp
     )
     UPDATE broker_profile bp
        SET active_deals = bp.active_deals + 1, last_assigned_at = $2, updated_at = now()
       FROM chosen
      WHERE bp.user_id = chosen.user_id AND bp.active_deals < bp.capacity
  RETURNING bp.user_id`,
    [[...fieldCodes], now, [...preferred]],
  );
  return returned<{ user_id: string }>(rows)[0]?.user_id ?? null;
}

/** Claims a slot on a named broker; false when they are not a certified broker or are full. */
export async function claimNamedBrokerSlot(manager: EntityManager, brokerId: string, now: Date): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `UPDATE broker_profile bp
        SET active_deals = bp.active_deals + 1, last_assigned_at = $2, updated_at = now()
       FROM app_user u
      WHERE bp.user_id = $1 AND u.id = bp.user_id AND 'BROKER' = ANY (u.roles) AND bp.active_deals < bp.capacity
  RETURNING bp.user_id`,
    [brokerId, now],
  );
  return returned(rows).length > 0;
}

/** Gives a slot back (the deal was signed, lost, or moved to another broker). */
export async function releaseBrokerSlot(manager: EntityManager, brokerId: string): Promise<void> {
  await manager.query(`UPDATE broker_profile SET active_deals = active_deals - 1, updated_at = now() WHERE user_id = $1 AND active_deals > 0`, [brokerId]);
}

/** Whether the user has a broker profile and the BROKER role. */
export async function isCertifiedBroker(manager: EntityManager, userId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM broker_profile bp JOIN app_user u ON u.id = bp.user_id WHERE bp.user_id = $1 AND 'BROKER' = ANY (u.roles)`,
    [userId],
  );
  return rows.length > 0;
}

/** TypeORM returns [rows, affected] for UPDATE … RETURNING on postgres. */
function returned<T>(rows: unknown[]): T[] {
  return (Array.isArray(rows[0]) ? rows[0] : rows) as T[];
}
