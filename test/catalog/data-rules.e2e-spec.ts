import { Clock } from '@techbridge/brokerage';

import { certifiedBroker } from '../brokerage/brokerage-helpers';
import { createAdmin, errorCode, registerAccount, SignedIn, startTestApp, TestApp, verifyOrganizations } from '../support';
import { CREATE_RESULT, publishedNeed, publishedResult, resultInput } from './catalog-fixtures';

const OPEN = `mutation($resultId: ID!, $needId: ID!) { openDealForPair(resultId: $resultId, needId: $needId) { id dueAt } }`;

/**
 * Data rules of issue 14 over HTTP: Chinese patent application numbers of both forms (8 digits
 * before October 2003, 12 after) with CNIPA's check character, no made-up 9-digit ones; and deal
 * deadlines that count the make-up working weekends of PUBLIC_WORKDAYS (调休).
 */
describe('data rules', () => {
  let t: TestApp;
  let admin: SignedIn;
  let researcher: SignedIn;
  let enterprise: SignedIn;

  beforeAll(async () => {
    // National Day 2026: October 1–7 off; Sunday September 27 and Saturday October 10 are worked.
    t = await startTestApp({ env: { PUBLIC_HOLIDAYS: '2026-10-01,2026-10-02,2026-10-05,2026-10-06,2026-10-07', PUBLIC_WORKDAYS: '2026-09-27,2026-10-10' } });
    admin = await createAdmin(t);
    researcher = await registerAccount(t, 'UNIVERSITY');
    enterprise = await registerAccount(t, 'ENTERPRISE');
    await verifyOrganizations(t, admin, researcher, enterprise);
    await certifiedBroker(t, admin, ['JL']);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  it.each([
    ['CN97101765.4', true],
    ['CN95115608.X', true],
    ['CN 03 1 43220.4', true],
    ['CN03143220.2', false],
    ['CN202310123456.6', true],
    ['CN123456789.5', false],
    ['CN000000005.X', false],
    ['CN97101765.5', false],
  ])('createResult with patent %s → accepted: %s', async (number, accepted) => {
    const response = await t.gql(CREATE_RESULT, { input: resultInput({ patents: [{ number, title: '专利', granted: true }] }) }, researcher.token);
    if (accepted) {
      expect(response.errors).toBeUndefined();
    } else {
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(Object.keys(response.errors?.[0].extensions?.fields ?? {})).toEqual(['input.patents.0.number']);
    }
  });

  it('a deal opened on Friday 25 September 2026 is due after 3 working days counting the worked Sunday', async () => {
    const resultId = await publishedResult(t, researcher, admin, { fieldCode: 'JL.SSB' });
    const needId = await publishedNeed(t, enterprise, { fieldCode: 'JL.SSB' });
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2026-09-25T10:00:00+08:00'));
    const response = await t.gql(OPEN, { resultId, needId }, enterprise.token);
    expect(response.errors).toBeUndefined();
    // Sunday 27, Monday 28, Tuesday 29: due at the end of Tuesday (without 调休: end of Wednesday).
    expect(new Date(response.data?.openDealForPair.dueAt).toISOString()).toBe(new Date('2026-09-30T00:00:00+08:00').toISOString());
  });
});
