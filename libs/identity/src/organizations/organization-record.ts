import { EntityManager } from 'typeorm';

import { OrganizationEntity } from './organization.entity';
import { OrganizationKind } from './organization-kind.enum';

/** What other libs read of an organization to check a rule (its kind, whether it is verified). */
export interface OrganizationRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly district: string | null;
  readonly verified: boolean;
  readonly keyPlatform: boolean;
}

/** One organization, read in the caller's transaction; null when there is none. */
export async function findOrganization(manager: EntityManager, id: string): Promise<OrganizationRecord | null> {
  const row = await manager.findOneBy(OrganizationEntity, { id });
  return row ? { id: row.id, name: row.name, kind: row.kind, district: row.district, verified: row.verified, keyPlatform: row.keyPlatform } : null;
}
