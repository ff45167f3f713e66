import { DataSource } from 'typeorm';

import { errorCode, registerAccount, SignedIn, startTestApp, TestApp } from '../support';
import {
  Cast,
  cast,
  CLOSE_NEED,
  CREATE_NEED,
  CREATE_RESULT,
  EVALUATE_RESULT,
  GET_NEED,
  GET_RESULT,
  LIST_NEEDS,
  LIST_RESULTS,
  needInput,
  PLEDGE,
  PUBLISH_NEED,
  PUBLISH_RESULT,
  publishedNeed,
  publishedResult,
  RESULT_NDA,
  resultInput,
  SUBMIT_RESULT,
  UPDATE_NEED,
  UPDATE_RESULT,
  WITHDRAW_RESULT,
} from './catalog-fixtures';

describe('catalog over HTTP', () => {
  let t: TestApp;
  let db: DataSource;
  let people: Cast;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    people = await cast(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const count = async (sql: string, params: unknown[] = []): Promise<number> => Number((await db.query(sql, params))[0].n);
  const events = async (id: string): Promise<string[]> =>
    (await db.query(`SELECT type FROM outbox_event WHERE aggregate_id = $1 ORDER BY id`, [id])).map((row: { type: string }) => row.type);

  it('lists the taxonomy publicly: chains and fields with their chain plan', async () => {
    const response = await t.gql(`{ industryFields { code nameZh nameEn chainPlan parentCode } }`);
    expect(response.errors).toBeUndefined();
    const fields = response.data?.industryFields as { code: string; chainPlan: string; parentCode: string | null }[];
    expect(fields.filter((field) => field.parentCode === null).map((field) => field.code)).toEqual(['QL', 'JL', 'BL', 'HC']);
    expect(fields.find((field) => field.code === 'JL.SSB')).toMatchObject({ parentCode: 'JL', chainPlan: '建链', nameZh: '固态电池' });
  });

  it('researcher creates → submits → admin evaluates → publishes; an enterprise then finds it in results', async () => {
    const { researcher, admin, enterprise } = people;
    const created = await t.gql(CREATE_RESULT, { input: resultInput() }, researcher.token);
    expect(created.errors).toBeUndefined();
    const result = created.data?.createResult;
    expect(result).toMatchObject({
      status: 'DRAFT',
      description: '详细工艺参数与配方（保密）。',
      askingPrice: { min: '500000.00', max: '2000000.50', negotiable: false },
      patents: [{ number: 'CN202310123456.6', granted: true }],
      owner: { id: researcher.organizationId },
      evaluation: null,
      publishedAt: null,
    });
    // A draft does not exist for others.
    expect((await t.gql(GET_RESULT, { id: result.id }, enterprise.token)).data?.result).toBeNull();
    expect((await t.gql(GET_RESULT, { id: result.id })).data?.result).toBeNull();

    expect((await t.gql(SUBMIT_RESULT, { id: result.id }, researcher.token)).data?.submitResult.status).toBe('SUBMITTED');
    // Publishing skips the evaluation: illegal, nothing changes.
    expect(errorCode(await t.gql(PUBLISH_RESULT, { id: result.id }, admin.token))).toBe('CONFLICT');
    // Only administrators evaluate.
    expect(
      errorCode(
        await t.gql(EVALUATE_RESULT, { id: result.id, input: { score: 90, technicalMaturity: 80, marketPotential: 70, approve: true } }, researcher.token),
      ),
    ).toBe('FORBIDDEN');
    const evaluated = await t.gql(
      EVALUATE_RESULT,
      { id: result.id, input: { score: 90, technicalMaturity: 80, marketPotential: 70, comment: '好', approve: true } },
      admin.token,
    );
    expect(evaluated.data?.evaluateResult).toMatchObject({ status: 'EVALUATED', evaluation: { score: 90 } });
    const published = await t.gql(PUBLISH_RESULT, { id: result.id }, admin.token);
    expect(published.data?.publishResult.status).toBe('PUBLISHED');
    expect(published.data?.publishResult.publishedAt).not.toBeNull();

    const listed = await t.gql(LIST_RESULTS, { first: 10 }, enterprise.token);
    expect(listed.data?.results.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(result.id);
    const [stamps] = await db.query(`SELECT submitted_at, evaluated_at, published_at FROM research_result WHERE id = $1`, [result.id]);
    expect(stamps.submitted_at).not.toBeNull();
    expect(stamps.evaluated_at).not.toBeNull();
    expect(stamps.published_at).not.toBeNull();
    expect(await events(result.id)).toEqual(['result.created', 'result.submitted', 'result.evaluated', 'result.published']);
  });

  it('a rejected evaluation ends in REJECTED and cannot be published; withdrawal is final', async () => {
    const { researcher, admin } = people;
    const id = (await t.gql(CREATE_RESULT, { input: resultInput() }, researcher.token)).data?.createResult.id;
    await t.gql(SUBMIT_RESULT, { id }, researcher.token);
    const rejected = await t.gql(EVALUATE_RESULT, { id, input: { score: 30, technicalMaturity: 20, marketPotential: 10, approve: false } }, admin.token);
    expect(rejected.data?.evaluateResult.status).toBe('REJECTED');
    expect(errorCode(await t.gql(PUBLISH_RESULT, { id }, admin.token))).toBe('CONFLICT');
    expect(errorCode(await t.gql(SUBMIT_RESULT, { id }, researcher.token))).toBe('CONFLICT');
    expect(await events(id)).toEqual(['result.created', 'result.submitted', 'result.evaluated', 'result.rejected']);

    const other = await publishedResult(t, researcher, admin);
    expect((await t.gql(WITHDRAW_RESULT, { id: other }, researcher.token)).data?.withdrawResult.status).toBe('WITHDRAWN');
    expect(errorCode(await t.gql(WITHDRAW_RESULT, { id: other }, researcher.token))).toBe('CONFLICT');
    expect((await db.query(`SELECT status FROM research_result WHERE id = $1`, [other]))[0].status).toBe('WITHDRAWN');
  });

  it('TEASER hides the description until the NDA is accepted, which is recorded with time and user', async () => {
    const { researcher, admin, enterprise } = people;
    const id = await publishedResult(t, researcher, admin, { visibility: 'TEASER' });
    const before = await t.gql(GET_RESULT, { id }, enterprise.token);
    expect(before.data?.result).toMatchObject({ id, description: null });
    expect((await t.gql(GET_RESULT, { id })).data?.result).toMatchObject({ id, description: null });
    expect(errorCode(await t.gql(RESULT_NDA, { id }))).toBe('UNAUTHENTICATED');
    const accepted = await t.gql(RESULT_NDA, { id }, enterprise.token);
    expect(accepted.data?.acceptResultNda.description).toBe('详细工艺参数与配方（保密）。');
    expect((await t.gql(GET_RESULT, { id }, enterprise.token)).data?.result.description).toBe('详细工艺参数与配方（保密）。');
    const listed = await t.gql(LIST_RESULTS, { first: 100 }, enterprise.token);
    expect(listed.data?.results.edges.find((edge: { node: { id: string } }) => edge.node.id === id)?.node.description).not.toBeNull();
    const [nda] = await db.query(`SELECT user_id, accepted_at FROM catalog_nda_acceptance WHERE item_type = 'RESULT' AND item_id = $1`, [id]);
    expect(nda.user_id).toBe(enterprise.userId);
    expect(nda.accepted_at).toBeInstanceOf(Date);
    // Another enterprise has not accepted it.
    const stranger = await registerAccount(t, 'ENTERPRISE');
    expect((await t.gql(GET_RESULT, { id }, stranger.token)).data?.result.description).toBeNull();
  });

  it('PRIVATE results do not exist for an enterprise: not by id, not in lists, not for the NDA', async () => {
    const { researcher, admin, enterprise } = people;
    const id = await publishedResult(t, researcher, admin, { visibility: 'PRIVATE' });
    expect((await t.gql(GET_RESULT, { id }, enterprise.token)).data?.result).toBeNull();
    const listed = await t.gql(LIST_RESULTS, { first: 100 }, enterprise.token);
    expect(listed.data?.results.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(id);
    expect(errorCode(await t.gql(RESULT_NDA, { id }, enterprise.token))).toBe('NOT_FOUND');
    expect((await t.gql(GET_RESULT, { id }, researcher.token)).data?.result.description).not.toBeNull();
  });

  it("acting on another organization's result: FORBIDDEN when visible, NOT_FOUND when its existence is confidential", async () => {
    const { researcher, otherResearcher, admin } = people;
    const publicId = await publishedResult(t, researcher, admin);
    const draft = (await t.gql(CREATE_RESULT, { input: resultInput() }, researcher.token)).data?.createResult.id;
    const update = { title: '被别人改掉的标题' };
    expect(errorCode(await t.gql(UPDATE_RESULT, { id: publicId, input: update }, otherResearcher.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(UPDATE_RESULT, { id: draft, input: update }, otherResearcher.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(SUBMIT_RESULT, { id: draft }, otherResearcher.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(WITHDRAW_RESULT, { id: publicId }, otherResearcher.token))).toBe('FORBIDDEN');
    expect(await count(`SELECT count(*) AS n FROM research_result WHERE title = $1`, [update.title])).toBe(0);
    // The owner edits; the event says what changed.
    const updated = await t.gql(UPDATE_RESULT, { id: draft, input: { title: '改进后的标题', patents: [] } }, researcher.token);
    expect(updated.data?.updateResult).toMatchObject({ title: '改进后的标题', patents: [] });
    expect(await events(draft)).toEqual(['result.created', 'result.updated']);
  });

  it('enterprises cannot create results; researchers cannot create needs', async () => {
    expect(errorCode(await t.gql(CREATE_RESULT, { input: resultInput() }, people.enterprise.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CREATE_NEED, { input: needInput() }, people.researcher.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CREATE_RESULT, { input: resultInput() }))).toBe('UNAUTHENTICATED');
  });

  it('bad input names the field and writes nothing', async () => {
    const { researcher, enterprise } = people;
    const before = await count(`SELECT count(*) AS n FROM research_result`);
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'abc' }, 'input.title'],
      [{ title: 'x'.repeat(201) }, 'input.title'],
      [{ summary: 's'.repeat(1001) }, 'input.summary'],
      [{ description: 'd'.repeat(20001) }, 'input.description'],
      [{ keywords: Array.from({ length: 21 }, (_, i) => `k${i}`) }, 'input.keywords'],
      [{ keywords: ['k'.repeat(41)] }, 'input.keywords'],
      [{ trl: 0 }, 'input.trl'],
      [{ trl: 10 }, 'input.trl'],
      [{ fieldCode: 'JL.NOPE' }, 'input.fieldCode'],
      [{ fieldCode: 'JL' }, 'input.fieldCode'],
      [{ patents: [{ number: 'CN202310123456.7', title: 'x', granted: false }] }, 'input.patents.0.number'],
      [{ askingPrice: { min: '3', max: '2', negotiable: false } }, 'input.askingPrice'],
      [{ askingPrice: { min: null, max: null, negotiable: false } }, 'input.askingPrice'],
    ];
    for (const [overrides, field] of cases) {
      const response = await t.gql(CREATE_RESULT, { input: resultInput(overrides) }, researcher.token);
      expect([JSON.stringify(overrides).slice(0, 60), errorCode(response)]).toEqual([JSON.stringify(overrides).slice(0, 60), 'BAD_USER_INPUT']);
      expect(Object.keys(response.errors?.[0].extensions?.fields ?? {})).toContain(field);
    }
    // Money: negative, three decimals and above 10^12 are refused by the scalar, naming the path.
    for (const min of ['-1', '1.234', '1000000000000.01']) {
      const response = await t.gql(CREATE_RESULT, { input: resultInput({ askingPrice: { min, max: null, negotiable: false } }) }, researcher.token);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].message).toContain('askingPrice.min');
    }
    // Other offices' numbers are kept as given.
    const foreign = await t.gql(CREATE_RESULT, { input: resultInput({ patents: [{ number: 'US10123456B2', title: 'x', granted: true }] }) }, researcher.token);
    expect(foreign.data?.createResult.patents).toEqual([{ number: 'US10123456B2', title: 'x', granted: true }]);
    expect(await count(`SELECT count(*) AS n FROM research_result`)).toBe(before + 1);

    const needsBefore = await count(`SELECT count(*) AS n FROM tech_need`);
    const past = await t.gql(CREATE_NEED, { input: needInput({ deadline: new Date(Date.now() - 86400_000).toISOString() }) }, enterprise.token);
    expect(Object.keys(past.errors?.[0].extensions?.fields ?? {})).toEqual(['input.deadline']);
    const zeroTarget = await t.gql(CREATE_NEED, { input: needInput({ collectiveTarget: '0' }) }, enterprise.token);
    expect(Object.keys(zeroTarget.errors?.[0].extensions?.fields ?? {})).toEqual(['input.collectiveTarget']);
    const badTrl = await t.gql(CREATE_NEED, { input: needInput({ minTrl: 12 }) }, enterprise.token);
    expect(Object.keys(badTrl.errors?.[0].extensions?.fields ?? {})).toEqual(['input.minTrl']);
    expect(await count(`SELECT count(*) AS n FROM tech_need`)).toBe(needsBefore);
  });

  it('updates of results and needs hold the same text rules: bad input names the field and changes nothing', async () => {
    const { researcher, enterprise } = people;
    const resultId = (await t.gql(CREATE_RESULT, { input: resultInput() }, researcher.token)).data?.createResult.id;
    const needId = (await t.gql(CREATE_NEED, { input: needInput() }, enterprise.token)).data?.createNeed.id;
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'abc' }, 'input.title'],
      [{ summary: 's'.repeat(1001) }, 'input.summary'],
      [{ description: 'd'.repeat(20001) }, 'input.description'],
      [{ keywords: Array.from({ length: 21 }, (_, i) => `k${i}`) }, 'input.keywords'],
      [{ fieldCode: 'JL.NOPE' }, 'input.fieldCode'],
    ];
    for (const [mutation, id, token, table] of [
      [UPDATE_RESULT, resultId, researcher.token, 'research_result'],
      [UPDATE_NEED, needId, enterprise.token, 'tech_need'],
    ] as const) {
      const [before] = await db.query(`SELECT title, summary, description, keywords, field_code, updated_at FROM ${table} WHERE id = $1`, [id]);
      for (const [input, field] of cases) {
        const response = await t.gql(mutation, { id, input }, token);
        expect([table, JSON.stringify(input).slice(0, 40), errorCode(response)]).toEqual([table, JSON.stringify(input).slice(0, 40), 'BAD_USER_INPUT']);
        expect(Object.keys(response.errors?.[0].extensions?.fields ?? {})).toContain(field);
      }
      expect(await db.query(`SELECT title, summary, description, keywords, field_code, updated_at FROM ${table} WHERE id = $1`, [id])).toEqual([before]);
      // Given fields change, the others stay; text is trimmed.
      const response = await t.gql(mutation, { id, input: { title: '  改进后的标题  ', keywords: [' 固态电池 '] } }, token);
      expect(response.errors).toBeUndefined();
      expect(Object.values(response.data ?? {})[0]).toMatchObject({ title: '改进后的标题', keywords: ['固态电池'], summary: before.summary });
    }
  });

  it('needs: DRAFT → PUBLISHED → CLOSED, illegal moves are CONFLICT, events follow each step', async () => {
    const { enterprise, researcher } = people;
    const created = await t.gql(CREATE_NEED, { input: needInput() }, enterprise.token);
    expect(created.errors).toBeUndefined();
    const id = created.data?.createNeed.id;
    expect(created.data?.createNeed).toMatchObject({
      status: 'DRAFT',
      enterprise: { id: enterprise.organizationId },
      collective: null,
      budget: { min: '300000.00' },
    });
    expect((await t.gql(GET_NEED, { id }, researcher.token)).data?.need).toBeNull();
    expect(errorCode(await t.gql(PUBLISH_NEED, { id }, researcher.token))).toBe('NOT_FOUND');
    expect((await t.gql(PUBLISH_NEED, { id }, enterprise.token)).data?.publishNeed.status).toBe('PUBLISHED');
    expect(errorCode(await t.gql(PUBLISH_NEED, { id }, enterprise.token))).toBe('CONFLICT');
    expect((await t.gql(GET_NEED, { id }, researcher.token)).data?.need.status).toBe('PUBLISHED');
    expect(errorCode(await t.gql(CLOSE_NEED, { id }, researcher.token))).toBe('FORBIDDEN');
    expect((await t.gql(CLOSE_NEED, { id }, enterprise.token)).data?.closeNeed.status).toBe('CLOSED');
    expect(errorCode(await t.gql(CLOSE_NEED, { id }, enterprise.token))).toBe('CONFLICT');
    expect(await events(id)).toEqual(['need.created', 'need.published', 'need.status_changed', 'need.closed', 'need.status_changed']);
  });

  it('collective R&D: funded by two pledges, a third is refused with CONFLICT; every change is kept', async () => {
    const { enterprise, admin } = people;
    const verify = async (account: SignedIn) => t.gql(`mutation($id: ID!) { verifyOrganization(id: $id) { id } }`, { id: account.organizationId }, admin.token);
    const [a, b, c, unverified] = [
      await registerAccount(t, 'ENTERPRISE'),
      await registerAccount(t, 'ENTERPRISE'),
      await registerAccount(t, 'ENTERPRISE'),
      await registerAccount(t, 'ENTERPRISE'),
    ];
    for (const account of [a, b, c]) await verify(account);
    const id = await publishedNeed(t, enterprise, { collectiveTarget: '1000000' });

    expect(errorCode(await t.gql(PLEDGE, { needId: id, amount: '100' }, unverified.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(PLEDGE, { needId: id, amount: '100' }, enterprise.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(PLEDGE, { needId: id, amount: '0' }, a.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(PLEDGE, { needId: id, amount: '100' }, people.researcher.token))).toBe('FORBIDDEN');

    const first = await t.gql(PLEDGE, { needId: id, amount: '300000' }, a.token);
    expect(first.data?.pledgeToNeed.collective).toMatchObject({ targetAmount: '1000000.00', pledgedAmount: '300000.00', funded: false });
    // Changeable until funded: one pledge per organization.
    const changed = await t.gql(PLEDGE, { needId: id, amount: '400000' }, a.token);
    expect(changed.data?.pledgeToNeed.collective).toMatchObject({
      pledgedAmount: '400000.00',
      funded: false,
      pledges: [{ organization: { id: a.organizationId }, amount: '400000.00' }],
    });
    const second = await t.gql(PLEDGE, { needId: id, amount: '600000' }, b.token);
    expect(second.data?.pledgeToNeed.collective).toMatchObject({ pledgedAmount: '1000000.00', funded: true });
    expect(second.data?.pledgeToNeed.collective.pledges).toHaveLength(2);

    const third = await t.gql(PLEDGE, { needId: id, amount: '50000' }, c.token);
    expect(errorCode(third)).toBe('CONFLICT');
    expect(third.errors?.[0].extensions?.reason).toBe('ALREADY_FUNDED');
    expect(errorCode(await t.gql(PLEDGE, { needId: id, amount: '1' }, a.token))).toBe('CONFLICT');
    expect(await count(`SELECT count(*) AS n FROM need_pledge WHERE need_id = $1`, [id])).toBe(2);
    expect(await db.query(`SELECT previous_amount, amount FROM need_pledge_change WHERE need_id = $1 ORDER BY changed_at, amount`, [id])).toEqual([
      { previous_amount: null, amount: '300000.00' },
      { previous_amount: '300000.00', amount: '400000.00' },
      { previous_amount: null, amount: '600000.00' },
    ]);
    expect(await events(id)).toEqual(['need.created', 'need.published', 'need.status_changed', 'need.pledged', 'need.pledged', 'need.pledged', 'need.funded']);

    const ordinary = await publishedNeed(t, enterprise);
    expect(errorCode(await t.gql(PLEDGE, { needId: ordinary, amount: '1' }, a.token))).toBe('CONFLICT');
    const listed = await t.gql(LIST_NEEDS, { first: 100, filter: { collective: true } }, a.token);
    expect(listed.data?.needs.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([id]);
  });

  it('concurrent pledges never overshoot into two funded events', async () => {
    const { enterprise, admin } = people;
    const pledgers: SignedIn[] = [];
    for (let i = 0; i < 6; i += 1) {
      const account = await registerAccount(t, 'ENTERPRISE');
      await t.gql(`mutation($id: ID!) { verifyOrganization(id: $id) { id } }`, { id: account.organizationId }, admin.token);
      pledgers.push(account);
    }
    const id = await publishedNeed(t, enterprise, { collectiveTarget: '300' });
    const responses = await Promise.all(pledgers.map((account) => t.gql(PLEDGE, { needId: id, amount: '100' }, account.token)));
    expect(responses.filter((response) => !response.errors)).toHaveLength(3);
    expect(responses.filter((response) => errorCode(response) === 'CONFLICT')).toHaveLength(3);
    expect(await count(`SELECT count(*) AS n FROM outbox_event WHERE aggregate_id = $1 AND type = 'need.funded'`, [id])).toBe(1);
    expect((await db.query(`SELECT pledged_amount FROM tech_need WHERE id = $1`, [id]))[0].pledged_amount).toBe('300.00');
  });

  it('lists are Relay connections: newest first, opaque cursors, first ≤ 100, status filter for owners', async () => {
    const { researcher, admin, enterprise } = people;
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) ids.push(await publishedResult(t, researcher, admin, { fieldCode: 'HC.MDRUG', title: `海洋药物成果 ${i}` }));
    const page1 = await t.gql(LIST_RESULTS, { first: 2, filter: { fieldCodes: ['HC.MDRUG'] } });
    expect(page1.data?.results.totalCount).toBe(3);
    expect(page1.data?.results.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([ids[2], ids[1]]);
    expect(page1.data?.results.pageInfo.hasNextPage).toBe(true);
    const page2 = await t.gql(LIST_RESULTS, { first: 2, after: page1.data?.results.pageInfo.endCursor, filter: { fieldCodes: ['HC'] } });
    expect(page2.data?.results.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([ids[0]]);
    expect(page2.data?.results.pageInfo.hasNextPage).toBe(false);
    expect(errorCode(await t.gql(LIST_RESULTS, { first: 101 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(LIST_RESULTS, { first: 2, after: 'garbage' }))).toBe('BAD_USER_INPUT');

    const draft = (await t.gql(CREATE_RESULT, { input: resultInput({ fieldCode: 'HC.MDRUG' }) }, researcher.token)).data?.createResult.id;
    const drafts = (token?: string) => t.gql(LIST_RESULTS, { first: 100, filter: { status: ['DRAFT'], fieldCodes: ['HC.MDRUG'] } }, token);
    expect((await drafts(researcher.token)).data?.results.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([draft]);
    expect((await drafts(admin.token)).data?.results.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([draft]);
    expect((await drafts(enterprise.token)).data?.results.edges).toEqual([]);
    expect((await drafts()).data?.results.edges).toEqual([]);
    const filtered = await t.gql(LIST_RESULTS, { first: 100, filter: { fieldCodes: ['HC.MDRUG'], minTrl: 6 } });
    expect(filtered.data?.results.totalCount).toBe(0);
    const byMode = await t.gql(LIST_RESULTS, {
      first: 100,
      filter: { fieldCodes: ['HC.MDRUG'], transferModes: ['LICENSE'], maxPrice: '500000', needsPilot: true, ownerId: researcher.organizationId },
    });
    expect(byMode.data?.results.totalCount).toBe(3);
    const tooCheap = await t.gql(LIST_RESULTS, { first: 100, filter: { fieldCodes: ['HC.MDRUG'], maxPrice: '499999.99' } });
    expect(tooCheap.data?.results.totalCount).toBe(0);
  });

  it('an admin selects a published MAJOR_INNOVATION result for a year, nothing else', async () => {
    const { researcher, admin } = people;
    const SELECT = `mutation($id: ID!, $year: Int!) { selectMajorResult(id: $id, year: $year) { id selectedYear } }`;
    const major = await publishedResult(t, researcher, admin, { resultClass: 'MAJOR_INNOVATION' });
    const industrial = await publishedResult(t, researcher, admin);
    expect(errorCode(await t.gql(SELECT, { id: major, year: 2026 }, researcher.token))).toBe('FORBIDDEN');
    expect((await t.gql(SELECT, { id: major, year: 2026 }, admin.token)).data?.selectMajorResult.selectedYear).toBe(2026);
    expect(errorCode(await t.gql(SELECT, { id: industrial, year: 2026 }, admin.token))).toBe('CONFLICT');
    expect(await events(major)).toContain('result.selected');
  });
});
