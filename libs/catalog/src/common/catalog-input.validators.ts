import { commonError, compareMoney, DomainError, FieldErrors } from '@techbridge/platform';

import { PriceRangeInput } from './price-range.model';

/** Bounds shared by result and need inputs (also enforced by CHECK constraints). */
export const TITLE_MIN = 4;
export const TITLE_MAX = 200;
export const SUMMARY_MAX = 1000;
export const DESCRIPTION_MAX = 20000;
export const KEYWORDS_MAX = 20;
export const KEYWORD_MAX = 40;

/** Collects per-field problems found by the services (beyond what the DTO decorators check). */
export class FieldProblems {
  private readonly fields: FieldErrors = {};

  add(field: string, message: string): void {
    (this.fields[field] ??= []).push(message);
  }

  priceRange(field: string, range: PriceRangeInput | null | undefined): void {
    if (!range) return;
    const min = range.min ?? null;
    const max = range.max ?? null;
    if (min !== null && max !== null && compareMoney(min, max) > 0) this.add(field, `${field} min must not exceed max`);
    if (!range.negotiable && min === null && max === null) this.add(field, `${field} needs a bound (min or max) unless negotiable`);
  }

  /** Throws BAD_USER_INPUT with every field found; nothing has been written yet. */
  throwIfAny(): void {
    const keys = Object.keys(this.fields);
    if (keys.length > 0) throw this.error(keys);
  }

  private error(keys: string[]): DomainError {
    return commonError('INVALID_INPUT', `Invalid input: ${keys.join(', ')}`, this.fields);
  }
}
