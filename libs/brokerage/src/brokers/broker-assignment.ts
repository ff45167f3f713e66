import { BROKER_LEVEL_RANK, BrokerLevel } from '@techbridge/identity';
import { EntityManager } from 'typeorm';

/** What the assignment looks at on a broker. */
export interface BrokerCandidate {
  userId: string;
  level: BrokerLevel;
  fieldCodes: readonly string[];
  capacity: number;
  activeDeals: number;
  lastAssignedAt: Date | null;
}

/** The codes that cover a result's field: the field itself and its chain (`JL.SSB` → `JL`). */
export function coveringCodes(fieldCode: string): string[] {
  const dot = fieldCode.indexOf('.');
  return dot > 0 ? [fieldCode, fieldCode.slice(0, dot)] : [fieldCode];
}

export function isEligible(broker: BrokerCandidate, fieldCode: string): boolean {
  const covering = coveringCodes(fieldCode);
  return broker.activeDeals < broker.capacity && broker.fieldCodes.some((code) => covering.includes(code));
}

/**
 * Assignment order: fewest open deals, then the more senior level, then the longest idle (never
 * assigned first), then the user id so the order is total and repeatable.
 */
export function compareBrokers(a: BrokerCandidate, b: BrokerCandidate): number {
  if (a.activeDeals !== b.activeDeals) return a.activeDeals - b.activeDeals;
  const level = BROKER_LEVEL_RANK[b.level] - BROKER_LEVEL_RANK[a.level];
  if (level !== 0) return level;
  const idle = (a.lastAssignedAt?.getTime() ?? -Infinity) - (b.lastAssignedAt?.getTime() ?? -Infinity);
  if (idle !== 0 && !Number.isNaN(idle)) return idle;
  return a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0;
}

/**
 * The eligible brokers for a field, best first. `preferred` (the brokers of the result owner's
 * service team) get first refusal: eligible preferred brokers come before everyone else, each group
 * in the usual order; eligibility itself does not change.
 */
export function rankBrokers(brokers: readonly BrokerCandidate[], fieldCode: string, preferred: readonly string[] = []): BrokerCandidate[] {
  const first = new Set(preferred);
  return brokers
    .filter((broker) => isEligible(broker, fieldCode))
    .sort((a, b) => Number(first.has(b.userId)) - Number(first.has(a.userId)) || compareBrokers(a, b));
}

/**
 * The same choice as `rankBrokers(...)[0]`, made by the database and claimed at once: the chosen
 * row is locked (FOR UPDATE) and its open-deal count raised in the same statement, re-checking
 * `active_deals < capacity` on the locked row. A concurrent assignment waits on that row lock and
 * then sees the new count, so capacity is never exceeded; a broker who filled up meanwhile drops
 * out and the next one in order is taken. Returns the broker's user id, or null when nobody is
 * eligible (the deal then waits, unassigned, in the admins' queue).
 *
 * `preferred` gives first refusal as in `rankBrokers`.
 *
 * Must run inside the caller's transaction: the claim is undone if the deal is not written.
 */
export async function claimBroker(manager: EntityManager, fieldCode: string, now: Date, preferred: readonly string[] = []): Promise<string | null> {
  const rows: { user_id: string }[] = await manager.query(
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
    [coveringCodes(fieldCode), now, [...preferred]],
  );
  // TypeORM returns [rows, affected] for UPDATE … RETURNING on postgres.
  const list = (Array.isArray(rows[0]) ? rows[0] : rows) as { user_id: string }[];
  return list[0]?.user_id ?? null;
}

/**
 * Claims a slot on a named broker (admin assignment), refusing one who is not a certified broker
 * or is full. Returns false when the broker cannot take the deal.
 */
export async function claimNamedBroker(manager: EntityManager, brokerId: string, now: Date): Promise<boolean> {
  const result: unknown[] = await manager.query(
    `UPDATE broker_profile bp
        SET active_deals = bp.active_deals + 1, last_assigned_at = $2, updated_at = now()
       FROM app_user u
      WHERE bp.user_id = $1 AND u.id = bp.user_id AND 'BROKER' = ANY (u.roles) AND bp.active_deals < bp.capacity
  RETURNING bp.user_id`,
    [brokerId, now],
  );
  const list = (Array.isArray(result[0]) ? result[0] : result) as unknown[];
  return list.length > 0;
}

/** Gives a slot back when a deal leaves a broker (signed, lost, or reassigned). */
export async function releaseBroker(manager: EntityManager, brokerId: string): Promise<void> {
  await manager.query(`UPDATE broker_profile SET active_deals = active_deals - 1, updated_at = now() WHERE user_id = $1 AND active_deals > 0`, [brokerId]);
}
