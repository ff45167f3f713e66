import { DataSource } from 'typeorm';

import { createAdmin, errorCode, registerAccount, SignedIn, startTestApp, TestApp } from '../support';
import { CREATE_RESULT, resultInput, SUBMIT_RESULT } from './catalog-fixtures';

const EVALUATE = `mutation($id: ID!, $input: EvaluationInput!) { evaluateResult(id: $id, input: $input) { id status resultClass evaluation { score comment approved } } }`;
const scores = { score: 86, technicalMaturity: 80, marketPotential: 90, comment: '建议列入重大成果', approve: true };

describe('evaluation settles the class of the "3" (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: SignedIn;
  let owner: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    admin = await createAdmin(t);
    owner = await registerAccount(t, 'UNIVERSITY');
  });

  afterAll(async () => {
    await t.close();
  });

  async function submitted(resultClass: string): Promise<string> {
    const created = await t.gql(CREATE_RESULT, { input: resultInput({ resultClass }) }, owner.token);
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    const id = created.data.createResult.id as string;
    await t.gql(SUBMIT_RESULT, { id }, owner.token);
    return id;
  }

  it('changes the class when the evaluators name another, keeps it when they name none', async () => {
    const reclassified = await submitted('INDUSTRIAL_INNOVATION');
    const response = await t.gql(EVALUATE, { id: reclassified, input: { ...scores, resultClass: 'MAJOR_INNOVATION' } }, admin.token);
    expect(response.errors).toBeUndefined();
    expect(response.data?.evaluateResult).toMatchObject({
      status: 'EVALUATED',
      resultClass: 'MAJOR_INNOVATION',
      evaluation: { score: 86, comment: '建议列入重大成果', approved: true },
    });

    const kept = await submitted('ENTERPRISE_DEMAND');
    const plain = await t.gql(EVALUATE, { id: kept, input: scores }, admin.token);
    expect(plain.data?.evaluateResult).toMatchObject({ status: 'EVALUATED', resultClass: 'ENTERPRISE_DEMAND' });
  });

  it('refuses an unknown class, bad scores and non-administrators, changing nothing', async () => {
    const id = await submitted('INDUSTRIAL_INNOVATION');
    await expect(t.gql(EVALUATE, { id, input: { ...scores, resultClass: 'GREAT' } }, admin.token).then(errorCode)).resolves.toBe('BAD_USER_INPUT');
    const badScore = await t.gql(EVALUATE, { id, input: { ...scores, score: 101, resultClass: 'MAJOR_INNOVATION' } }, admin.token);
    expect(badScore.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'input.score': expect.anything() } });
    await expect(t.gql(EVALUATE, { id, input: { ...scores, resultClass: 'MAJOR_INNOVATION' } }, owner.token).then(errorCode)).resolves.toBe('FORBIDDEN');
    const [row] = await db.query(`SELECT status, result_class FROM research_result WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'SUBMITTED', result_class: 'INDUSTRIAL_INNOVATION' });
  });
});
