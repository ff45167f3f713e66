import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { DealEntity } from './deal.entity';
import { DealStageChangeEntity } from './deal-stage-change.entity';

/** The deal as other libs see it: read-only, but for the conversation link the deal room sets on opening. */
export type DealRecord = Readonly<Omit<DealEntity, 'conversationId'>> & { conversationId: string | null };

/** One recorded stage change, read-only. */
export type DealStageChangeRecord = Readonly<DealStageChangeEntity>;

/**
 * In-transaction listeners on a deal's life, registered by libs that build on brokerage (the chat
 * lib creates the deal's conversation in `onOpened` and posts SYSTEM messages in
 * `onStageChanged`). They run inside the deal's own transaction with its manager: what they write
 * commits or rolls back with the deal, and a throw undoes the whole change. Keep them short
 * (the deal row is locked) and leave slow work to outbox consumers (`deal.opened`,
 * `deal.stage_changed`, `deal.broker_assigned`).
 */
export interface DealLifecycleListener {
  /** After the deal row and its opening stage change are written. May set `deal.conversationId`. */
  onOpened?(manager: EntityManager, deal: DealRecord): Promise<void>;
  /** After the new stage and its StageChange row are written. */
  onStageChanged?(manager: EntityManager, deal: DealRecord, change: DealStageChangeRecord): Promise<void>;
  /** After an administrator (re)assigned the deal's broker. */
  onBrokerAssigned?(manager: EntityManager, deal: DealRecord, previousBrokerId: string | null): Promise<void>;
}

/** Registry of lifecycle listeners; libs register at module init (chat depends on brokerage, not the reverse). */
@Injectable()
export class DealLifecycle {
  private readonly listeners: DealLifecycleListener[] = [];

  register(listener: DealLifecycleListener): void {
    this.listeners.push(listener);
  }

  async opened(manager: EntityManager, deal: DealEntity): Promise<void> {
    for (const listener of this.listeners) await listener.onOpened?.(manager, deal);
  }

  async stageChanged(manager: EntityManager, deal: DealEntity, change: DealStageChangeEntity): Promise<void> {
    for (const listener of this.listeners) await listener.onStageChanged?.(manager, deal, change);
  }

  async brokerAssigned(manager: EntityManager, deal: DealEntity, previousBrokerId: string | null): Promise<void> {
    for (const listener of this.listeners) await listener.onBrokerAssigned?.(manager, deal, previousBrokerId);
  }
}
