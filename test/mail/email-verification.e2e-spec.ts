import { publishedResult, RESULT_NDA } from '../catalog/catalog-fixtures';
import { createAdmin, errorCode, eventually, registerAccount, SignedIn, startTestApp, TestApp, verifyOrganizations } from '../support';

const ME = `{ me { id emailVerified } }`;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) }`;
const RESEND = `mutation { resendVerificationEmail }`;
const MAILBOX = `query($to: String) { mailbox(first: 10, to: $to) { edges { node { to template status subject text html language } } } }`;
const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { user { id } } }`;

const tokenIn = (text: string, path: string): string => decodeURIComponent(new RegExp(`${path}\\?token=(\\S+)`).exec(text)![1]);

/**
 * The embedded default: no SMTP_URL, so mail is kept in the database and the administrators'
 * mailbox shows it — enough for a newcomer to follow a verification or a password reset.
 */
describe('e-mail verification and the embedded mailbox (no SMTP server)', () => {
  let t: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp({ worker: true, env: { EMAIL_VERIFICATION_REQUIRED: 'true' } });
    admin = await createAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const kept = async (to: string, template: string): Promise<{ text: string; html: string; status: string; subject: string; language: string }> =>
    eventually(async () => {
      const response = await t.gql(MAILBOX, { to }, admin.token);
      const node = response.data?.mailbox.edges
        .map((edge: { node: Record<string, string> }) => edge.node)
        .find((item: Record<string, string>) => item.template === template && item.status === 'KEPT');
      return node;
    });

  it('registration mails a verification link; until it is used an NDA is refused; the link works once', async () => {
    const owner = await registerAccount(t, 'UNIVERSITY');
    const resultId = await publishedResult(t, owner, admin, { visibility: 'TEASER' });
    const reader = await registerAccount(t, 'ENTERPRISE');
    // The organization is verified, so only the e-mail address stands between the reader and the NDA.
    await verifyOrganizations(t, admin, owner, reader);
    expect((await t.gql(ME, {}, reader.token)).data?.me.emailVerified).toBe(false);

    const refused = await t.gql(RESULT_NDA, { id: resultId }, reader.token);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].extensions?.reason).toBe('EMAIL_NOT_VERIFIED');

    const mail = await kept(reader.email, 'email-verification');
    expect(mail.subject).toBe('请验证您的 TechBridge 邮箱');
    expect(mail.language).toBe('zh');
    expect(mail.html).toContain('<html lang="zh-CN">');
    const token = tokenIn(mail.text, '/verify-email');
    expect((await t.gql(VERIFY, { token })).data?.verifyEmail).toBe(true);
    expect((await t.gql(ME, {}, reader.token)).data?.me.emailVerified).toBe(true);
    expect(errorCode(await t.gql(VERIFY, { token }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(VERIFY, { token: 'garbage' }))).toBe('BAD_USER_INPUT');

    const accepted = await t.gql(RESULT_NDA, { id: resultId }, reader.token);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptResultNda.description).not.toBeNull();
    // Nothing to resend once verified.
    expect((await t.gql(RESEND, {}, reader.token)).data?.resendVerificationEmail).toBe(true);
  });

  it('a resent link replaces the first one', async () => {
    const account = await registerAccount(t, 'ENTERPRISE');
    const first = tokenIn((await kept(account.email, 'email-verification')).text, '/verify-email');
    expect((await t.gql(RESEND, {}, account.token)).data?.resendVerificationEmail).toBe(true);
    const second = await eventually(async () => {
      const response = await t.gql(MAILBOX, { to: account.email }, admin.token);
      const tokens = response.data?.mailbox.edges
        .filter((edge: { node: { template: string } }) => edge.node.template === 'email-verification')
        .map((edge: { node: { text: string } }) => tokenIn(edge.node.text, '/verify-email'));
      return tokens?.length === 2 ? tokens.find((token: string) => token !== first) : undefined;
    });
    expect(errorCode(await t.gql(VERIFY, { token: first }))).toBe('BAD_USER_INPUT');
    expect((await t.gql(VERIFY, { token: second })).data?.verifyEmail).toBe(true);
  });

  it("a newcomer follows a password reset through the admins' mailbox", async () => {
    const account = await registerAccount(t, 'UNIVERSITY');
    await t.gql(REQUEST, { email: account.email });
    const mail = await kept(account.email, 'password-reset');
    expect(mail.text).toContain('60 分钟');
    const reset = await t.gql(RESET, { token: tokenIn(mail.text, '/reset-password'), password: 'reset via the mailbox' });
    expect(reset.data?.resetPassword.user.id).toBe(account.userId);
  });
});
