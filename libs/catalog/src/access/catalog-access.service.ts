import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { verifiedMemberSql } from '@techbridge/identity';
import { OutboxService } from '@techbridge/platform';
import { DataSource, EntityManager } from 'typeorm';

import { catalogError } from '../catalog.errors';
import { CatalogItemType } from './catalog-item';

export interface NdaAcceptanceRow {
  itemId: string;
  userId: string;
  acceptedAt: Date;
}

export interface AccessGrant {
  itemType: CatalogItemType;
  itemId: string;
  userId: string;
  /** Why, for the record: e.g. `deal:<id> broker`. */
  reason: string;
}

/** Records NDA acceptances and access grants; the policy reads them. */
@Injectable()
export class CatalogAccessService {
  constructor(
    private readonly outbox: OutboxService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Lets a user see the item's TEASER/PRIVATE details (the deal pipeline calls this for brokers
   * and deal parties). Idempotent: a second grant keeps the first one's time and reason.
   */
  async grantAccess(manager: EntityManager, grant: AccessGrant): Promise<void> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO catalog_access_grant (item_type, item_id, user_id, reason) VALUES ($1, $2, $3, $4)
       ON CONFLICT (item_type, item_id, user_id) DO NOTHING RETURNING id`,
      [grant.itemType, grant.itemId, grant.userId, grant.reason],
    );
    if (inserted.length > 0) {
      await this.outbox.append(manager, {
        type: `${grant.itemType === 'RESULT' ? 'result' : 'need'}.access_granted`,
        aggregateId: grant.itemId,
        payload: { userId: grant.userId, reason: grant.reason },
      });
    }
  }

  /**
   * The user accepts the item's NDA: refused (FORBIDDEN) unless their organization is verified,
   * since an NDA with an unknown party binds nobody. The first acceptance is kept and announced
   * (`result.nda_accepted` / `need.nda_accepted`, with `via` saying what recorded it).
   */
  async acceptNda(manager: EntityManager, itemType: CatalogItemType, itemId: string, userId: string, via: string, ownerId?: string): Promise<void> {
    const [member] = (await manager.query(`SELECT ${verifiedMemberSql('$1')} AS ok`, [userId])) as { ok: boolean }[];
    if (!member?.ok) {
      throw catalogError('ORGANIZATION_NOT_VERIFIED', 'Only members of verified organizations may accept an NDA and see confidential details');
    }
    if (await this.recordNda(manager, itemType, itemId, userId)) {
      await this.outbox.append(manager, {
        type: itemType === 'RESULT' ? 'result.nda_accepted' : 'need.nda_accepted',
        aggregateId: itemId,
        actorId: userId,
        payload: { userId, via, ownerId },
      });
    }
  }

  /** Records that the user accepted the item's NDA; the first acceptance's time is kept. Returns whether it is new. */
  async recordNda(manager: EntityManager, itemType: CatalogItemType, itemId: string, userId: string): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO catalog_nda_acceptance (item_type, item_id, user_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING accepted_at`,
      [itemType, itemId, userId],
    );
    return inserted.length > 0;
  }

  /** NDA acceptances of the given items, oldest first. */
  async ndaAcceptances(itemType: CatalogItemType, itemIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<NdaAcceptanceRow[]> {
    const rows: { item_id: string; user_id: string; accepted_at: Date }[] = await manager.query(
      `SELECT item_id, user_id, accepted_at FROM catalog_nda_acceptance WHERE item_type = $1 AND item_id = ANY($2::uuid[]) ORDER BY accepted_at, user_id`,
      [itemType, [...itemIds]],
    );
    return rows.map((row) => ({ itemId: row.item_id, userId: row.user_id, acceptedAt: row.accepted_at }));
  }
}
