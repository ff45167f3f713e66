import { eventTypesOf, NoPayload } from '@techbridge/platform';

import { BrokerLevel } from './brokers/broker-level.enum';
import { OrganizationKind } from './organizations/organization-kind.enum';
import { Role } from './users/role.enum';

/** Identity's domain events, event type → payload. */
export interface IdentityEvents {
  'organization.registered': { kind: OrganizationKind };
  'organization.verified': NoPayload;
  'organization.deactivated': NoPayload;
  'user.registered': { organizationId: string; roles: Role[] };
  'user.password_reset_requested': NoPayload;
  'user.password_reset': NoPayload;
  'broker.certified': { level: BrokerLevel; fieldCodes: string[]; capacity: number };
  'broker.deactivated': NoPayload;
  'service_team.set': { bureauOfficerId: string | null; districtLiaisonId: string | null; conversionLeadId: string | null; brokerIds: string[] };
}

export const IDENTITY_EVENT_TYPES = eventTypesOf<IdentityEvents>({
  'organization.registered': true,
  'organization.verified': true,
  'organization.deactivated': true,
  'user.registered': true,
  'user.password_reset_requested': true,
  'user.password_reset': true,
  'broker.certified': true,
  'broker.deactivated': true,
  'service_team.set': true,
});

declare module '@techbridge/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this lib's map into the union
  interface DomainEventMap extends IdentityEvents {}
}
