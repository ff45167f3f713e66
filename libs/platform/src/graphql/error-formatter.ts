import { randomUUID } from 'node:crypto';

import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { ValidationError } from 'class-validator';
import { GraphQLError, GraphQLFormattedError } from 'graphql';

import { DomainError, FieldErrors, PublicErrorCode } from './domain-error';

const logger = new Logger('GraphQLErrors');

/** Codes graphql-js and Apollo give for requests that never reach a resolver; kept as they are. */
const REQUEST_LEVEL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** Thrown by the validation pipe; carries class-validator's tree so messages can be keyed by field. */
export class InputValidationError extends Error {
  constructor(readonly fields: FieldErrors) {
    super(`Invalid input: ${Object.keys(fields).join(', ')}`);
  }
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldErrors {
  const out: FieldErrors = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) out[path] = Object.values(error.constraints);
    if (error.children?.length) Object.assign(out, flattenValidationErrors(error.children, path));
  }
  return out;
}

function httpCode(status: number): PublicErrorCode {
  switch (status) {
    case HttpStatus.UNAUTHORIZED:
      return 'UNAUTHENTICATED';
    case HttpStatus.FORBIDDEN:
      return 'FORBIDDEN';
    case HttpStatus.NOT_FOUND:
      return 'NOT_FOUND';
    case HttpStatus.BAD_REQUEST:
    case HttpStatus.UNPROCESSABLE_ENTITY:
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return 'BAD_USER_INPUT';
    case HttpStatus.CONFLICT:
      return 'CONFLICT';
    case HttpStatus.TOO_MANY_REQUESTS:
      return 'RATE_LIMITED';
    default:
      return 'INTERNAL_SERVER_ERROR';
  }
}

/**
 * The one place where errors become public. Domain errors keep their message and code; Nest
 * HTTP exceptions map by status; anything else is an internal error whose details go to the log
 * under a correlation id and never to the client.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.code,
        reason: original.reason,
        ...(original.fields ? { fields: original.fields } : {}),
        ...(original.retryAfterSeconds !== undefined ? { retryAfterSeconds: original.retryAfterSeconds } : {}),
      },
    };
  }
  if (original instanceof InputValidationError) {
    return { ...base, message: original.message, extensions: { code: 'BAD_USER_INPUT', fields: original.fields } };
  }
  const pgCode = (original as { driverError?: { code?: string } } | null)?.driverError?.code;
  if (pgCode === '23505' || pgCode === '23P01') {
    // Unique or exclusion constraint: a duplicate or an overlap the database refused.
    return { ...base, message: 'This conflicts with an existing record', extensions: { code: 'CONFLICT' } };
  }
  if (pgCode === '22P02') {
    return { ...base, message: 'A value has the wrong format (ids are UUIDs)', extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (original instanceof ThrottlerException) {
    return { ...base, message: 'Too many attempts; try again later', extensions: { code: 'RATE_LIMITED' } };
  }
  if (original instanceof HttpException) {
    const code = httpCode(original.getStatus());
    if (code !== 'INTERNAL_SERVER_ERROR') return { ...base, message: original.message, extensions: { code } };
  }
  if (original instanceof GraphQLError && !original.extensions?.code && original.message.startsWith('Too many errors processing variables')) {
    // graphql-js stops coercing variables after 50 errors and says so in one more error, without a code.
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  }
  const existing = formatted.extensions?.code;
  if (typeof existing === 'string' && (REQUEST_LEVEL_CODES.has(existing) || existing === 'UNAUTHENTICATED' || existing === 'FORBIDDEN')) {
    return { ...base, extensions: { code: existing } };
  }
  if (original instanceof GraphQLError && original.extensions?.code && original.extensions.code !== 'INTERNAL_SERVER_ERROR') {
    return { ...base, extensions: { code: original.extensions.code } };
  }
  const correlationId = randomUUID();
  const cause = original instanceof Error ? original : new Error(String(original));
  logger.error(`[${correlationId}] ${cause.name}: ${cause.message}`, cause.stack);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
  };
}
