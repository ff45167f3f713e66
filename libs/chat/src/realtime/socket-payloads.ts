import { findUnsafeText, flattenValidationErrors, InputValidationError, unsafeTextReason } from '@techbridge/platform';
import { plainToInstance } from 'class-transformer';
import { IsInt, IsUUID, isUUID, length, Max, Min, validate } from 'class-validator';

import { MAX_BODY_LENGTH, SendMessageInput } from '../messages/dto/send-message.input';

export class ConversationPayload {
  @IsUUID()
  conversationId: string;
}

export class OfferAcceptPayload {
  @IsUUID()
  messageId: string;
}

export class SyncPayload extends ConversationPayload {
  @IsInt()
  @Min(0)
  @Max(2 ** 31 - 1)
  afterSeq: number;
}

export class ReadPayload extends ConversationPayload {
  @IsInt()
  @Min(0)
  @Max(2 ** 31 - 1)
  seq: number;
}

/** Validates a socket event's payload as the GraphQL pipe does; failures are BAD_USER_INPUT. */
export async function parsePayload<T extends object>(type: new () => T, raw: unknown): Promise<T> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputValidationError({ payload: ['The payload must be an object'] });
  const unsafe = findUnsafeText(raw);
  if (unsafe) throw new InputValidationError(unsafe);
  const value = plainToInstance(type, raw);
  const errors = await validate(value, { forbidUnknownValues: false, validationError: { target: false, value: false } });
  if (errors.length > 0) throw new InputValidationError(flattenValidationErrors(errors));
  return value;
}

/**
 * `message:send` is the hot event. A plain text message (no offer) that passes is checked here by
 * hand with class-validator's own `isUUID` and `length`, and built as plainToInstance would
 * (body trimmed) without the metadata walk of a full pass. Anything else, an offer, attachments or any
 * payload this check does not accept, takes the full pass, so a refusal carries the same code,
 * fields and messages as before. Synchronous when the fast check accepts.
 */
export function parseSendMessagePayload(raw: unknown): SendMessageInput | Promise<SendMessageInput> {
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const { conversationId, clientMessageId, body, offer, attachmentIds } = raw as Record<string, unknown>;
    if ((offer === undefined || offer === null) && (attachmentIds === undefined || attachmentIds === null)) {
      const trimmed = typeof body === 'string' ? body.trim() : undefined;
      const safe =
        length(clientMessageId, 1, 64) &&
        length(trimmed, 1, MAX_BODY_LENGTH) &&
        !unsafeTextReason(clientMessageId as string) &&
        !unsafeTextReason(trimmed as string);
      if (isUUID(conversationId) && safe) {
        const input = new SendMessageInput();
        input.conversationId = conversationId as string;
        input.clientMessageId = clientMessageId as string;
        input.body = trimmed as string;
        if (offer === null) input.offer = null;
        if (attachmentIds === null) input.attachmentIds = null;
        return input;
      }
    }
  }
  return parsePayload(SendMessageInput, raw);
}
