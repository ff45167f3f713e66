import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ContractType } from '@techbridge/brokerage';
import { UserService } from '@techbridge/identity';
import { Connection, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, invalidField, normaliseMoney, Principal } from '@techbridge/platform';
import { DataSource, EntityManager } from 'typeorm';

import { AfterCommit } from '../after-commit';
import { chatError } from '../chat.errors';
import { ConversationAccess } from '../conversations/conversation-access.service';
import { ChatBroadcaster } from '../realtime/chat-broadcaster';
import { MessagePayload, SYNC_PAGE_SIZE } from '../realtime/chat-events';
import { SendMessageInput } from './dto/send-message.input';
import { MessageEntity, StoredAttachment, StoredOffer } from './message.entity';
import { MessageKind } from './message-kind.enum';
import { insertWithNextSeq } from './message-seq.sql';
import { MicroBatcher, Outcome } from './micro-batcher';

interface MessageRow {
  id: string;
  conversation_id: string;
  seq: number;
  sender_id: string | null;
  client_message_id: string | null;
  kind: MessageKind;
  body: string;
  offer: StoredOffer | null;
  /** Absent from chat_store_messages() rows: batched sends carry no attachments. */
  attachments?: StoredAttachment[] | null;
  created_at: Date;
}

const COLUMNS = 'id, conversation_id, seq, sender_id, client_message_id, kind, body, offer, attachments, created_at';
const NAME_TTL_MS = 60_000;
const NAME_CACHE_MAX = 20_000;

export function toMessageEntity(row: MessageRow): MessageEntity {
  return Object.assign(new MessageEntity(), {
    id: row.id,
    conversationId: row.conversation_id,
    seq: row.seq,
    senderId: row.sender_id,
    clientMessageId: row.client_message_id,
    kind: row.kind,
    body: row.body,
    offer: row.offer,
    attachments: row.attachments ?? null,
    createdAt: row.created_at,
  });
}

/** What libs/files is asked when a message carries uploads: attach them to the message, inside its transaction. */
export interface MessageAttachmentRequest {
  manager: EntityManager;
  senderId: string;
  conversationId: string;
  messageId: string;
  fileIds: string[];
}
/** Attaches the sender's uploads (refusing others' files, attached ones and types a room does not take) and says what the message shows of each. */
export type MessageAttachmentHandler = (request: MessageAttachmentRequest) => Promise<StoredAttachment[]>;

/** "12.5" → "12.50": amounts are kept as decimal strings with two decimals, never as floats. */
interface PendingSend {
  senderId: string;
  conversationId: string;
  clientMessageId: string;
  kind: MessageKind;
  body: string;
  offer: StoredOffer | null;
}

interface StoredRow {
  row: MessageRow;
  created: boolean;
}

/** A row of chat_store_messages(): an accepted item of the batch (1-based position) and its stored message. */
interface BatchRow extends MessageRow {
  item: number;
  created: boolean;
}

/** How long a send waits for others to share its commit, how many share one at most, and how many commits run at once. */
const BATCH_WINDOW_MS = 2;
const BATCH_MAX = 200;
const BATCHES_IN_FLIGHT = 4;

function settle<R>(promise: Promise<R>): Promise<Outcome<R>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

export interface StoredMessage {
  message: MessagePayload;
  /** False when a resend matched a message already stored. */
  created: boolean;
}

/** The socket shape of a stored message, given its sender's display name. */
function toPayload(m: MessageEntity, senderName: string): MessagePayload {
  return {
    id: m.id,
    clientMessageId: m.clientMessageId,
    conversationId: m.conversationId,
    seq: m.seq,
    sender: m.senderId ? { id: m.senderId, displayName: senderName } : null,
    kind: m.kind,
    body: m.body,
    offer: m.offer ? { amount: m.offer.amount, contractType: m.offer.contractType as ContractType, terms: m.offer.terms ?? null } : null,
    attachments: (m.attachments ?? []).map((file) => ({
      id: file.id,
      name: file.name,
      contentType: file.contentType,
      size: file.size,
      url: `/files/${file.id}`,
    })),
    createdAt: new Date(m.createdAt).toISOString(),
  };
}

/** The message store; seqs are assigned by the rule in message-seq.sql.ts. */
@Injectable()
export class MessageService {
  /** Display names for payloads, briefly cached: every message carries its sender's name. */
  private readonly names = new Map<string, { name: string; at: number }>();
  private readonly logger = new Logger(MessageService.name);
  private attachmentHandler: MessageAttachmentHandler | null = null;
  private readonly batcher = new MicroBatcher<PendingSend, StoredMessage>(
    { windowMs: BATCH_WINDOW_MS, maxSize: BATCH_MAX, maxInFlight: BATCHES_IN_FLIGHT },
    (items) => this.storeBatch(items),
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly users: UserService,
    private readonly broadcaster: ChatBroadcaster,
    private readonly afterCommit: AfterCommit,
  ) {}

  /**
   * Stores a participant's message (or finds the one stored under the same clientMessageId),
   * then broadcasts it to the conversation's room. A resend is broadcast again: clients
   * de-duplicate by id, and it covers a crash between commit and broadcast. Sends arriving
   * together are stored in one transaction (group commit); each resolves only after it.
   */
  async send(senderId: string, input: SendMessageInput): Promise<StoredMessage> {
    const offer: StoredOffer | null = input.offer
      ? { amount: normaliseMoney(input.offer.amount), contractType: input.offer.contractType, terms: input.offer.terms?.trim() || null }
      : null;
    const item: PendingSend = {
      senderId,
      conversationId: input.conversationId,
      clientMessageId: input.clientMessageId,
      kind: offer ? MessageKind.OFFER : MessageKind.TEXT,
      body: input.body,
      offer,
    };
    const fileIds = [...new Set(input.attachmentIds ?? [])];
    const stored = fileIds.length > 0 ? await this.storeWithAttachments(item, fileIds) : await this.batcher.add(item);
    this.broadcaster.messageNew(stored.message);
    return stored;
  }

  /** libs/files registers here at module init (it depends on chat, not the other way round). */
  registerAttachmentHandler(handler: MessageAttachmentHandler): void {
    this.attachmentHandler = handler;
  }

  /**
   * A message with files, outside the group commit: the message and its files' attachment commit
   * together or not at all, so a refused file (someone else's, already attached, a type the room
   * does not take) stores no message and takes no seq. A resend acks the stored message and
   * attaches nothing again.
   */
  private async storeWithAttachments(item: PendingSend, fileIds: string[]): Promise<StoredMessage> {
    const handler = this.attachmentHandler;
    if (!handler) throw chatError('ATTACHMENTS_UNAVAILABLE', 'Files cannot be sent with messages here');
    const find = (): Promise<MessageRow[]> =>
      this.dataSource.query(`SELECT ${COLUMNS} FROM message WHERE conversation_id = $1 AND sender_id = $2 AND client_message_id = $3`, [
        item.conversationId,
        item.senderId,
        item.clientMessageId,
      ]);
    const existing = await find();
    let row: MessageRow | undefined = existing[0];
    let created = false;
    if (!row) {
      try {
        row = await this.dataSource.transaction(async (manager) => {
          const inserted: MessageRow[] = await manager.query(insertWithNextSeq({ sender: true, returning: 'id' }), [
            item.conversationId,
            item.senderId,
            item.clientMessageId,
            item.kind,
            item.body,
            item.offer ? JSON.stringify(item.offer) : null,
          ]);
          if (!inserted[0]) {
            await this.access.assertParticipant(item.senderId, item.conversationId);
            throw new Error('Message refused for an unknown reason');
          }
          const attachments = await handler({ manager, senderId: item.senderId, conversationId: item.conversationId, messageId: inserted[0].id, fileIds });
          const [updated]: [MessageRow[], number] = await manager.query(`UPDATE message SET attachments = $2 WHERE id = $1 RETURNING ${COLUMNS}`, [
            inserted[0].id,
            JSON.stringify(attachments),
          ]);
          return updated[0];
        });
        created = true;
      } catch (error) {
        const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
        if (driverError?.code !== '23505' || driverError.constraint !== 'message_client_id_unique') throw error;
        row = (await find())[0];
      }
    }
    const [message] = await this.payloads([toMessageEntity(row)]);
    return { message, created };
  }

  /**
   * One batch of sends, stored by chat_store_messages() in one statement: one round trip and one
   * implicit transaction (see its migration for the locking). Refused items (unknown
   * conversation, not a participant) and every item of a failing batch go through the
   * single-message path, which explains the refusal or stores the message alone, so one bad
   * message never fails the others. Payloads are built here, with the batch's sender names.
   */
  private async storeBatch(items: PendingSend[]): Promise<Outcome<StoredMessage>[]> {
    // One name look-up for the whole batch (mostly from the cache), alongside the insert.
    const names = this.displayNames([...new Set(items.map((item) => item.senderId))]).catch(() => new Map<string, string>());
    let rows: BatchRow[] | null = null;
    try {
      rows = await this.dataSource.query(`SELECT * FROM chat_store_messages($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::jsonb[])`, [
        items.map((item) => item.conversationId),
        items.map((item) => item.senderId),
        items.map((item) => item.clientMessageId),
        items.map((item) => item.kind),
        items.map((item) => item.body),
        items.map((item) => (item.offer ? JSON.stringify(item.offer) : null)),
      ]);
    } catch (error) {
      this.logger.warn(`A batch of ${items.length} messages failed (${(error as Error).message}); storing them one by one`);
    }
    const stored: (StoredRow | null)[] = new Array<StoredRow | null>(items.length).fill(null);
    for (const row of rows ?? []) stored[row.item - 1] = { row, created: row.created };
    const outcomes: Outcome<StoredRow>[] = [];
    // In order, so one sender's messages keep the order they were sent in.
    for (const [index, result] of stored.entries()) outcomes.push(result ? { ok: true, value: result } : await settle(this.storeOne(items[index])));
    const senderNames = await names;
    return outcomes.map((outcome) =>
      outcome.ok
        ? {
            ok: true,
            value: {
              message: toPayload(toMessageEntity(outcome.value.row), senderNames.get(outcome.value.row.sender_id as string) ?? ''),
              created: outcome.value.created,
            },
          }
        : outcome,
    );
  }

  /**
   * A single message in one statement, so one implicit transaction and one round trip: the
   * UPDATE takes the row lock and the next seq; if the INSERT fails (a resend racing its
   * original), both roll back.
   */
  private async storeOne(item: PendingSend): Promise<StoredRow> {
    let row: MessageRow | undefined;
    let created = true;
    try {
      const rows: MessageRow[] = await this.dataSource.query(insertWithNextSeq({ sender: true, returning: COLUMNS }), [
        item.conversationId,
        item.senderId,
        item.clientMessageId,
        item.kind,
        item.body,
        item.offer ? JSON.stringify(item.offer) : null,
      ]);
      row = rows[0];
    } catch (error) {
      const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
      if (driverError?.code !== '23505' || driverError.constraint !== 'message_client_id_unique') throw error;
      created = false;
    }
    if (created && !row) {
      // Explains the refusal: unknown conversation, or not a participant.
      await this.access.assertParticipant(item.senderId, item.conversationId);
      throw new Error('Message refused for an unknown reason');
    }
    if (!row) {
      const rows: MessageRow[] = await this.dataSource.query(
        `SELECT ${COLUMNS} FROM message WHERE conversation_id = $1 AND sender_id = $2 AND client_message_id = $3`,
        [item.conversationId, item.senderId, item.clientMessageId],
      );
      row = rows[0];
    }
    return { row, created };
  }

  /**
   * Stores a SYSTEM message, inside the caller's transaction when given one (it holds the
   * conversation row until it commits); the broadcast waits for that commit.
   */
  async postSystem(manager: EntityManager | undefined, conversationId: string, body: string): Promise<MessageEntity> {
    const insert = async (m: EntityManager): Promise<MessageEntity> => {
      const rows: MessageRow[] = await m.query(insertWithNextSeq({ sender: false, returning: COLUMNS }), [conversationId, body.trim().slice(0, 4000)]);
      if (rows.length === 0) throw invalidField('conversationId', 'No such conversation');
      return toMessageEntity(rows[0]);
    };
    const entity = manager ? await insert(manager) : await this.dataSource.transaction(insert);
    this.afterCommit.run(manager, () => {
      void this.payloads([entity]).then(([message]) => this.broadcaster.messageNew(message));
    });
    return entity;
  }

  /** Messages after `afterSeq`, ascending, at most 500 per call. */
  async sync(principal: Pick<Principal, 'userId' | 'roles'>, conversationId: string, afterSeq: number): Promise<MessagePayload[]> {
    await this.access.assertCanRead(principal, conversationId);
    const rows: MessageRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM message WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT ${SYNC_PAGE_SIZE}`,
      [conversationId, afterSeq],
    );
    return this.payloads(rows.map(toMessageEntity));
  }

  /**
   * History backwards: the `last` messages before the cursor, oldest first. hasNextPage tells
   * whether older ones exist; endCursor (the oldest edge's) is the next `before`.
   */
  async history(principal: Principal, conversationId: string, last = DEFAULT_PAGE_SIZE, before?: string | null): Promise<Connection<MessageEntity>> {
    await this.access.assertCanRead(principal, conversationId);
    let beforeSeq = 2 ** 31 - 1;
    if (before) {
      const [seq] = decodeCursor(before, 1);
      if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 0 || seq > 2 ** 31 - 1) throw invalidField('before', 'Cursor is not valid for this list');
      beforeSeq = seq;
    }
    const rows: MessageRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM message WHERE conversation_id = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3`,
      [conversationId, beforeSeq, last + 1],
    );
    const page = rows.slice(0, last).reverse().map(toMessageEntity);
    const edges = page.map((node) => ({ cursor: encodeCursor([node.seq]), node }));
    return { edges, pageInfo: { hasNextPage: rows.length > last, endCursor: edges[0]?.cursor ?? null }, totalCount: -1 };
  }

  async latestOffer(conversationId: string): Promise<MessageEntity | null> {
    const rows: MessageRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM message WHERE conversation_id = $1 AND kind = 'OFFER' ORDER BY seq DESC LIMIT 1`,
      [conversationId],
    );
    return rows[0] ? toMessageEntity(rows[0]) : null;
  }

  async latestOffers(conversationIds: readonly string[]): Promise<(MessageEntity | null)[]> {
    const rows: MessageRow[] = await this.dataSource.query(
      `SELECT DISTINCT ON (conversation_id) ${COLUMNS} FROM message WHERE conversation_id = ANY ($1::uuid[]) AND kind = 'OFFER' ORDER BY conversation_id, seq DESC`,
      [[...conversationIds]],
    );
    const byConversation = new Map(rows.map((row) => [row.conversation_id, toMessageEntity(row)]));
    return conversationIds.map((id) => byConversation.get(id) ?? null);
  }

  async get(messageId: string): Promise<MessageEntity | null> {
    const rows: MessageRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM message WHERE id = $1`, [messageId]);
    return rows[0] ? toMessageEntity(rows[0]) : null;
  }

  /** The socket shape of stored messages, with sender names. */
  async payloads(messages: MessageEntity[]): Promise<MessagePayload[]> {
    const names = await this.displayNames([...new Set(messages.map((m) => m.senderId).filter((id): id is string => !!id))]);
    return messages.map((m) => toPayload(m, m.senderId ? (names.get(m.senderId) ?? '') : ''));
  }

  private async displayNames(ids: string[]): Promise<Map<string, string>> {
    const now = Date.now();
    const result = new Map<string, string>();
    const missing: string[] = [];
    for (const id of ids) {
      const cached = this.names.get(id);
      if (cached && now - cached.at < NAME_TTL_MS) result.set(id, cached.name);
      else missing.push(id);
    }
    if (missing.length > 0) {
      if (this.names.size > NAME_CACHE_MAX) this.names.clear();
      const users = await this.users.findByIds(missing);
      users.forEach((user, index) => {
        const name = user?.displayName ?? '';
        result.set(missing[index], name);
        this.names.set(missing[index], { name, at: now });
      });
    }
    return result;
  }
}
