import { registerEnumType } from '@nestjs/graphql';
import { hasRole, isAdmin, Principal, Role } from '@techbridge/platform';

import { insightsError } from './insights.errors';

/** Whose figures a report shows. */
export enum KpiScopeKind {
  CITY = 'CITY',
  ORGANIZATION = 'ORGANIZATION',
  BROKER = 'BROKER',
}

registerEnumType(KpiScopeKind, {
  name: 'KpiScope',
  description: 'Whose figures a KPI report counts. Administrators may ask for any scope; others see only their own.',
  valuesMap: {
    CITY: { description: "The whole city's figures (administrators only)." },
    ORGANIZATION: { description: "One organization's figures: rows where it is the owner, the enterprise or a party (members see their own organization)." },
    BROKER: { description: "One broker's own pipeline: deals, contracts, needs linked and meetings of deals they handle (brokers see their own)." },
  },
});

export type KpiScope =
  { kind: KpiScopeKind.CITY } | { kind: KpiScopeKind.ORGANIZATION; organizationId: string } | { kind: KpiScopeKind.BROKER; brokerId: string };

export interface ScopeRequest {
  scope?: KpiScopeKind | null;
  organizationId?: string | null;
  brokerId?: string | null;
}

/**
 * Who sees what: an administrator sees the city (default) or any organization or broker; a
 * broker sees their own pipeline (default) or their organization; any other member sees their own
 * organization. Asking for someone else's figures is FORBIDDEN.
 */
export function resolveScope(principal: Principal, request: ScopeRequest = {}): KpiScope {
  const admin = isAdmin(principal);
  const broker = hasRole(principal, Role.BROKER);
  const kind = request.scope ?? (admin ? KpiScopeKind.CITY : broker ? KpiScopeKind.BROKER : KpiScopeKind.ORGANIZATION);
  switch (kind) {
    case KpiScopeKind.CITY:
      if (!admin) throw insightsError('SCOPE_FORBIDDEN', "Only administrators see the city's figures");
      return { kind };
    case KpiScopeKind.ORGANIZATION: {
      const organizationId = request.organizationId ?? principal.organizationId;
      if (!organizationId) throw insightsError('SCOPE_FORBIDDEN', 'This account belongs to no organization');
      if (!admin && organizationId !== principal.organizationId) throw insightsError('SCOPE_FORBIDDEN', "Members see only their own organization's figures");
      return { kind, organizationId };
    }
    case KpiScopeKind.BROKER: {
      const brokerId = request.brokerId ?? principal.userId;
      if (!admin && (!broker || brokerId !== principal.userId)) throw insightsError('SCOPE_FORBIDDEN', 'Brokers see only their own pipeline');
      return { kind, brokerId };
    }
  }
}

/** The scope as query-string parameters (export links). */
export function scopeParams(scope: KpiScope): Record<string, string> {
  switch (scope.kind) {
    case KpiScopeKind.CITY:
      return { scope: scope.kind };
    case KpiScopeKind.ORGANIZATION:
      return { scope: scope.kind, organizationId: scope.organizationId };
    case KpiScopeKind.BROKER:
      return { scope: scope.kind, brokerId: scope.brokerId };
  }
}

/** A WHERE condition restricting facts (alias `f`) to the scope; `$n` is the scope's id. */
export function scopeCondition(scope: KpiScope, param: string, cityWide = false): string {
  if (cityWide) return 'true';
  switch (scope.kind) {
    case KpiScopeKind.CITY:
      return 'true';
    case KpiScopeKind.ORGANIZATION:
      return `(f.org_a = ${param} OR f.org_b = ${param})`;
    case KpiScopeKind.BROKER:
      return `f.broker_id = ${param}`;
  }
}

export function scopeId(scope: KpiScope): string | null {
  switch (scope.kind) {
    case KpiScopeKind.CITY:
      return null;
    case KpiScopeKind.ORGANIZATION:
      return scope.organizationId;
    case KpiScopeKind.BROKER:
      return scope.brokerId;
  }
}
