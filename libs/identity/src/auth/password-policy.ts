import { DomainError } from '@techbridge/platform';

import { identityError } from '../identity.errors';
import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Why a password may not be chosen, or null when it may: the one rule for every place a password
 * is set (registration, a reset, a change). Length, one of the most common passwords, or the
 * account's own e-mail address or its local part (what a guesser tries first).
 */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    return `password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`;
  }
  const lower = password.trim().toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'password is one of the most common passwords; choose another';
  const address = email.trim().toLowerCase();
  const local = address.split('@')[0];
  if (lower === address || lower === local || (local.length >= 4 && lower.includes(local))) {
    return 'password must not be or contain your e-mail address';
  }
  return null;
}

/** Throws BAD_USER_INPUT (reason WEAK_PASSWORD) on the given field when `passwordProblem` finds one. */
export function assertPasswordAllowed(password: string, email: string, field = 'input.password'): void {
  const problem = passwordProblem(password, email);
  if (problem) throw passwordError(problem, field);
}

function passwordError(problem: string, field: string): DomainError {
  return identityError('WEAK_PASSWORD', problem, { [field]: [problem] });
}
