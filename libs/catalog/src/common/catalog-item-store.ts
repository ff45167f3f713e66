import { Principal } from '@techbridge/platform';
import { DataSource, EntityManager, EntityTarget, FindOptionsWhere, In } from 'typeorm';

import { AccessLevel, CatalogAccessPolicy } from '../access/catalog-access.policy';
import { CatalogAccessService } from '../access/catalog-access.service';
import { CatalogItemType } from '../access/catalog-item';

export type VisibleLevel = Exclude<AccessLevel, 'NONE'>;

/** What differs between results and needs for the reads and locks they share. */
export interface CatalogItemKind<E extends { id: string }, M> {
  type: CatalogItemType;
  entity: EntityTarget<E>;
  /** The owning organization of a row (a result's owner, a need's enterprise). */
  ownerOf(row: E): string;
  /** The policy's access levels for rows of this kind. */
  levels(policy: CatalogAccessPolicy, principal: Principal | null, rows: E[], manager?: EntityManager): Promise<AccessLevel[]>;
  /** The row as a principal with this level sees it. */
  view(row: E, level: VisibleLevel): M;
  notFound(): Error;
  notOwner(): Error;
  /** Refuses callers who may not accept an NDA at all (an unverified e-mail address). */
  beforeNda?: (principal: Principal, manager: EntityManager) => Promise<void>;
}

/**
 * The reads and locks results and needs share, each through the access policy: batch lookup in
 * key order, row locks that answer NOT_FOUND to whoever may not see the row, and NDA acceptance.
 */
export class CatalogItemStore<E extends { id: string }, M> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: CatalogAccessPolicy,
    private readonly access: CatalogAccessService,
    private readonly kind: CatalogItemKind<E, M>,
  ) {}

  /** Batch lookup in key order, each as the principal may see it (null: missing or invisible). */
  async findByIds(ids: readonly string[], principal: Principal | null): Promise<(M | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.getRepository(this.kind.entity).findBy({ id: In([...new Set(ids)]) } as FindOptionsWhere<E>);
    const levels = await this.kind.levels(this.policy, principal, rows);
    const models = new Map<string, M>();
    rows.forEach((row, index) => {
      const level = levels[index];
      if (level !== 'NONE') models.set(row.id, this.kind.view(row, level));
    });
    return ids.map((id) => models.get(id) ?? null);
  }

  async lockAny(manager: EntityManager, id: string): Promise<E> {
    const row = await manager.findOne(this.kind.entity, { where: { id } as FindOptionsWhere<E>, lock: { mode: 'pessimistic_write' } });
    if (!row) throw this.kind.notFound();
    return row;
  }

  /** Locks a row the caller's organization owns; others get NOT_FOUND if they cannot see it, else FORBIDDEN. */
  async lockOwned(manager: EntityManager, id: string, principal: Principal): Promise<E> {
    const row = await this.lockAny(manager, id);
    if (this.policy.isOwner(principal, this.kind.ownerOf(row))) return row;
    const [level] = await this.kind.levels(this.policy, principal, [row], manager);
    if (level === 'NONE') throw this.kind.notFound();
    throw this.kind.notOwner();
  }

  /** Records the caller's NDA for an item they can see; they then see its description. */
  async acceptNda(id: string, principal: Principal): Promise<M> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOneBy(this.kind.entity, { id } as FindOptionsWhere<E>);
      if (!row) throw this.kind.notFound();
      const [before] = await this.kind.levels(this.policy, principal, [row], manager);
      if (before === 'NONE') throw this.kind.notFound();
      // Owners, administrators and granted users already see everything: nothing to accept.
      if (before === 'TEASER') {
        await this.kind.beforeNda?.(principal, manager);
        await this.access.acceptNda(manager, this.kind.type, id, principal.userId, 'acceptNda', this.kind.ownerOf(row));
      }
      const [after] = await this.kind.levels(this.policy, principal, [row], manager);
      return this.kind.view(row, after === 'NONE' ? 'TEASER' : after);
    });
  }
}
