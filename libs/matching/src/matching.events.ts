import { eventTypesOf } from '@techbridge/platform';

import { MatchStatus } from './graphql/match-status.enum';

/** Matching's domain events, event type → payload. */
export interface MatchingEvents {
  'match.status_changed': { needId: string; resultId: string; from: `${MatchStatus}`; to: `${MatchStatus}` };
  /** A learned weight model became the active one: scorers reload their per-field weights. */
  'match_weights.activated': { version: number; previousVersion: number | null; fieldCodes: string[] };
  /** A concept dictionary version became the current one (published or rolled back to); aggregate: the version's id. */
  'concept_dictionary.published': { number: number; rolledBackTo: number | null };
}

export const MATCHING_EVENT_TYPES = eventTypesOf<MatchingEvents>({
  'match.status_changed': true,
  'match_weights.activated': true,
  'concept_dictionary.published': true,
});

declare module '@techbridge/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this lib's map into the union
  interface DomainEventMap extends MatchingEvents {}
}
