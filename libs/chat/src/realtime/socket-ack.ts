import { randomUUID } from 'node:crypto';

import { Logger } from '@nestjs/common';
import { DomainError, InputValidationError } from '@techbridge/platform';

import { AckFailure } from './chat-events';

const logger = new Logger('ChatGateway');

/**
 * The socket counterpart of the GraphQL error formatter: expected failures keep their public
 * code and message; anything else is logged under a correlation id and answered as internal.
 */
export function ackFailure(error: unknown): AckFailure {
  if (error instanceof DomainError) {
    return {
      ok: false,
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    };
  }
  if (error instanceof InputValidationError) return { ok: false, code: 'BAD_USER_INPUT', message: error.message, fields: error.fields };
  const pgCode = (error as { driverError?: { code?: string }; code?: string } | null)?.driverError?.code;
  if (pgCode === '22P02') return { ok: false, code: 'BAD_USER_INPUT', message: 'A value has the wrong format (ids are UUIDs)' };
  const correlationId = randomUUID();
  const cause = error instanceof Error ? error : new Error(String(error));
  logger.error(`[${correlationId}] ${cause.name}: ${cause.message}`, cause.stack);
  return { ok: false, code: 'INTERNAL_SERVER_ERROR', message: `Internal server error (${correlationId})` };
}
