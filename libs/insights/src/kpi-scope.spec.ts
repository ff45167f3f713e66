import { Principal, Role } from '@techbridge/platform';

import { yearBounds } from './kpi.service';
import { KpiScopeKind, resolveScope, scopeCondition } from './kpi-scope';

const admin: Principal = { userId: 'a', roles: [Role.ADMIN], organizationId: null };
const broker: Principal = { userId: 'b', roles: [Role.BROKER], organizationId: 'firm' };
const member: Principal = { userId: 'm', roles: [Role.ENTERPRISE], organizationId: 'org' };

describe('resolveScope', () => {
  it('defaults by role: the city for administrators, the pipeline for brokers, the organization for members', () => {
    expect(resolveScope(admin)).toEqual({ kind: KpiScopeKind.CITY });
    expect(resolveScope(broker)).toEqual({ kind: KpiScopeKind.BROKER, brokerId: 'b' });
    expect(resolveScope(member)).toEqual({ kind: KpiScopeKind.ORGANIZATION, organizationId: 'org' });
    expect(resolveScope(broker, { scope: KpiScopeKind.ORGANIZATION })).toEqual({ kind: KpiScopeKind.ORGANIZATION, organizationId: 'firm' });
  });

  it('lets administrators name any organization or broker', () => {
    expect(resolveScope(admin, { scope: KpiScopeKind.ORGANIZATION, organizationId: 'x' })).toEqual({ kind: KpiScopeKind.ORGANIZATION, organizationId: 'x' });
    expect(resolveScope(admin, { scope: KpiScopeKind.BROKER, brokerId: 'y' })).toEqual({ kind: KpiScopeKind.BROKER, brokerId: 'y' });
  });

  it("refuses everyone else the city, other organizations and other brokers' pipelines", () => {
    const forbidden = { code: 'FORBIDDEN', reason: 'SCOPE_FORBIDDEN' };
    expect(() => resolveScope(member, { scope: KpiScopeKind.CITY })).toThrow(expect.objectContaining(forbidden));
    expect(() => resolveScope(member, { scope: KpiScopeKind.ORGANIZATION, organizationId: 'other' })).toThrow(expect.objectContaining(forbidden));
    expect(() => resolveScope(member, { scope: KpiScopeKind.BROKER })).toThrow(expect.objectContaining(forbidden));
    expect(() => resolveScope(broker, { scope: KpiScopeKind.BROKER, brokerId: 'other' })).toThrow(expect.objectContaining(forbidden));
    expect(() => resolveScope({ userId: 'n', roles: [Role.RESEARCHER], organizationId: null })).toThrow(expect.objectContaining(forbidden));
  });

  it('turns a scope into a condition on the facts columns', () => {
    expect(scopeCondition({ kind: KpiScopeKind.CITY }, 'NULL')).toBe('true');
    expect(scopeCondition({ kind: KpiScopeKind.ORGANIZATION, organizationId: 'o' }, '$3::uuid')).toBe('(f.org_a = $3::uuid OR f.org_b = $3::uuid)');
    expect(scopeCondition({ kind: KpiScopeKind.BROKER, brokerId: 'b' }, '$3::uuid')).toBe('f.broker_id = $3::uuid');
    expect(scopeCondition({ kind: KpiScopeKind.BROKER, brokerId: 'b' }, '$3::uuid', true)).toBe('true');
  });
});

describe('yearBounds', () => {
  it('runs from Asia/Shanghai midnight on 1 January to the next', () => {
    expect(yearBounds(2025).map((date) => date.toISOString())).toEqual(['2024-12-31T16:00:00.000Z', '2025-12-31T16:00:00.000Z']);
  });
});
