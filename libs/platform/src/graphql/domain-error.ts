/** The closed set of public error codes a client may see in `extensions.code`. */
export const PUBLIC_ERROR_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR'] as const;
export type PublicErrorCode = (typeof PUBLIC_ERROR_CODES)[number];

/** Per-field messages, keyed by the input path (e.g. `input.email`). */
export type FieldErrors = Record<string, string[]>;

/**
 * A failure the domain expects and explains. `reason` is the lib's own stable code
 * (e.g. RESULT_NOT_FOUND); `code` is the public code it maps to, fixed once per reason.
 */
export class DomainError extends Error {
  constructor(
    readonly reason: string,
    readonly code: PublicErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    /** For RATE_LIMITED: seconds until a retry can succeed (sent as `extensions.retryAfterSeconds`). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/**
 * Declares a lib's error reasons with their public code in one table, and returns a typed
 * factory: a reason missing from the table does not compile.
 *
 *   export const catalogError = defineErrors({ RESULT_NOT_FOUND: 'NOT_FOUND' });
 *   throw catalogError('RESULT_NOT_FOUND', 'No such research result');
 */
export function defineErrors<const T extends Record<string, PublicErrorCode>>(table: T) {
  return (reason: keyof T & string, message: string, fields?: FieldErrors): DomainError => new DomainError(reason, table[reason], message, fields);
}

export const commonError = defineErrors({
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  INVALID_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
});

/** RATE_LIMITED with the seconds until the window ends; `reason` names the limit. */
export function rateLimited(message: string, retryAfterMs: number, reason = 'RATE_LIMITED'): DomainError {
  return new DomainError(reason, 'RATE_LIMITED', message, undefined, Math.max(1, Math.ceil(retryAfterMs / 1000)));
}

/** Shorthand for a single-field input error. */
export function invalidField(field: string, message: string): DomainError {
  return commonError('INVALID_INPUT', message, { [field]: [message] });
}
