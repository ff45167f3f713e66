import { NotificationMailer } from '@techbridge/brokerage';
import { DataSource } from 'typeorm';

import { certifiedBroker } from '../brokerage/brokerage-helpers';
import { publishedNeed, publishedResult, RESULT_NDA } from '../catalog/catalog-fixtures';
import { createAdmin, eventually, registerAccount, SignedIn, startTestApp, TestApp, verifyOrganizations } from '../support';
import { SmtpTestServer, startSmtpTestServer } from './smtp-test-server';

const PREFS = `mutation($input: MailPreferencesInput!) { setMailPreferences(input: $input) { language notifications dailyDigest } }`;
const MY_PREFS = `{ myMailPreferences { language notifications dailyDigest } }`;
const NOTIFICATIONS = `{ myNotifications(first: 20) { edges { node { kind title } } } }`;
const OPEN = `mutation($resultId: ID!, $needId: ID!) { openDealForPair(resultId: $resultId, needId: $needId) { id } }`;

describe('notifications by mail', () => {
  let smtp: SmtpTestServer;
  let t: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    t = await startTestApp({ worker: true, env: { SMTP_URL: smtp.url, MAIL_RETRY_DELAY_SECONDS: '1', MAIL_DIGEST_HOUR: '8' } });
    admin = await createAdmin(t);
    await certifiedBroker(t, admin, ['JL']);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const kinds = async (account: SignedIn): Promise<string[]> =>
    ((await t.gql(NOTIFICATIONS, {}, account.token)).data?.myNotifications.edges ?? []).map((edge: { node: { kind: string } }) => edge.node.kind);
  const mailsTo = (address: string): string[] => smtp.received.filter((mail) => mail.envelopeTo.includes(address)).map((mail) => mail.parsed.subject ?? '');

  it('mails the owner when someone accepts the NDA of their result, in their language; IN_APP_ONLY gets no mail', async () => {
    const owner = await registerAccount(t, 'UNIVERSITY');
    const reader = await registerAccount(t, 'ENTERPRISE');
    await verifyOrganizations(t, admin, owner, reader);
    expect((await t.gql(MY_PREFS, {}, owner.token)).data?.myMailPreferences).toEqual({ language: 'ZH', notifications: 'MAIL_TOO', dailyDigest: false });
    await t.gql(PREFS, { input: { language: 'EN' } }, owner.token);
    const resultId = await publishedResult(t, owner, admin, { visibility: 'TEASER', title: '硫化物电解质膜' });
    expect((await t.gql(RESULT_NDA, { id: resultId }, reader.token)).errors).toBeUndefined();

    const mail = await smtp.waitFor(owner.email, (item) => item.parsed.subject === 'TechBridge: Someone accepted the NDA of your result');
    expect(mail.parsed.text).toContain('accepted the NDA of "硫化物电解质膜"');
    expect(await kinds(owner)).toContain('RESULT_NDA_ACCEPTED');

    // The same event for an owner who wants the app only: the notification, no mail.
    const quiet = await registerAccount(t, 'UNIVERSITY');
    await verifyOrganizations(t, admin, quiet);
    await t.gql(PREFS, { input: { notifications: 'IN_APP_ONLY' } }, quiet.token);
    const quietResult = await publishedResult(t, quiet, admin, { visibility: 'TEASER' });
    await t.gql(RESULT_NDA, { id: quietResult }, reader.token);
    await eventually(async () => ((await kinds(quiet)).includes('RESULT_NDA_ACCEPTED') ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mailsTo(quiet.email).filter((subject) => subject.includes('保密协议'))).toEqual([]);
  });

  it("mails the enterprise when a deal is opened for its need; with the daily digest the day's notifications come in one mail", async () => {
    const researcher = await registerAccount(t, 'UNIVERSITY');
    const enterprise = await registerAccount(t, 'ENTERPRISE');
    const digest = await registerAccount(t, 'ENTERPRISE');
    await t.gql(PREFS, { input: { dailyDigest: true } }, digest.token);
    await verifyOrganizations(t, admin, researcher, enterprise, digest);

    const needId = await publishedNeed(t, enterprise, { fieldCode: 'JL.SSB', title: '低温快充需求' });
    const resultId = await publishedResult(t, researcher, admin, { fieldCode: 'JL.SSB' });
    expect((await t.gql(OPEN, { resultId, needId }, researcher.token)).errors).toBeUndefined();
    const mail = await smtp.waitFor(enterprise.email, (item) => item.parsed.subject === 'TechBridge: 您的需求有了新的交易');
    expect(mail.parsed.text).toContain('低温快充需求');
    expect(mail.parsed.text).toMatch(/\/deals\/[0-9a-f-]{36}/);

    const digestNeeds = [await publishedNeed(t, digest, { fieldCode: 'JL.SSB' }), await publishedNeed(t, digest, { fieldCode: 'JL.SSB' })];
    for (const id of digestNeeds) {
      const other = await publishedResult(t, researcher, admin, { fieldCode: 'JL.SSB' });
      expect((await t.gql(OPEN, { resultId: other, needId: id }, researcher.token)).errors).toBeUndefined();
    }
    await eventually(async () => ((await kinds(digest)).filter((kind) => kind === 'DEAL_OPENED_FOR_NEED').length === 2 ? true : undefined));
    // Planned for 08:00 Asia/Shanghai, not sent now.
    const planned: { start_after: Date }[] = await eventually(async () => {
      const rows: { start_after: Date }[] = await t.app
        .get(DataSource)
        .query(`SELECT start_after FROM pgboss.job WHERE name = 'brokerage.notification-digest' AND data->'payload'->>'userId' = $1`, [digest.userId]);
      return rows.length > 0 ? rows : undefined;
    });
    expect(new Date(planned[0].start_after).getUTCHours()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(mailsTo(digest.email).filter((subject) => subject.includes('交易'))).toEqual([]);

    // The job's work, run now: one mail with both, and a second run finds nothing left.
    expect(await t.app.get(NotificationMailer).sendDigest(digest.userId)).toBe(2);
    expect(await t.app.get(NotificationMailer).sendDigest(digest.userId)).toBe(0);
    const digestMail = await smtp.waitFor(digest.email, (item) => /每日摘要/.test(item.parsed.subject ?? ''));
    expect(digestMail.parsed.subject).toMatch(/2 条通知$/);
    expect((digestMail.parsed.text ?? '').match(/您的需求有了新的交易/g)).toHaveLength(2);
  });
});
