import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule, TechNeedService } from '@techbridge/catalog';
import { IdentityModule } from '@techbridge/identity';
import { MailModule } from '@techbridge/mail';
import { MatchingModule, MatchService } from '@techbridge/matching';
import { AuditService, OutboxHandlerRegistry } from '@techbridge/platform';

import { BrokerageSettings } from './brokerage.settings';
import { Clock } from './clock';
import { CommissionLedgerEntity } from './contracts/commission-ledger.entity';
import { DealContractEntity } from './contracts/deal-contract.entity';
import { DealEntity } from './deals/deal.entity';
import { DealLoaders } from './deals/deal.loaders';
import { DealResolver, StageChangeResolver } from './deals/deal.resolver';
import { DealService } from './deals/deal.service';
import { DealCatalogListener } from './deals/deal-catalog.listener';
import { DEAL_DUE_QUEUE, DealDueCheck, DealDueReminders } from './deals/deal-due.reminders';
import { DealLifecycle } from './deals/deal-lifecycle';
import { DealOpeningService } from './deals/deal-opening.service';
import { DealStageChangeEntity } from './deals/deal-stage-change.entity';
import { MATCH_LOOKUP, MatchLookup } from './deals/match-lookup.port';
import { DRAFT_NEED_PORT, DraftNeedPort } from './follow-ups/draft-need.port';
import { FollowUpEntity } from './follow-ups/follow-up.entity';
import { FollowUpResolver } from './follow-ups/follow-up.resolver';
import { FollowUpService } from './follow-ups/follow-up.service';
import { NotificationEntity } from './notifications/notification.entity';
import { NotificationResolver } from './notifications/notification.resolver';
import { NOTIFICATION_CREATED_EVENT, NotificationService } from './notifications/notification.service';
import { DigestJob, NOTIFICATION_DIGEST_QUEUE, NotificationMailer } from './notifications/notification-mailer';
import { NotificationTriggers } from './notifications/notification-triggers';

@Module({
  imports: [
    IdentityModule,
    MailModule,
    CatalogModule,
    MatchingModule,
    TypeOrmModule.forFeature([DealEntity, DealStageChangeEntity, DealContractEntity, CommissionLedgerEntity, FollowUpEntity, NotificationEntity]),
  ],
  providers: [
    Clock,
    BrokerageSettings,
    DealLifecycle,
    DealService,
    DealOpeningService,
    DealCatalogListener,
    DealLoaders,
    DealResolver,
    StageChangeResolver,
    DealDueReminders,
    NotificationService,
    NotificationResolver,
    NotificationMailer,
    NotificationTriggers,
    FollowUpService,
    FollowUpResolver,
    // Needs discovered in follow-ups become draft needs of the enterprise through the catalog.
    {
      provide: DRAFT_NEED_PORT,
      inject: [TechNeedService],
      useFactory: (needs: TechNeedService): DraftNeedPort => ({
        createDraftNeeds: (manager, followUp, fieldCode, actorId) =>
          needs.createDrafts(manager, followUp.enterpriseId, followUp.discoveredNeeds, fieldCode, actorId, followUp.happenedOn),
      }),
    },
    // Deals opened from a match read it and mark it CONVERTED through the matching lib.
    {
      provide: MATCH_LOOKUP,
      inject: [MatchService],
      useFactory: (matches: MatchService): MatchLookup => ({
        find: (matchId) => matches.getForDeal(matchId),
        markConverted: (manager, matchId) => matches.markConverted(manager, matchId),
      }),
    },
  ],
  exports: [Clock, BrokerageSettings, DealLifecycle, DealService, DealOpeningService, DealLoaders, NotificationService, NotificationMailer, FollowUpService],
})
export class BrokerageModule implements OnModuleInit {
  constructor(
    private readonly handlers: OutboxHandlerRegistry,
    private readonly reminders: DealDueReminders,
    private readonly audit: AuditService,
    private readonly lifecycle: DealLifecycle,
    private readonly catalogListener: DealCatalogListener,
    private readonly mailer: NotificationMailer,
    private readonly triggers: NotificationTriggers,
  ) {}

  onModuleInit(): void {
    this.lifecycle.register(this.catalogListener);
    // A deal entering a stage with a deadline gets a delayed check at that instant.
    this.handlers.register('brokerage.deal-due-schedule', ['deal.opened', 'deal.stage_changed'], (jobs) => this.reminders.onDealEvents(jobs));
    // The delayed checks themselves: no event routes here, jobs are sent with `startAfter`;
    // registering the queue makes every worker process consume it.
    this.handlers.register<DealDueCheck>(DEAL_DUE_QUEUE, [], (jobs) => this.reminders.onDueJobs(jobs), { batchSize: 20 });
    // Notifications by mail (MAIL_TOO users), one each or gathered into the daily digest.
    this.handlers.register('brokerage.notification-mail', [NOTIFICATION_CREATED_EVENT], (jobs) => this.mailer.onCreated(jobs), { batchSize: 20 });
    this.handlers.register<DigestJob>(NOTIFICATION_DIGEST_QUEUE, [], (jobs) => this.mailer.onDigestJobs(jobs), { batchSize: 20 });
    this.handlers.register('brokerage.notify-result-nda', ['result.nda_accepted'], (jobs) => this.triggers.onResultNda(jobs));
    this.handlers.register('brokerage.notify-deal-opened', ['deal.opened'], (jobs) => this.triggers.onDealOpened(jobs));
    this.handlers.register('brokerage.audit', ['deal.opened', 'deal.stage_changed', 'deal.broker_assigned', 'contract.signed'], (jobs) =>
      this.audit.recordEvents(jobs, (job) => job.payload),
    );
  }
}
