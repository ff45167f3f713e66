import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { teamBrokerSql, verifiedMemberSql } from '@techbridge/identity';
import { isAdmin, Principal } from '@techbridge/platform';
import { DataSource, EntityManager } from 'typeorm';

import { LISTED_NEED_STATUSES, LISTED_RESULT_STATUSES, NeedStatus, ResultStatus, Visibility } from '../catalog.enums';
import { TechNeedEntity } from '../needs/tech-need.entity';
import { ResearchResultEntity } from '../results/research-result.entity';
import { CatalogItemType } from './catalog-item';

/**
 * What a caller may see of an item: nothing (it does not exist for them), the teaser (everything
 * but the description), or everything.
 */
export type AccessLevel = 'NONE' | 'TEASER' | 'FULL';

/** Per-caller facts about one item. */
export interface AccessFacts {
  ndaAccepted: boolean;
  /**
   * Granted by the deal pipeline (assigned broker, deal party) or a pilot booking (the platform's
   * operator), or — for results — held as a broker of the owner's "1+1+1+N" service team, for as
   * long as the broker sits on the team.
   */
  granted: boolean;
}

export interface GuardedItem {
  ownerId: string;
  visibility: Visibility;
  /** On the public market (published; for needs also in negotiation or solved). */
  listed: boolean;
}

const NO_FACTS: AccessFacts = { ndaAccepted: false, granted: false };

/**
 * The one place that decides who sees what of the catalogue: single items, lists (as SQL), nested
 * fields and, through the exported read services, search hits and other libs' nested items.
 *
 * - the owner organization's members and administrators see everything, in every status;
 * - users granted access (brokers and deal parties) see everything of that item, and so do the
 *   brokers of the owner's service team for its results (as an assigned broker would);
 * - others see only listed items: PUBLIC fully, TEASER without description until they accept
 *   the NDA (which only members of verified organizations can), PRIVATE not at all (it does not
 *   exist for them).
 */
@Injectable()
export class CatalogAccessPolicy {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  decide(principal: Principal | null, item: GuardedItem, facts: AccessFacts = NO_FACTS): AccessLevel {
    if (principal && (isAdmin(principal) || (principal.organizationId !== null && principal.organizationId === item.ownerId))) return 'FULL';
    if (principal && facts.granted) return 'FULL';
    if (!item.listed) return 'NONE';
    switch (item.visibility) {
      case Visibility.PUBLIC:
        return 'FULL';
      case Visibility.TEASER:
        return facts.ndaAccepted ? 'FULL' : 'TEASER';
      case Visibility.PRIVATE:
        return 'NONE';
    }
  }

  isOwner(principal: Principal | null, ownerId: string): boolean {
    return !!principal?.organizationId && principal.organizationId === ownerId;
  }

  resultItem(result: ResearchResultEntity): GuardedItem {
    return { ownerId: result.ownerId, visibility: result.visibility, listed: LISTED_RESULT_STATUSES.includes(result.status) };
  }

  needItem(need: TechNeedEntity): GuardedItem {
    return { ownerId: need.enterpriseId, visibility: need.visibility, listed: LISTED_NEED_STATUSES.includes(need.status) };
  }

  /** Access to each result, in order; one query for the caller's NDAs and grants at most. */
  async results(principal: Principal | null, rows: ResearchResultEntity[], manager?: EntityManager): Promise<AccessLevel[]> {
    const facts = await this.facts(
      principal,
      'RESULT',
      this.needFacts(
        principal,
        rows.map((row) => [row.id, this.resultItem(row)]),
      ),
      manager,
    );
    return rows.map((row) => this.decide(principal, this.resultItem(row), facts.get(row.id)));
  }

  async needs(principal: Principal | null, rows: TechNeedEntity[], manager?: EntityManager): Promise<AccessLevel[]> {
    const facts = await this.facts(
      principal,
      'NEED',
      this.needFacts(
        principal,
        rows.map((row) => [row.id, this.needItem(row)]),
      ),
      manager,
    );
    return rows.map((row) => this.decide(principal, this.needItem(row), facts.get(row.id)));
  }

  /**
   * SQL condition equivalent to `decide(...) !== 'NONE'` for lists, on the table aliased `alias`.
   * Parameters are prefixed to stay clear of the caller's own.
   */
  visibleResultsWhere(alias: string, principal: Principal | null): { sql: string; params: Record<string, unknown> } {
    return this.visibleWhere(alias, 'owner_id', 'RESULT', LISTED_RESULT_STATUSES, principal);
  }

  visibleNeedsWhere(alias: string, principal: Principal | null): { sql: string; params: Record<string, unknown> } {
    return this.visibleWhere(alias, 'enterprise_id', 'NEED', LISTED_NEED_STATUSES, principal);
  }

  private visibleWhere(
    alias: string,
    ownerColumn: string,
    itemType: CatalogItemType,
    listed: readonly (ResultStatus | NeedStatus)[],
    principal: Principal | null,
  ): { sql: string; params: Record<string, unknown> } {
    if (isAdmin(principal)) return { sql: 'TRUE', params: {} };
    const market = `(${alias}.status IN (:...accListed) AND ${alias}.visibility IN ('${Visibility.PUBLIC}', '${Visibility.TEASER}'))`;
    if (!principal) return { sql: market, params: { accListed: listed } };
    const own = principal.organizationId ? `${alias}.${ownerColumn} = :accOrg OR ` : '';
    let granted = `EXISTS (SELECT 1 FROM catalog_access_grant acc_g WHERE acc_g.item_type = '${itemType}' AND acc_g.item_id = ${alias}.id AND acc_g.user_id = :accUser)`;
    if (itemType === 'RESULT') granted = `${granted} OR ${teamBrokerSql(`${alias}.${ownerColumn}`, ':accUser')}`;
    return { sql: `(${own}${granted} OR ${market})`, params: { accListed: listed, accOrg: principal.organizationId, accUser: principal.userId } };
  }

  /** Ids whose decision depends on the caller's NDAs or grants (others need no query). */
  private needFacts(principal: Principal | null, items: [string, GuardedItem][]): string[] {
    if (!principal || isAdmin(principal)) return [];
    return items.filter(([, item]) => !this.isOwner(principal, item.ownerId) && item.visibility !== Visibility.PUBLIC).map(([id]) => id);
  }

  private async facts(principal: Principal | null, itemType: CatalogItemType, ids: string[], manager?: EntityManager): Promise<Map<string, AccessFacts>> {
    const out = new Map<string, AccessFacts>();
    if (!principal || ids.length === 0) return out;
    const rows: { item_id: string; kind: 'nda' | 'grant' }[] = await (manager ?? this.dataSource.manager).query(
      // An NDA counts only while the signer's organization is verified: strangers cannot sign one.
      `SELECT item_id, 'nda' AS kind FROM catalog_nda_acceptance
        WHERE item_type = $1 AND user_id = $2 AND item_id = ANY($3::uuid[]) AND ${verifiedMemberSql('$2')}
       UNION ALL
       SELECT item_id, 'grant' AS kind FROM catalog_access_grant WHERE item_type = $1 AND user_id = $2 AND item_id = ANY($3::uuid[])
       UNION ALL
       SELECT r.id AS item_id, 'grant' AS kind FROM research_result r
        WHERE $1 = 'RESULT' AND r.id = ANY($3::uuid[]) AND ${teamBrokerSql('r.owner_id', '$2')}`,
      [itemType, principal.userId, ids],
    );
    for (const row of rows) {
      const facts = out.get(row.item_id) ?? { ndaAccepted: false, granted: false };
      if (row.kind === 'nda') facts.ndaAccepted = true;
      else facts.granted = true;
      out.set(row.item_id, facts);
    }
    return out;
  }
}
