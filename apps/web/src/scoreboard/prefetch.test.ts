import { describe, expect, it } from 'vitest';
import { forgetScoreboardPrefetch, scoreboardPolicy, scoreboardVariables, thisYear } from './prefetch';

describe('scoreboard prefetch', () => {
  it("reads the year from the route's query string, this year in Shanghai otherwise", () => {
    expect(scoreboardVariables('?year=2025', true)).toEqual({ year: 2025, scope: 'CITY' });
    expect(scoreboardVariables('', false)).toEqual({ year: thisYear(), scope: null });
    expect(scoreboardVariables('?year=abc', false).year).toBe(thisYear());
    // 16:30 UTC on New Year's Eve is already the new year in Shanghai.
    expect(thisYear(new Date('2025-12-31T16:30:00Z'))).toBe(2026);
  });

  it('asks the network unless this visit prefetched the same variables a moment ago', () => {
    const variables = { year: 2019, scope: 'CITY' as const };
    expect(scoreboardPolicy(variables)).toBe('cache-and-network');
  });

  it('takes a fresh prefetch from the client, not an old or forgotten one', async () => {
    const { prefetchScoreboard } = await import('./prefetch');
    const sent: { variables: unknown; policy: unknown }[] = [];
    const client = {
      query: (_query: unknown, variables: unknown, context: { requestPolicy?: string }) => {
        sent.push({ variables, policy: context.requestPolicy });
        return { toPromise: () => Promise.resolve() };
      },
    };
    // Signed in already (a token in memory): the documents go out at once.
    const session = await import('../auth/session');
    const token = `x.${btoa(JSON.stringify({ exp: Math.floor(Date.now() / 1000) + 3600 }))}.y`;
    session.startSession({ accessToken: token, refreshToken: 'r', user: { id: 'u', roles: ['ADMIN'] } as never });
    prefetchScoreboard(client as never, '?year=2024', true);
    expect(sent.map((request) => request.variables)).toEqual([{ year: 2024, scope: 'CITY' }, { year: 2024, scope: 'CITY' }, {}]);
    const variables = { year: 2024, scope: 'CITY' };
    expect(scoreboardPolicy(variables)).toBe('cache-first');
    expect(scoreboardPolicy(variables, Date.now() + 60_000)).toBe('cache-and-network');
    expect(scoreboardPolicy({ year: 2024, scope: null })).toBe('cache-and-network');
    forgetScoreboardPrefetch(variables);
    expect(scoreboardPolicy(variables)).toBe('cache-and-network');
    session.endSession();
  });
});
