import { MatchService } from '@techbridge/matching';
import { DataSource } from 'typeorm';

import { Cast, cast, publishedNeed, publishedResult } from '../catalog/catalog-fixtures';
import { errorCode, eventually, registerAccount, SignedIn, startTestApp, TestApp } from '../support';
import { CATALOGUE, GIVE_FEEDBACK, indexNeeds, indexResults, MATCHES_FOR_NEED, MATCHES_FOR_RESULT, REFRESH_MATCHES } from './matching-helpers';

interface MatchView {
  id: string;
  score: number;
  status: string;
  factors: { factor: string; weight: number; value: number; contribution: number; reasonZh: string; reasonEn: string }[];
  result: { id: string; title: string; fieldCode: string };
  need: { id: string; title: string };
}

const SECRET = '机密配方甲乙丙';
const NEED = {
  title: '固态电池电解质技术需求',
  summary: '寻求用于车规级固态电池的固态电解质材料与制备工艺。',
  keywords: ['固态电池', '固态电解质'],
  fieldCode: 'JL.SSB',
  minTrl: 4,
};

describe('matching over HTTP', () => {
  let t: TestApp;
  let people: Cast;
  let stranger: SignedIn;
  const resultIds: string[] = [];
  let needId: string;

  beforeAll(async () => {
    // The worker runs the outbox relay, so catalog events reach the matching jobs.
    t = await startTestApp({ worker: true });
    people = await cast(t);
    stranger = await registerAccount(t, 'ENTERPRISE');
    for (const [index, overrides] of CATALOGUE.entries()) {
      // The second solid-state result is a teaser whose description must never surface.
      const extra = index === 1 ? { visibility: 'TEASER', description: `工艺细节：${SECRET}` } : {};
      resultIds.push(await publishedResult(t, people.researcher, people.admin, { ...overrides, ...extra }));
    }
    await indexResults(t, resultIds);
  }, 120_000);

  afterAll(async () => {
    await t.close();
  });

  const matchesForNeed = async (id: string, token: string): Promise<MatchView[]> => {
    const response = await t.gql<{ matchesForNeed: MatchView[] }>(MATCHES_FOR_NEED, { needId: id, first: 50 }, token);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.matchesForNeed;
  };

  it('matches a published need about 固态电池 电解质 with the solid-state battery results first, explained', async () => {
    needId = await publishedNeed(t, people.enterprise, NEED);
    // need.published reaches the recompute job through the outbox.
    const fromJob = await eventually(async () => {
      const list = await matchesForNeed(needId, people.enterprise.token);
      return list.length >= 4 ? list : undefined;
    });
    const refreshed = await t.gql<{ refreshMatches: MatchView[] }>(REFRESH_MATCHES, { needId }, people.enterprise.token);
    expect(refreshed.errors).toBeUndefined();
    const matches = refreshed.data!.refreshMatches;
    expect(matches.map((match) => match.id).sort()).toEqual(fromJob.map((match) => match.id).sort());
    const ssb = new Set(resultIds.slice(0, 4));
    expect(matches.slice(0, 4).map((match) => match.result.fieldCode)).toEqual(['JL.SSB', 'JL.SSB', 'JL.SSB', 'JL.SSB']);
    expect(matches.slice(0, 4).every((match) => ssb.has(match.result.id))).toBe(true);
    expect(matches[0].result.title).toMatch(/固态.*电解质/);
    for (const [index, match] of matches.entries()) {
      if (index > 0) expect(match.score).toBeLessThanOrEqual(matches[index - 1].score);
      expect(match.status).toBe('SUGGESTED');
      expect(match.need.id).toBe(needId);
      expect(match.factors.map((factor) => factor.factor)).toEqual([
        'text',
        'concept',
        'field',
        'maturity',
        'price',
        'mode',
        'region',
        'ip',
        'freshness',
        'feedback',
      ]);
      const sum = match.factors.reduce((total, factor) => total + factor.contribution, 0);
      expect(Math.abs(sum - match.score)).toBeLessThan(0.005);
      expect(match.score).toBeGreaterThan(0);
      expect(match.score).toBeLessThanOrEqual(100);
      expect(JSON.stringify(match.factors)).not.toContain(SECRET);
    }
    const top = matches[0].factors;
    expect(top.find((factor) => factor.factor === 'text')!.reasonZh).toMatch(/固态/);
    expect(top.find((factor) => factor.factor === 'field')!.value).toBe(1);
    // Results of other chains rank below every solid-state result.
    const firstOther = matches.findIndex((match) => !ssb.has(match.result.id));
    if (firstOther >= 0) expect(firstOther).toBe(4);
  });

  it('keeps a dismissed match dismissed when the need is recomputed', async () => {
    const before = await matchesForNeed(needId, people.enterprise.token);
    const target = before[1];
    const dismissed = await t.gql<{ giveMatchFeedback: MatchView }>(
      GIVE_FEEDBACK,
      { matchId: target.id, input: { status: 'DISMISSED', reasonCode: 'ALREADY_KNOWN', comment: '已在合作' } },
      people.enterprise.token,
    );
    expect(dismissed.errors).toBeUndefined();
    expect(dismissed.data!.giveMatchFeedback.status).toBe('DISMISSED');
    const refreshed = await t.gql<{ refreshMatches: MatchView[] }>(REFRESH_MATCHES, { needId }, people.enterprise.token);
    expect(refreshed.errors).toBeUndefined();
    const again = refreshed.data!.refreshMatches.find((match) => match.id === target.id);
    expect(again?.status).toBe('DISMISSED');
    expect(again?.result.id).toBe(target.result.id);
    // The feedback factor now counts the pair's feedback (ALREADY_KNOWN counts as positive).
    expect(again!.factors.find((factor) => factor.factor === 'feedback')!.value).toBeGreaterThan(0.5);
    const rows: { status: string; reason_code: string }[] = await t.app
      .get(DataSource)
      .query(`SELECT status, reason_code FROM match_feedback WHERE match_id = $1`, [target.id]);
    expect(rows).toEqual([{ status: 'DISMISSED', reason_code: 'ALREADY_KNOWN' }]);
  });

  it('shortlists, and shows the matches to the result’s owner and to brokers, never to strangers', async () => {
    const list = await matchesForNeed(needId, people.enterprise.token);
    const shortlisted = await t.gql(GIVE_FEEDBACK, { matchId: list[0].id, input: { status: 'SHORTLISTED' } }, people.broker.token);
    expect(shortlisted.errors).toBeUndefined();
    expect(shortlisted.data!.giveMatchFeedback.status).toBe('SHORTLISTED');

    const asBroker = await matchesForNeed(needId, people.broker.token);
    expect(asBroker.map((match) => match.id)).toEqual(list.map((match) => match.id));
    const asAdmin = await matchesForNeed(needId, people.admin.token);
    expect(asAdmin).toHaveLength(list.length);

    const forResult = await t.gql<{ matchesForResult: MatchView[] }>(MATCHES_FOR_RESULT, { resultId: list[0].result.id }, people.researcher.token);
    expect(forResult.errors).toBeUndefined();
    expect(forResult.data!.matchesForResult.map((match) => match.need.id)).toEqual([needId]);

    for (const [query, variables] of [
      [MATCHES_FOR_NEED, { needId }],
      [MATCHES_FOR_RESULT, { resultId: list[0].result.id }],
      [REFRESH_MATCHES, { needId }],
      [GIVE_FEEDBACK, { matchId: list[0].id, input: { status: 'DISMISSED', reasonCode: 'OTHER' } }],
    ] as const) {
      const response = await t.gql(query, variables, stranger.token);
      expect(response.data).toBeNull();
      expect(errorCode(response)).toBe('FORBIDDEN');
    }
    // The result's owner sees the matches of its result, not the need's list.
    expect(errorCode(await t.gql(MATCHES_FOR_NEED, { needId }, people.researcher.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(MATCHES_FOR_NEED, { needId }))).toBe('UNAUTHENTICATED');
  });

  it('hides a private need’s matches from everyone outside it (NOT_FOUND) and refuses unknown ids', async () => {
    const privateNeed = await publishedNeed(t, people.enterprise, { ...NEED, title: '固态电解质保密需求', visibility: 'PRIVATE' });
    const own = await t.gql<{ refreshMatches: MatchView[] }>(REFRESH_MATCHES, { needId: privateNeed }, people.enterprise.token);
    expect(own.errors).toBeUndefined();
    expect(own.data!.refreshMatches.length).toBeGreaterThanOrEqual(4);
    expect(errorCode(await t.gql(MATCHES_FOR_NEED, { needId: privateNeed }, stranger.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(GIVE_FEEDBACK, { matchId: own.data!.refreshMatches[0].id, input: { status: 'SHORTLISTED' } }, stranger.token))).toBe(
      'NOT_FOUND',
    );
    // The result's owner does not see the private need among its result's matches.
    const forResult = await t.gql<{ matchesForResult: MatchView[] }>(
      MATCHES_FOR_RESULT,
      { resultId: own.data!.refreshMatches[0].result.id },
      people.researcher.token,
    );
    expect(forResult.data!.matchesForResult.map((match) => match.need.id)).not.toContain(privateNeed);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(errorCode(await t.gql(MATCHES_FOR_NEED, { needId: unknown }, people.admin.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(GIVE_FEEDBACK, { matchId: unknown, input: { status: 'SHORTLISTED' } }, people.admin.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(MATCHES_FOR_NEED, { needId: 'not-a-uuid' }, people.admin.token))).toBe('BAD_USER_INPUT');
  });

  it('refuses feedback outside the closed list with BAD_USER_INPUT', async () => {
    const [match] = await matchesForNeed(needId, people.enterprise.token);
    const cases: [Record<string, unknown>, string][] = [
      [{ status: 'SUGGESTED' }, 'input.status'],
      [{ status: 'CONVERTED' }, 'input.status'],
      [{ status: 'DISMISSED' }, 'input.reasonCode'],
      [{ status: 'DISMISSED', reasonCode: 'TOO_EXPENSIVE' }, 'input.reasonCode'],
      [{ status: 'SHORTLISTED', reasonCode: 'wrong_field' }, 'input.reasonCode'],
      [{ status: 'DISMISSED', reasonCode: 'OTHER', comment: 'x'.repeat(1001) }, 'input.comment'],
    ];
    for (const [input, field] of cases) {
      const response = await t.gql(GIVE_FEEDBACK, { matchId: match.id, input }, people.enterprise.token);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(Object.keys(response.errors![0].extensions!.fields ?? {})).toContain(field);
    }
    const invalidEnum = await t.gql(GIVE_FEEDBACK, { matchId: match.id, input: { status: 'MAYBE' } }, people.enterprise.token);
    expect(errorCode(invalidEnum)).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(MATCHES_FOR_NEED, { needId, first: 0 }, people.enterprise.token))).toBe('BAD_USER_INPUT');
    const after = await matchesForNeed(needId, people.enterprise.token);
    expect(after.find((entry) => entry.id === match.id)!.status).toBe(match.status);
  });

  it('lets the deal pipeline read and convert a match; a converted match takes no more feedback', async () => {
    const [match] = await matchesForNeed(needId, people.enterprise.token);
    const service = t.app.get(MatchService);
    await expect(service.getForDeal(match.id)).resolves.toEqual({ id: match.id, resultId: match.result.id, needId, status: match.status });
    await t.app.get(DataSource).transaction((manager) => service.markConverted(manager, match.id));
    await expect(service.getForDeal(match.id)).resolves.toMatchObject({ status: 'CONVERTED' });
    await expect(service.getForDeal('00000000-0000-4000-8000-000000000000')).resolves.toBeNull();
    const refused = await t.gql(GIVE_FEEDBACK, { matchId: match.id, input: { status: 'DISMISSED', reasonCode: 'PRICE' } }, people.enterprise.token);
    expect(errorCode(refused)).toBe('CONFLICT');
    const refreshed = await t.gql<{ refreshMatches: MatchView[] }>(REFRESH_MATCHES, { needId }, people.enterprise.token);
    expect(refreshed.data!.refreshMatches.find((entry) => entry.id === match.id)?.status).toBe('CONVERTED');
  });

  it('scores a newly published result against the needs it fits (result.published job)', async () => {
    // The needs index is fed directly here too.
    await indexNeeds(t, [needId]);
    const fresh = await publishedResult(t, people.otherResearcher, people.admin, {
      title: '硫化物固态电解质与锂金属负极',
      summary: '面向固态电池的硫化物固态电解质。',
      keywords: ['固态电解质', '固态电池'],
      fieldCode: 'JL.SSB',
      trl: 6,
    });
    const matches = await eventually(async () => {
      const response = await t.gql<{ matchesForResult: MatchView[] }>(MATCHES_FOR_RESULT, { resultId: fresh }, people.otherResearcher.token);
      const list = response.data?.matchesForResult ?? [];
      return list.length > 0 ? list : undefined;
    });
    expect(matches.map((match) => match.need.id)).toContain(needId);
  });

  it('openDeal(matchId) over HTTP opens a deal from a match, converts the match and links it; a second open is a CONFLICT', async () => {
    const list = await matchesForNeed(needId, people.enterprise.token);
    const match = list.find((entry) => entry.status === 'SUGGESTED')!;
    expect(match).toBeDefined();
    const OPEN = `mutation($matchId: ID!) { openDeal(matchId: $matchId) { id stage result { id } need { id } match { id status } } }`;
    const stranger = await registerAccount(t, 'ENTERPRISE');
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(errorCode(await t.gql(OPEN, { matchId: match.id }, stranger.token)));
    expect(errorCode(await t.gql(OPEN, { matchId: '00000000-0000-4000-8000-000000000000' }, people.enterprise.token))).toBe('NOT_FOUND');
    const opened = await t.gql(OPEN, { matchId: match.id }, people.enterprise.token);
    expect(opened.errors).toBeUndefined();
    expect(opened.data?.openDeal).toMatchObject({
      stage: 'INTRODUCED',
      result: { id: match.result.id },
      need: { id: needId },
      match: { id: match.id, status: 'CONVERTED' },
    });
    const again = await t.gql(OPEN, { matchId: match.id }, people.enterprise.token);
    expect(errorCode(again)).toBe('CONFLICT');
  });
});
