import { Principal, Role } from '@techbridge/platform';

import { Visibility } from '../catalog.enums';
import { AccessFacts, CatalogAccessPolicy, GuardedItem } from './catalog-access.policy';

const policy = new CatalogAccessPolicy(undefined as never);
const OWNER_ORG = 'org-owner';
const user = (roles: Role[], organizationId: string | null = 'org-other'): Principal => ({ userId: 'u1', roles, organizationId });
const none: AccessFacts = { ndaAccepted: false, granted: false };
const item = (visibility: Visibility, listed = true): GuardedItem => ({ ownerId: OWNER_ORG, visibility, listed });

describe('catalog access policy', () => {
  it.each([
    [Visibility.PUBLIC, 'FULL'],
    [Visibility.TEASER, 'TEASER'],
    [Visibility.PRIVATE, 'NONE'],
  ])('a stranger sees a listed %s item as %s', (visibility, level) => {
    expect(policy.decide(null, item(visibility))).toBe(level);
    expect(policy.decide(user([Role.ENTERPRISE]), item(visibility), none)).toBe(level);
  });

  it('the NDA opens a TEASER item, not a PRIVATE one', () => {
    const nda = { ndaAccepted: true, granted: false };
    expect(policy.decide(user([Role.ENTERPRISE]), item(Visibility.TEASER), nda)).toBe('FULL');
    expect(policy.decide(user([Role.ENTERPRISE]), item(Visibility.PRIVATE), nda)).toBe('NONE');
  });

  it('owners and admins see everything, unlisted too', () => {
    for (const visibility of Object.values(Visibility)) {
      expect(policy.decide(user([Role.RESEARCHER], OWNER_ORG), item(visibility, false))).toBe('FULL');
      expect(policy.decide(user([Role.ADMIN], null), item(visibility, false))).toBe('FULL');
    }
  });

  it('unlisted items do not exist for others, whatever the visibility', () => {
    for (const visibility of Object.values(Visibility)) {
      expect(policy.decide(user([Role.BROKER]), item(visibility, false), { ndaAccepted: true, granted: false })).toBe('NONE');
      expect(policy.decide(null, item(visibility, false))).toBe('NONE');
    }
  });

  it('a grant (assigned broker, deal party) opens PRIVATE items', () => {
    expect(policy.decide(user([Role.BROKER]), item(Visibility.PRIVATE), { ndaAccepted: false, granted: true })).toBe('FULL');
  });

  it('a user without organization is never taken for an owner', () => {
    expect(policy.decide(user([Role.BROKER], null), { ownerId: null as unknown as string, visibility: Visibility.PRIVATE, listed: true })).toBe('NONE');
  });
});
