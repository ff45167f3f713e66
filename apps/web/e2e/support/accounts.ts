import { expect, type Page } from '@playwright/test';

/** The demo seed's logins (README). */
export const DEMO = {
  admin: { email: 'admin@techbridge.local', password: 'Admin#2026demo' },
  researcher: { email: 'researcher@techbridge.local', password: 'Research#2026demo' },
  enterprise: { email: 'enterprise@techbridge.local', password: 'Enterprise#2026demo' },
  broker: { email: 'broker1@techbridge.local', password: 'Broker#2026demo' },
} as const;

/** Signs in through the login page as a person would. */
export async function signIn(page: Page, account: { email: string; password: string }, next = '/'): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  const form = page.getByRole('main');
  await form.getByLabel(/电子邮箱|E-mail/).fill(account.email);
  await form.getByLabel(/^(密码|Password)$/).fill(account.password);
  await form.getByRole('button', { name: /^(登 ?录|Sign in)$/ }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** A GraphQL call straight to the API (for set-up steps the journey does not click through). */
export async function api<T>(baseURL: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${baseURL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data as T;
}

export async function tokenFor(baseURL: string, account: { email: string; password: string }): Promise<string> {
  const data = await api<{ login: { accessToken: string } }>(baseURL, 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: account,
  });
  return data.login.accessToken;
}
