import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ResearchResultService, TechNeedService } from '@techbridge/catalog';
import { UserService } from '@techbridge/identity';
import { OutboxJob, Principal } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { DealEntity } from '../deals/deal.entity';
import { DealEventPayload } from '../deals/deal.service';
import { NotificationService } from './notification.service';
import { NotificationKind } from './notification-kind.enum';

/** As a member of the owner organization sees the item (its own, so in full). */
const memberOf = (organizationId: string): Principal => ({ userId: '00000000-0000-0000-0000-000000000000', roles: [], organizationId });

/**
 * Notifications for what needs an answer, raised from other libs' events: an NDA accepted on a
 * result (its owners may want to follow up) and a deal opened on a need (its enterprise is now a
 * party). Keyed by event, so a retried job writes nothing twice.
 */
@Injectable()
export class NotificationTriggers {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    private readonly users: UserService,
    private readonly results: ResearchResultService,
    private readonly needs: TechNeedService,
  ) {}

  async onResultNda(events: OutboxJob<{ userId?: string; ownerId?: string }>[]): Promise<void> {
    for (const event of events) {
      const { ownerId, userId } = event.payload;
      if (!ownerId || !userId || !event.aggregateId) continue;
      const [result, reader, members] = await Promise.all([
        this.results.get(event.aggregateId, memberOf(ownerId)),
        this.users.get(userId).catch(() => null),
        this.users.memberIds(ownerId),
      ]);
      if (!result || !reader) continue;
      const who = reader.displayName;
      await this.notifications.notify(
        members.filter((id) => id !== userId),
        {
          kind: NotificationKind.RESULT_NDA_ACCEPTED,
          title: '成果保密协议已签署 / NDA accepted',
          body: `${who} 签署了成果《${result.title}》的保密协议，可查看详情。 / ${who} accepted the NDA of "${result.title}" and now sees its details.`,
          dedupeKey: `nda:${event.aggregateId}:${userId}`,
        },
      );
    }
  }

  async onDealOpened(events: OutboxJob<DealEventPayload>[]): Promise<void> {
    for (const event of events) {
      if (!event.aggregateId || !event.payload.needId) continue;
      const deal = await this.dataSource.getRepository(DealEntity).findOneBy({ id: event.aggregateId });
      if (!deal?.enterpriseOrgId) continue;
      const [need, result, members] = await Promise.all([
        this.needs.get(event.payload.needId, memberOf(deal.enterpriseOrgId)),
        this.results.get(deal.resultId, memberOf(deal.ownerOrgId)),
        this.users.memberIds(deal.enterpriseOrgId),
      ]);
      if (!need) continue;
      await this.notifications.notify(
        members.filter((id) => id !== event.actorId),
        {
          kind: NotificationKind.DEAL_OPENED_FOR_NEED,
          title: '需求有了新交易 / Deal opened for your need',
          body: `需求《${need.title}》与成果《${result?.title ?? '—'}》开启了交易，交易室已开放。 / A deal pairs your need "${need.title}" with "${result?.title ?? '—'}"; its deal room is open.`,
          dealId: deal.id,
          dedupeKey: `deal-opened:${deal.id}`,
        },
      );
    }
  }
}
