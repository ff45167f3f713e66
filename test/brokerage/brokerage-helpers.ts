import { Principal, Role } from '@techbridge/platform';
import { login, registerAccount, SignedIn, TestApp } from '../support';

const CERTIFY = `mutation($userId: ID!, $input: BrokerProfileInput!) { certifyBroker(userId: $userId, input: $input) { id } }`;

/** Registers a service-agency user, has the admin certify them, and signs them in again (so the token carries BROKER). */
export async function certifiedBroker(
  t: TestApp,
  admin: SignedIn,
  fieldCodes: string[],
  options: { capacity?: number; level?: 'JUNIOR' | 'INTERMEDIATE' | 'SENIOR' } = {},
): Promise<SignedIn> {
  const account = await registerAccount(t, 'SERVICE_AGENCY');
  const response = await t.gql(CERTIFY, { userId: account.userId, input: { level: options.level ?? 'JUNIOR', fieldCodes, trainingHours: 40, capacity: options.capacity ?? 3 } }, admin.token);
  if (response.errors) throw new Error(`certifyBroker failed: ${JSON.stringify(response.errors)}`);
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
