import { flattenValidationErrors, InputValidationError } from '@techbridge/platform';
import { plainToInstance } from 'class-transformer';
import { IsInt, IsUUID, Max, Min, validate } from 'class-validator';

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
  const value = plainToInstance(type, raw);
  const errors = await validate(value, { forbidUnknownValues: false, validationError: { target: false, value: false } });
  if (errors.length > 0) throw new InputValidationError(flattenValidationErrors(errors));
  return value;
}
