import { Injectable } from '@nestjs/common';

import { invalidField } from '../graphql/domain-error';

export const FIELD_CODE_PATTERN = /^[A-Z][A-Z0-9]{1,15}(\.[A-Z0-9]{1,16})?$/;

/**
 * The set of industry-field codes every written `fieldCode` is checked against. The catalog
 * loads the taxonomy into it at start; libs below the catalog (identity) check through it
 * without importing the catalog.
 */
@Injectable()
export class FieldCodes {
  private known: ReadonlySet<string> | null = null;

  load(codes: Iterable<string>): void {
    this.known = new Set(codes);
  }

  get loaded(): boolean {
    return this.known !== null;
  }

  isKnown(code: string): boolean {
    if (!FIELD_CODE_PATTERN.test(code)) return false;
    return this.known === null || this.known.has(code);
  }

  /** Throws BAD_USER_INPUT naming `field` for the first unknown code. */
  assertKnown(codes: readonly string[], field: string): void {
    const unknown = codes.filter((code) => !this.isKnown(code));
    if (unknown.length > 0) throw invalidField(field, `Unknown industry field code: ${unknown.slice(0, 5).join(', ')}`);
  }
}
