import { DealStage } from './deal-stage.enum';

/** Who is asking, relative to one deal. */
export enum DealActor {
  /** The deal's assigned broker. */
  BROKER_OF_RECORD = 'BROKER_OF_RECORD',
  ADMIN = 'ADMIN',
  /** A member of the result's owner organization or of the need's enterprise. */
  PARTY = 'PARTY',
  /** Anyone else, other brokers included. */
  OTHER = 'OTHER',
}

/**
 * The mutation a stage change comes through: `advance`, `signContract`, or accepting the latest
 * offer in the deal's conversation (`acceptOffer`).
 */
export type DealMove = 'advance' | 'signContract' | 'acceptOffer';

interface TransitionRule {
  by: readonly DealActor[];
  /** Only this mutation may make the move. */
  via: DealMove;
  /** The move needs a written reason (LOST). */
  reasonRequired: boolean;
}

const STAFF = [DealActor.BROKER_OF_RECORD, DealActor.ADMIN] as const;
const STAFF_AND_PARTIES = [DealActor.BROKER_OF_RECORD, DealActor.ADMIN, DealActor.PARTY] as const;
const forward: TransitionRule = { by: STAFF, via: 'advance', reasonRequired: false };
const lose: TransitionRule = { by: STAFF_AND_PARTIES, via: 'advance', reasonRequired: true };
/**
 * Accepting the other side's offer agrees the terms. The broker of record and the parties may do
 * it (that the acceptor is on the other side than the offer's author is checked by the deal
 * service, which knows who made the offer); administrators are not in the negotiation.
 */
const acceptOffer: TransitionRule = { by: [DealActor.BROKER_OF_RECORD, DealActor.PARTY], via: 'acceptOffer', reasonRequired: false };

/**
 * Every legal stage change, the mutations that make it and who may use each. Anything not listed
 * is illegal. Parties may only give a deal up (with a reason) or accept an offer while
 * negotiating; the contract is signed only through `signContract`, which records the contract in
 * the same transaction.
 */
export const DEAL_TRANSITIONS: Readonly<Record<DealStage, Partial<Record<DealStage, readonly TransitionRule[]>>>> = {
  [DealStage.INTRODUCED]: { [DealStage.NEGOTIATING]: [forward], [DealStage.LOST]: [lose] },
  [DealStage.NEGOTIATING]: { [DealStage.TERMS_AGREED]: [forward, acceptOffer], [DealStage.LOST]: [lose] },
  [DealStage.TERMS_AGREED]: { [DealStage.CONTRACT_SIGNED]: [{ by: STAFF, via: 'signContract', reasonRequired: false }], [DealStage.LOST]: [lose] },
  [DealStage.CONTRACT_SIGNED]: {},
  [DealStage.LOST]: {},
};

export type TransitionVerdict =
  | { ok: true; reasonRequired: boolean }
  /** Not a move of the pipeline from this stage (CONFLICT). */
  | { ok: false; refusal: 'ILLEGAL_TRANSITION' }
  /** A legal move that this mutation does not make (e.g. CONTRACT_SIGNED through advance). */
  | { ok: false; refusal: 'WRONG_MUTATION'; via: DealMove }
  /** A legal move this actor may not make (FORBIDDEN). */
  | { ok: false; refusal: 'NOT_ALLOWED' };

export function judgeTransition(from: DealStage, to: DealStage, actor: DealActor, move: DealMove): TransitionVerdict {
  const rules = DEAL_TRANSITIONS[from][to];
  if (!rules || rules.length === 0) return { ok: false, refusal: 'ILLEGAL_TRANSITION' };
  const rule = rules.find((candidate) => candidate.via === move);
  if (!rule) return { ok: false, refusal: 'WRONG_MUTATION', via: rules[0].via };
  if (!rule.by.includes(actor)) return { ok: false, refusal: 'NOT_ALLOWED' };
  return { ok: true, reasonRequired: rule.reasonRequired };
}

/** A move the transition table offers an actor from a stage, with the mutation that makes it. */
export interface AllowedMove {
  to: DealStage;
  via: DealMove;
  reasonRequired: boolean;
}

/**
 * Every move `actor` may make from `from`, read off DEAL_TRANSITIONS (one entry per target and
 * mutation), in the table's order: what a client may offer without keeping its own copy.
 */
export function allowedMoves(from: DealStage, actor: DealActor): AllowedMove[] {
  const moves: AllowedMove[] = [];
  for (const [to, rules] of Object.entries(DEAL_TRANSITIONS[from]) as [DealStage, readonly TransitionRule[]][]) {
    for (const rule of rules) if (rule.by.includes(actor)) moves.push({ to, via: rule.via, reasonRequired: rule.reasonRequired });
  }
  return moves;
}
