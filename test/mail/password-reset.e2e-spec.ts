import { DataSource } from 'typeorm';

import { createAdmin, errorCode, eventually, login, registerAccount, startTestApp, TEST_PASSWORD, TestApp } from '../support';
import { SmtpTestServer, startSmtpTestServer, tokenFromMail } from './smtp-test-server';

const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { accessToken refreshToken user { id email emailVerified } } }`;
const REFRESH = `mutation($token: String!) { refreshToken(token: $token) { accessToken } }`;
const PREFS = `mutation($input: MailPreferencesInput!) { setMailPreferences(input: $input) { language notifications dailyDigest } }`;

describe('password reset by mail (real SMTP server in the test)', () => {
  let smtp: SmtpTestServer;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    t = await startTestApp({
      worker: true,
      env: {
        SMTP_URL: smtp.url,
        APP_URL: 'https://techbridge.example',
        MAIL_RETRY_DELAY_SECONDS: '1',
        PASSWORD_RESET_MAX_PER_HOUR: '2',
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const mailRows = async (
    address: string,
  ): Promise<
    {
      template: string;
      status: string;
      text_body: string | null;
      attempts: number;
    }[]
  > => t.app.get(DataSource).query(`SELECT template, status, text_body, attempts FROM mail_message WHERE to_address = $1 ORDER BY created_at`, [address]);

  it('forgot password → mail at the SMTP server → the link resets it → old refresh tokens fail → the token works once', async () => {
    const account = await registerAccount(t, 'UNIVERSITY');
    const otherSession = await login(t, account.email);

    expect((await t.gql(REQUEST, { email: account.email.toUpperCase() })).data?.requestPasswordReset).toBe(true);
    const mail = await smtp.waitFor(account.email, (item) => /密码重置/.test(item.parsed.subject ?? ''));
    expect(mail.parsed.from?.text).toContain('no-reply@techbridge.local');
    expect(mail.parsed.html).toContain('https://techbridge.example/reset-password?token=');
    const token = tokenFromMail(mail, '/reset-password');

    const reset = await t.gql(RESET, {
      token,
      password: 'a brand new passphrase',
    });
    expect(reset.errors).toBeUndefined();
    expect(reset.data?.resetPassword.user).toMatchObject({
      id: account.userId,
      emailVerified: true,
    });

    // Every session from before the reset is over; the one it returned works.
    for (const old of [account.refreshToken, otherSession.refreshToken]) expect(errorCode(await t.gql(REFRESH, { token: old }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(REFRESH, { token: reset.data?.resetPassword.refreshToken })).errors).toBeUndefined();

    const again = await t.gql(RESET, {
      token,
      password: 'yet another passphrase',
    });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0].extensions?.fields).toEqual({
      token: ['is invalid, used or expired'],
    });
    await expect(login(t, account.email, TEST_PASSWORD)).rejects.toThrow();
    await expect(login(t, account.email, 'a brand new passphrase')).resolves.toMatchObject({ userId: account.userId });
    // Sent mail keeps no body: it held the single-use link.
    const rows = await mailRows(account.email);
    expect(rows.find((row) => row.template === 'password-reset')).toMatchObject({ status: 'SENT', text_body: null });
  });

  it('answers true for an unknown address and sends nothing; malformed input is BAD_USER_INPUT', async () => {
    const before = smtp.received.length;
    expect((await t.gql(REQUEST, { email: 'nobody-here@example.test' })).data?.requestPasswordReset).toBe(true);
    expect(errorCode(await t.gql(REQUEST, { email: 'not an address' }))).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await t.gql(RESET, {
          token: 'forged.token',
          password: 'long enough pw',
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(RESET, { token: 'x', password: 'short' }))).toBe('BAD_USER_INPUT');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.received.filter((mail) => mail.envelopeTo.includes('nobody-here@example.test'))).toHaveLength(0);
    expect(smtp.received.length).toBeGreaterThanOrEqual(before);
  });

  it('an expired link is refused', async () => {
    const account = await registerAccount(t, 'ENTERPRISE');
    await t.gql(REQUEST, { email: account.email });
    const token = tokenFromMail(await smtp.waitFor(account.email, (item) => /reset-password/.test(item.parsed.text ?? '')), '/reset-password');
    await t.app.get(DataSource).query(`UPDATE account_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [token.split('.')[0]]);
    expect(errorCode(await t.gql(RESET, { token, password: 'long enough pw' }))).toBe('BAD_USER_INPUT');
    await expect(login(t, account.email)).resolves.toMatchObject({
      userId: account.userId,
    });
  });

  it('mails an address at most PASSWORD_RESET_MAX_PER_HOUR times an hour; a newer link replaces the older one', async () => {
    const account = await registerAccount(t, 'ENTERPRISE');
    for (let i = 0; i < 3; i += 1) expect((await t.gql(REQUEST, { email: account.email })).data?.requestPasswordReset).toBe(true);
    await eventually(async () =>
      (await mailRows(account.email)).filter((row) => row.template === 'password-reset' && row.status === 'SENT').length === 2 ? true : undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const resets = smtp.received.filter((mail) => mail.envelopeTo.includes(account.email) && /reset-password/.test(mail.parsed.text ?? ''));
    expect(resets).toHaveLength(2);
    const tokens = new Set(resets.map((mail) => tokenFromMail(mail, '/reset-password')));
    expect(tokens.size).toBe(2);
    const rows: { id: string; used_at: Date | null }[] = await t.app
      .get(DataSource)
      .query(`SELECT id, used_at FROM account_token WHERE user_id = $1 AND purpose = 'PASSWORD_RESET' ORDER BY created_at`, [account.userId]);
    expect(rows.map((row) => row.used_at !== null)).toEqual([true, false]);
    const latest = [...tokens].find((token) => token.startsWith(rows[1].id))!;
    const older = [...tokens].find((token) => token.startsWith(rows[0].id))!;
    expect(errorCode(await t.gql(RESET, { token: older, password: 'long enough pw' }))).toBe('BAD_USER_INPUT');
    expect((await t.gql(RESET, { token: latest, password: 'long enough pw' })).errors).toBeUndefined();
  });

  it('writes in the recipient language: English when the user chose it', async () => {
    const account = await registerAccount(t, 'UNIVERSITY');
    expect((await t.gql(PREFS, { input: { language: 'EN' } }, account.token)).data?.setMailPreferences).toEqual({
      language: 'EN',
      notifications: 'MAIL_TOO',
      dailyDigest: false,
    });
    await t.gql(REQUEST, { email: account.email });
    const mail = await smtp.waitFor(account.email, (item) => item.parsed.subject === 'Reset your TechBridge password');
    expect(mail.parsed.text).toContain('within 60 minutes');
    expect(mail.parsed.html).toContain('<html lang="en">');
  });

  it('retries a mail the server refused for a while, then delivers it', async () => {
    const account = await registerAccount(t, 'ENTERPRISE');
    await eventually(async () => ((await mailRows(account.email)).some((row) => row.status === 'SENT') ? true : undefined));
    smtp.refuseNext(1);
    await t.gql(REQUEST, { email: account.email });
    await smtp.waitFor(account.email, (item) => /reset-password/.test(item.parsed.text ?? ''), 30000);
    const row = await eventually(async () => (await mailRows(account.email)).find((item) => item.template === 'password-reset' && item.status === 'SENT'));
    expect(row.attempts).toBe(2);
  });

  it('admins list outgoing mail; others may not', async () => {
    const admin = await createAdmin(t);
    const someone = await registerAccount(t, 'ENTERPRISE');
    const query = `query($to: String) { mailbox(first: 5, to: $to) { totalCount edges { node { to template status subject text } } } }`;
    const listed = await eventually(async () => {
      const response = await t.gql(query, { to: someone.email }, admin.token);
      return response.data?.mailbox.edges[0]?.node.status === 'SENT' ? response : undefined;
    });
    expect(listed.data?.mailbox.edges[0].node).toMatchObject({
      to: someone.email,
      template: 'email-verification',
      text: null,
    });
    expect(errorCode(await t.gql(query, {}, someone.token))).toBe('FORBIDDEN');
  });
});
