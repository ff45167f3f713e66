import { Injectable } from '@nestjs/common';
import { CatalogAccessService, NeedStatus, needStatusOf, TechNeedService } from '@techbridge/catalog';
import { memberIdsOf } from '@techbridge/identity';
import { EntityManager } from 'typeorm';

import { DealEntity } from './deal.entity';
import { DealLifecycleListener } from './deal-lifecycle';
import { DealStage } from './deal-stage.enum';
import { DealStageChangeEntity } from './deal-stage-change.entity';

/**
 * Keeps the catalogue in step with deals, in the deal's own transaction:
 * - the parties (members of both organizations) and the broker may see the other side's
 *   TEASER/PRIVATE details once they negotiate: access grants at opening and on reassignment;
 * - the need goes PUBLISHED → IN_NEGOTIATION when a deal opens on it, → SOLVED when its contract
 *   is signed, and back to the market when its last open deal is lost.
 */
@Injectable()
export class DealCatalogListener implements DealLifecycleListener {
  constructor(
    private readonly access: CatalogAccessService,
    private readonly needs: TechNeedService,
  ) {}

  async onOpened(manager: EntityManager, deal: DealEntity): Promise<void> {
    const reason = `deal:${deal.id}`;
    const members = (orgId: string | null): Promise<string[]> => memberIdsOf(manager, [orgId]);
    for (const userId of await members(deal.enterpriseOrgId)) {
      await this.access.grantAccess(manager, { itemType: 'RESULT', itemId: deal.resultId, userId, reason: `${reason} party` });
    }
    if (deal.needId) {
      for (const userId of await members(deal.ownerOrgId)) {
        await this.access.grantAccess(manager, { itemType: 'NEED', itemId: deal.needId, userId, reason: `${reason} party` });
      }
    }
    if (deal.brokerId) await this.grantBroker(manager, deal);
    if (deal.needId && (await this.needStatus(manager, deal.needId)) === NeedStatus.PUBLISHED) {
      await this.needs.startNegotiation(manager, deal.needId, deal.openedBy);
    }
  }

  async onBrokerAssigned(manager: EntityManager, deal: DealEntity): Promise<void> {
    if (deal.brokerId) await this.grantBroker(manager, deal);
  }

  async onStageChanged(manager: EntityManager, deal: DealEntity, change: DealStageChangeEntity): Promise<void> {
    if (!deal.needId) return;
    if ((await this.needStatus(manager, deal.needId)) !== NeedStatus.IN_NEGOTIATION) return;
    if (change.to === DealStage.CONTRACT_SIGNED) {
      await this.needs.markSolved(manager, deal.needId, change.byUserId);
    } else if (change.to === DealStage.LOST) {
      const [other] = (await manager.query(
        `SELECT 1 FROM deal WHERE need_id = $1 AND id <> $2 AND stage IN ('INTRODUCED','NEGOTIATING','TERMS_AGREED') LIMIT 1`,
        [deal.needId, deal.id],
      )) as unknown[];
      if (!other) await this.needs.returnToMarket(manager, deal.needId, change.byUserId);
    }
  }

  private async grantBroker(manager: EntityManager, deal: DealEntity): Promise<void> {
    const reason = `deal:${deal.id} broker`;
    await this.access.grantAccess(manager, { itemType: 'RESULT', itemId: deal.resultId, userId: deal.brokerId!, reason });
    if (deal.needId) await this.access.grantAccess(manager, { itemType: 'NEED', itemId: deal.needId, userId: deal.brokerId!, reason });
  }

  private async needStatus(manager: EntityManager, needId: string): Promise<NeedStatus | null> {
    return needStatusOf(manager, needId);
  }
}
