import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { byKeys, groupByKeys, Principal } from '@techbridge/platform';
import { DataSource, EntityManager, In } from 'typeorm';

import { chatError } from '../chat.errors';
import { MessageEntity, StoredOffer } from '../messages/message.entity';
import { MessageService } from '../messages/message.service';
import { MessageKind } from '../messages/message-kind.enum';
import { ChatBroadcaster } from '../realtime/chat-broadcaster';
import { ConversationEntity } from './conversation.entity';
import { ConversationAccess } from './conversation-access.service';
import { ConversationParticipantEntity } from './conversation-participant.entity';

/** What the deal pipeline learns when a participant accepts an offer. */
export interface OfferAcceptedEvent {
  conversationId: string;
  dealId: string | null;
  offerMessageId: string;
  /** The offer message's seq in its conversation. */
  offerSeq: number;
  offer: StoredOffer;
  offeredBy: string;
  acceptedBy: Principal;
  /** The transaction the acceptance runs in: a listener's changes commit or fail with it. */
  manager: EntityManager;
}
export type OfferAcceptedListener = (event: OfferAcceptedEvent) => Promise<void>;

/**
 * Conversations and their participants: what other libs (the deal pipeline) call to open a
 * deal room, add people to it, post SYSTEM messages, and react to accepted offers.
 */
@Injectable()
export class ConversationService {
  private readonly offerAcceptedListeners: OfferAcceptedListener[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly messages: MessageService,
    private readonly broadcaster: ChatBroadcaster,
  ) {}

  /** Opens a conversation (one per deal when dealId is given) with its first participants. */
  async create(manager: EntityManager, input: { dealId?: string | null; participantIds: string[] }): Promise<ConversationEntity> {
    const participants = [...new Set(input.participantIds)];
    if (participants.length === 0) throw chatError('NO_PARTICIPANTS', 'A conversation needs at least one participant');
    const conversation = await manager
      .getRepository(ConversationEntity)
      .save(manager.getRepository(ConversationEntity).create({ dealId: input.dealId ?? null, lastSeq: 0 }));
    await this.addParticipants(manager, conversation.id, participants);
    return conversation;
  }

  /** Adds participants; ones already there keep their read state. */
  async addParticipants(manager: EntityManager, conversationId: string, userIds: string[]): Promise<void> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return;
    await manager.query(`INSERT INTO conversation_participant (conversation_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [
      conversationId,
      ids,
    ]);
  }

  /** Takes a user out of a conversation (a deal's previous broker). */
  async removeParticipant(manager: EntityManager, conversationId: string, userId: string): Promise<void> {
    await manager.query(`DELETE FROM conversation_participant WHERE conversation_id = $1 AND user_id = $2`, [conversationId, userId]);
  }

  /** Posts a SYSTEM message (e.g. a deal stage change); broadcast once the transaction commits. */
  async postSystemMessage(manager: EntityManager | undefined, conversationId: string, body: string): Promise<MessageEntity> {
    return this.messages.postSystem(manager, conversationId, body);
  }

  /** The newest OFFER message of a conversation, if any. */
  async latestOffer(conversationId: string): Promise<MessageEntity | null> {
    return this.messages.latestOffer(conversationId);
  }

  /** The newest OFFER message of each conversation, in order (batch loading). */
  async latestOffers(conversationIds: readonly string[]): Promise<(MessageEntity | null)[]> {
    return this.messages.latestOffers(conversationIds);
  }

  async isParticipant(conversationId: string, userId: string): Promise<boolean> {
    return this.access.isParticipant(conversationId, userId);
  }

  async findByDealId(dealId: string): Promise<ConversationEntity | null> {
    return this.dataSource.getRepository(ConversationEntity).findOneBy({ dealId });
  }

  /** The deal pipeline registers here (at module init) to turn an accepted offer into a deal transition. */
  onOfferAccepted(listener: OfferAcceptedListener): void {
    this.offerAcceptedListeners.push(listener);
  }

  /**
   * A participant other than the offer's author accepts it. Listeners run in the same
   * transaction (the deal moves to TERMS_AGREED and posts its SYSTEM message there); without
   * a deal pipeline a SYSTEM message records the acceptance.
   */
  async acceptOffer(principal: Principal, offerMessageId: string): Promise<MessageEntity> {
    const offer = await this.messages.get(offerMessageId);
    if (!offer) throw chatError('MESSAGE_NOT_FOUND', 'No such message');
    if (offer.kind !== MessageKind.OFFER || !offer.offer || !offer.senderId) throw chatError('NOT_AN_OFFER', 'This message is not an offer');
    await this.access.assertParticipant(principal.userId, offer.conversationId);
    if (offer.senderId === principal.userId) throw chatError('OWN_OFFER', 'An offer is accepted by the other party, not by its author');
    const latest = await this.messages.latestOffer(offer.conversationId);
    if (latest?.id !== offer.id) throw chatError('NOT_AN_OFFER', 'Only the latest offer can be accepted');
    const conversation = await this.dataSource.getRepository(ConversationEntity).findOneByOrFail({ id: offer.conversationId });
    await this.dataSource.transaction(async (manager) => {
      for (const listener of this.offerAcceptedListeners) {
        await listener({
          conversationId: offer.conversationId,
          dealId: conversation.dealId,
          offerMessageId: offer.id,
          offerSeq: offer.seq,
          offer: offer.offer as StoredOffer,
          offeredBy: offer.senderId as string,
          acceptedBy: principal,
          manager,
        });
      }
      if (this.offerAcceptedListeners.length === 0) {
        await this.messages.postSystem(manager, offer.conversationId, `Offer #${offer.seq} accepted: ${offer.offer?.amount} CNY, ${offer.offer?.contractType}`);
      }
    });
    return offer;
  }

  /** Tells the deal room that its deal changed stage. */
  broadcastDealUpdated(conversationId: string, update: { dealId: string; stage: string }): void {
    this.broadcaster.dealUpdated(conversationId, update);
  }

  /** A conversation for a caller allowed to read it (participants and administrators). */
  async getForReader(principal: Principal, conversationId: string): Promise<ConversationEntity> {
    await this.access.assertCanRead(principal, conversationId);
    return this.dataSource.getRepository(ConversationEntity).findOneByOrFail({ id: conversationId });
  }

  /** The caller's conversations, newest first. */
  async listForUser(userId: string, first: number): Promise<ConversationEntity[]> {
    return this.dataSource
      .getRepository(ConversationEntity)
      .createQueryBuilder('c')
      .innerJoin(ConversationParticipantEntity, 'p', 'p.conversation_id = c.id AND p.user_id = :userId', { userId })
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(first)
      .getMany();
  }

  /**
   * Moves the caller's read mark forward (never back, never past the last message) and tells
   * the room. Returns the stored mark.
   */
  async markRead(principal: Pick<Principal, 'userId'>, conversationId: string, seq: number): Promise<number> {
    const rows: { last_read_seq: number }[] = await this.dataSource
      .query(
        `UPDATE conversation_participant p
          SET last_read_seq = GREATEST(p.last_read_seq, LEAST($3::int, c.last_seq))
         FROM conversation c
        WHERE c.id = p.conversation_id AND p.conversation_id = $1 AND p.user_id = $2
        RETURNING p.last_read_seq`,
        [conversationId, principal.userId, seq],
      )
      .then((result: [{ last_read_seq: number }[], number]) => result[0]);
    if (rows.length === 0) {
      await this.access.assertParticipant(principal.userId, conversationId);
      throw chatError('NOT_A_PARTICIPANT', 'You are not a participant of this conversation');
    }
    const stored = rows[0].last_read_seq;
    this.broadcaster.messageRead(conversationId, principal.userId, stored);
    return stored;
  }

  async participantsOf(conversationIds: readonly string[]): Promise<ConversationParticipantEntity[][]> {
    const rows = await this.dataSource
      .getRepository(ConversationParticipantEntity)
      .find({ where: { conversationId: In([...conversationIds]) }, order: { joinedAt: 'ASC', userId: 'ASC' } });
    return groupByKeys(conversationIds, rows, (row) => row.conversationId);
  }

  async findByIds(ids: readonly string[]): Promise<(ConversationEntity | null)[]> {
    const rows = await this.dataSource.getRepository(ConversationEntity).findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (row) => row.id);
  }
}
