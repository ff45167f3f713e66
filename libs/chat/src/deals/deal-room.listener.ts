import { Injectable } from '@nestjs/common';
import { DealLifecycleListener, DealRecord, DealService, DealStage, DealStageChangeRecord } from '@techbridge/brokerage';
import { memberIdsOf } from '@techbridge/identity';
import { EntityManager } from 'typeorm';

import { AfterCommit } from '../after-commit';
import { ConversationService, OfferAcceptedEvent } from '../conversations/conversation.service';
import { offerAcceptedText, stageChangeText } from './deal-room-text';

/**
 * The deal room follows its deal, inside the deal's transaction: opened → a conversation with the
 * broker and both organizations' members; broker (re)assigned → the new broker in, the previous
 * one out; stage changed → a SYSTEM message, and `deal:updated` to the room once committed.
 * An accepted offer agrees the deal's terms (DealService.acceptOffer, as the acceptor).
 */
@Injectable()
export class DealRoomListener implements DealLifecycleListener {
  constructor(
    private readonly conversations: ConversationService,
    private readonly deals: DealService,
    private readonly afterCommit: AfterCommit,
  ) {}

  async onOpened(manager: EntityManager, deal: DealRecord): Promise<void> {
    const members = await memberIdsOf(manager, [deal.ownerOrgId, deal.enterpriseOrgId]);
    const participantIds = [...(deal.brokerId ? [deal.brokerId] : []), ...members];
    if (participantIds.length === 0) participantIds.push(deal.openedBy ?? '');
    const conversation = await this.conversations.create(manager, { dealId: deal.id, participantIds: participantIds.filter(Boolean) });
    deal.conversationId = conversation.id;
  }

  async onBrokerAssigned(manager: EntityManager, deal: DealRecord, previousBrokerId: string | null): Promise<void> {
    if (!deal.conversationId) return;
    if (deal.brokerId) await this.conversations.addParticipants(manager, deal.conversationId, [deal.brokerId]);
    if (previousBrokerId && previousBrokerId !== deal.brokerId) await this.conversations.removeParticipant(manager, deal.conversationId, previousBrokerId);
    await this.conversations.postSystemMessage(manager, deal.conversationId, '经纪人已更换 / The deal has a new broker');
  }

  async onStageChanged(manager: EntityManager, deal: DealRecord, change: DealStageChangeRecord): Promise<void> {
    const conversationId = deal.conversationId;
    if (!conversationId) return;
    const detail = change.to === DealStage.LOST ? deal.lostReason : null;
    await this.conversations.postSystemMessage(manager, conversationId, stageChangeText(change.from, change.to, detail));
    const update = { dealId: deal.id, stage: deal.stage };
    this.afterCommit.run(manager, () => this.conversations.broadcastDealUpdated(conversationId, update));
  }

  /** Registered with ConversationService.onOfferAccepted. */
  async onOfferAccepted(event: OfferAcceptedEvent): Promise<void> {
    const text = offerAcceptedText(event.offerSeq, event.offer.amount, event.offer.contractType);
    await this.conversations.postSystemMessage(event.manager, event.conversationId, text);
    if (event.dealId) await this.deals.acceptOffer(event.manager, event.dealId, { offeredBy: event.offeredBy, note: text }, event.acceptedBy);
  }
}
