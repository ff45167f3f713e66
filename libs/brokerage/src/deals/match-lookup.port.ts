import { EntityManager } from 'typeorm';

/** What opening a deal needs to know of a match. */
export interface MatchForDeal {
  id: string;
  resultId: string;
  needId: string;
  status: string;
}

/**
 * The matching lib's side of `openDeal(matchId)`: finding a match and marking it CONVERTED in the
 * deal's transaction. Bound by the composing app (to the matching lib's `MatchService`); brokerage
 * only defines the port, so it does not depend on how matches are stored.
 */
export interface MatchLookup {
  find(matchId: string): Promise<MatchForDeal | null>;
  markConverted(manager: EntityManager, matchId: string): Promise<void>;
}

export const MATCH_LOOKUP = Symbol('MATCH_LOOKUP');
