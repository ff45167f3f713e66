import { Principal, Role } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { login, registerAccount, SignedIn, TestApp, verifyOrganizations } from '../support';

const CERTIFY = `mutation($userId: ID!, $input: BrokerProfileInput!) { certifyBroker(userId: $userId, input: $input) { id } }`;

/** Registers a service-agency user, has the admin certify them, and signs them in again (so the token carries BROKER). */
export async function certifiedBroker(
  t: TestApp,
  admin: SignedIn,
  fieldCodes: string[],
  options: { capacity?: number; level?: 'JUNIOR' | 'INTERMEDIATE' | 'SENIOR' } = {},
): Promise<SignedIn> {
  const account = await registerAccount(t, 'SERVICE_AGENCY');
  const response = await t.gql(
    CERTIFY,
    { userId: account.userId, input: { level: options.level ?? 'JUNIOR', fieldCodes, trainingHours: 40, capacity: options.capacity ?? 3 } },
    admin.token,
  );
  if (response.errors) throw new Error(`certifyBroker failed: ${JSON.stringify(response.errors)}`);
  await verifyOrganizations(t, admin, account);
  return login(t, account.email);
}

export function principalOf(account: SignedIn, ...roles: Role[]): Principal {
  return { userId: account.userId, roles, organizationId: account.organizationId ?? null };
}

const ME_BROKER = `{ me { brokerProfile { activeDeals capacity } } }`;

export async function activeDeals(t: TestApp, broker: SignedIn): Promise<number> {
  const response = await t.gql(ME_BROKER, {}, broker.token);
  return response.data?.me.brokerProfile.activeDeals as number;
}

/**
 * A published result of `ownerOrgId` and, when `enterpriseOrgId` is given, a published need of
 * it, written straight to the tables: deals reference real catalogue rows, and these tests are
 * about the pipeline, not the evaluation funnel.
 */
export async function catalogPair(
  db: DataSource,
  ownerOrgId: string,
  enterpriseOrgId: string | null,
  fieldCode: string,
): Promise<{ resultId: string; needId: string | null }> {
  const [result] = await db.query(
    `INSERT INTO research_result (owner_id, title, summary, description, result_class, field_code, trl, visibility, status, price_negotiable, published_at)
     VALUES ($1, '测试成果 test result', 'summary', 'details', 'INDUSTRIAL_INNOVATION', $2, 5, 'TEASER', 'PUBLISHED', true, now()) RETURNING id`,
    [ownerOrgId, fieldCode],
  );
  if (!enterpriseOrgId) return { resultId: result.id, needId: null };
  return { resultId: result.id, needId: await publishedNeedRow(db, enterpriseOrgId, fieldCode) };
}

/** A published need of the enterprise, written straight into its table; returns its id. */
export async function publishedNeedRow(db: DataSource, enterpriseOrgId: string, fieldCode: string, visibility = 'TEASER'): Promise<string> {
  const [need] = await db.query(
    `INSERT INTO tech_need (enterprise_id, title, summary, description, field_code, visibility, status, budget_negotiable, published_at)
     VALUES ($1, '测试需求 test need', 'summary', 'details', $2, $3, 'PUBLISHED', true, now()) RETURNING id`,
    [enterpriseOrgId, fieldCode, visibility],
  );
  return need.id;
}
