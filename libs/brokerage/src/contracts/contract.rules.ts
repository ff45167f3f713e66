import { FieldErrors, toCents } from '@techbridge/platform';

import { ContractType } from './contract-type.enum';

/** Contract numbers as registries print them: letters, digits, '-' and '/', 1 to 40 characters. */
export const CONTRACT_NO_PATTERN = /^[A-Za-z0-9/-]{1,40}$/;

/** Clock skew tolerated between a client's "now" and ours for the signing date. */
const SIGNED_AT_TOLERANCE_MS = 5 * 60 * 1000;

export interface ContractTerms {
  type: ContractType;
  amount: string;
  signedAt: Date;
  contractNo?: string | null;
}

/**
 * Checks a contract's own fields; returns per-field messages keyed `input.<field>` (empty when
 * valid). Uniqueness of the number is the database's unique key (a duplicate is a CONFLICT).
 */
export function contractProblems(terms: ContractTerms, now: Date): FieldErrors {
  const problems: FieldErrors = {};
  const add = (field: string, message: string): void => {
    (problems[`input.${field}`] ??= []).push(message);
  };
  if (!(Object.values(ContractType) as string[]).includes(terms.type)) add('type', 'Unknown contract type');
  const cents = typeof terms.amount === 'string' ? toCents(terms.amount) : null;
  if (cents === null) add('amount', 'The amount must be a decimal number with at most two decimals');
  else if (cents <= 0n) add('amount', 'The amount must be greater than zero');
  if (!(terms.signedAt instanceof Date) || Number.isNaN(terms.signedAt.getTime())) add('signedAt', 'Not a valid date');
  else if (terms.signedAt.getTime() > now.getTime() + SIGNED_AT_TOLERANCE_MS) add('signedAt', 'The signing date cannot be in the future');
  if (terms.contractNo !== undefined && terms.contractNo !== null && !CONTRACT_NO_PATTERN.test(terms.contractNo)) {
    add('contractNo', 'The contract number takes 1 to 40 letters, digits, "-" or "/"');
  }
  return problems;
}
