import { publishedResult } from '../catalog/catalog-fixtures';
import { createAdmin, registerAccount, SignedIn, startTestApp, TestApp } from '../support';
import { createPlatform } from './pilot-fixtures';

const SUGGESTIONS = `query($id: ID!, $first: Int) { result(id: $id) { id suggestedPilotPlatforms(first: $first) {
  score platform { id name operator { id } } reasons { factor points zh en } } } }`;

describe('pilot platform suggestions on results (e2e)', () => {
  let t: TestApp;
  let admin: SignedIn;
  let owner: SignedIn;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    admin = await createAdmin(t);
    owner = await registerAccount(t, 'UNIVERSITY', { district: '高新区' });
    const operator = await registerAccount(t, 'INNOVATION_PLATFORM');
    ids.sameField = await createPlatform(t, operator, {
      name: '固态电池中试线',
      fieldCodes: ['JL.SSB'],
      capabilities: ['固态电解质膜涂布', '百公斤级中试'],
      district: '高新区',
    });
    ids.sameChain = await createPlatform(t, operator, { name: '氢能中试平台', fieldCodes: ['JL.H2'], capabilities: ['电堆组装'], district: '西海岸新区' });
    ids.capability = await createPlatform(t, operator, {
      name: '化工中试基地',
      fieldCodes: ['QL.CHEM'],
      capabilities: ['硫化物合成', '反应釜放大'],
      district: '西海岸新区',
    });
    ids.unrelated = await createPlatform(t, operator, { name: '深海装备试验场', fieldCodes: ['HC.DEEP'], capabilities: ['高压舱测试'], district: '高新区' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('ranks platforms for a published result that needs pilot trials, with reasons in Chinese and English', async () => {
    const resultId = await publishedResult(t, owner, admin, { needsPilot: true });
    const response = await t.gql(SUGGESTIONS, { id: resultId, first: 10 });
    expect(response.errors).toBeUndefined();
    const suggestions = response.data?.result.suggestedPilotPlatforms as {
      score: number;
      platform: { id: string };
      reasons: { factor: string; points: number; zh: string; en: string }[];
    }[];
    const order = suggestions.map((s) => s.platform.id);
    expect(order).toEqual([ids.sameField, ids.sameChain, ids.capability]);
    expect(suggestions.map((s) => s.score)).toEqual([...suggestions.map((s) => s.score)].sort((a, b) => b - a));
    expect(suggestions[0].reasons.map((r) => r.factor)).toEqual(['FIELD', 'CAPABILITY', 'DISTRICT']);
    expect(suggestions[0].score).toBe(suggestions[0].reasons.reduce((sum, r) => sum + r.points, 0));
    expect(suggestions[1].reasons.map((r) => r.factor)).toEqual(['CHAIN']);
    expect(suggestions[2].reasons).toEqual([
      expect.objectContaining({ factor: 'CAPABILITY', zh: expect.stringContaining('硫化物合成'), en: expect.stringContaining('硫化物') }),
    ]);
    for (const reason of suggestions.flatMap((s) => s.reasons)) {
      expect(reason.zh).toMatch(/\p{Script=Han}/u);
      expect(reason.en).toMatch(/[A-Za-z]{3}/);
    }

    const top = await t.gql(SUGGESTIONS, { id: resultId, first: 1 }, owner.token);
    expect(top.data?.result.suggestedPilotPlatforms.map((s: { platform: { id: string } }) => s.platform.id)).toEqual([ids.sameField]);
  });

  it('suggests nothing for a result that does not need pilot trials', async () => {
    const resultId = await publishedResult(t, owner, admin, { needsPilot: false });
    const response = await t.gql(SUGGESTIONS, { id: resultId });
    expect(response.errors).toBeUndefined();
    expect(response.data?.result.suggestedPilotPlatforms).toEqual([]);
  });
});
