import type { Client } from 'urql';
import { accessTokenExpired, getAccessToken, hasRefreshToken, subscribe } from '../auth/session';
import { whenSessionReady } from '../auth/useSession';
import { IndustryFieldsDocument } from '../public/useIndustryFields';
import { ScoreboardBreakdownsQuery, ScoreboardQuery } from './documents';

/** The scoreboard's year in Shanghai (the KPIs' calendar), as the page defaults to it. */
export function thisYear(now = new Date()): number {
  return Number(now.toLocaleString('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }));
}

export function scoreboardVariables(search: string, admin: boolean): { year: number; scope: 'CITY' | null } {
  return { year: Number(new URLSearchParams(search).get('year')) || thisYear(), scope: admin ? 'CITY' : null };
}

const key = (variables: { year: number; scope: string | null }) => `${variables.year}:${variables.scope ?? ''}`;

/** Prefetches taken for a page's first render no later than this: older ones are asked for again. */
const FRESH_MS = 10_000;
const prefetched = new Map<string, number>();

/**
 * Starts the page's two documents and the field names at route match, without waiting for any of
 * the page's code: at once when the session has a token, otherwise the moment the boot-time
 * refresh brings one, inside the session's own change notice (ahead of the render that notice
 * schedules, which would otherwise go first). The page, rendered later, takes the answers from the
 * client (in flight or cached) rather than asking again. The charts' chunk (ECharts) is fetched
 * right after them. Signed out, nothing is asked for but that chunk.
 */
export function prefetchScoreboard(client: Client, search: string, admin: boolean): void {
  const variables = scoreboardVariables(search, admin);
  const start = () => {
    prefetched.set(key(variables), Date.now());
    void client.query(ScoreboardQuery, variables, { requestPolicy: 'network-only' }).toPromise();
    void client.query(ScoreboardBreakdownsQuery, variables, { requestPolicy: 'network-only' }).toPromise();
    void client.query(IndustryFieldsDocument, {}, { requestPolicy: 'cache-first' }).toPromise();
    charts();
  };
  // ECharts (170 KB compressed) after the page's own chunks and, with a session, after its requests: on a slow line it would hold them up.
  const charts = () => void import('./ScoreboardCharts').catch(() => undefined);
  if (getAccessToken() && !accessTokenExpired()) return start();
  if (!hasRefreshToken()) return charts();
  const off = subscribe((event) => {
    if (event !== 'changed' || !getAccessToken()) return;
    off();
    start();
  });
  void whenSessionReady().then(off);
}

/**
 * The page's request policy for `variables`: straight from the client when this visit's prefetch
 * asked for them a moment ago (no second request for the same answer), otherwise cache and network.
 */
export function scoreboardPolicy(variables: { year: number; scope: string | null }, now = Date.now()): 'cache-first' | 'cache-and-network' {
  const at = prefetched.get(key(variables));
  return at !== undefined && now - at < FRESH_MS ? 'cache-first' : 'cache-and-network';
}

/** The page has left: a later visit asks the network again. */
export function forgetScoreboardPrefetch(variables: { year: number; scope: string | null }): void {
  prefetched.delete(key(variables));
}
