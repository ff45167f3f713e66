import { BROKER_LEVEL_RANK, BrokerLevel, claimBrokerSlot } from '@techbridge/identity';
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
 * The same choice as `rankBrokers(...)[0]`, made by the database and claimed at once (identity
 * counts the slots: `claimBrokerSlot`). Returns the broker's user id, or null when nobody is
 * eligible (the deal then waits, unassigned, in the admins' queue). `preferred` gives first
 * refusal as in `rankBrokers`.
 *
 * Must run inside the caller's transaction: the claim is undone if the deal is not written.
 */
export async function claimBroker(manager: EntityManager, fieldCode: string, now: Date, preferred: readonly string[] = []): Promise<string | null> {
  return claimBrokerSlot(manager, coveringCodes(fieldCode), now, preferred);
}
