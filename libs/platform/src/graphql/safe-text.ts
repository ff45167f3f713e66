import { FieldErrors } from './domain-error';

/**
 * C0 controls other than tab, line feed and carriage return, and DEL. PostgreSQL refuses NUL in
 * text outright (`invalid byte sequence for encoding "UTF8": 0x00`) and the others have no place
 * in a name, a description or a chat message; tab and line breaks do.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const CONTROL_CHARACTER_MESSAGE = 'Must not contain control characters';
export const LONE_SURROGATE_MESSAGE = 'Must be well-formed Unicode (no lone surrogate halves)';

/** Why a string cannot be accepted as text, or null when it can. */
export function unsafeTextReason(text: string): string | null {
  if (CONTROL_CHARACTERS.test(text)) return CONTROL_CHARACTER_MESSAGE;
  // A lone UTF-16 surrogate cannot be encoded as UTF-8: encodeURIComponent throws URIError and
  // the database would store U+FFFD instead of what the client sent.
  if (LONE_SURROGATE.test(text)) return LONE_SURROGATE_MESSAGE;
  return null;
}

/** Deeper than any input type of the schema; a crafted payload stops being walked here. */
const MAX_DEPTH = 16;

/**
 * Every string anywhere in an input (object keys included) that is not acceptable text, keyed by
 * its path (`input.displayName`, `targets.2.note`); null when all are fine.
 */
export function findUnsafeText(value: unknown, prefix = ''): FieldErrors | null {
  const out: FieldErrors = {};
  const seen = new WeakSet<object>();
  const visit = (node: unknown, path: string, depth: number): void => {
    if (typeof node === 'string') {
      const reason = unsafeTextReason(node);
      if (reason) out[path || 'value'] = [reason];
      return;
    }
    if (depth >= MAX_DEPTH || node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const entries: [string, unknown][] = Array.isArray(node) ? node.map((item, i) => [String(i), item]) : Object.entries(node);
    for (const [key, child] of entries) {
      const childPath = path ? `${path}.${key}` : key;
      const keyReason = unsafeTextReason(key);
      if (keyReason) out[path || 'value'] = [keyReason];
      else visit(child, childPath, depth + 1);
    }
  };
  visit(value, prefix, 0);
  return Object.keys(out).length > 0 ? out : null;
}
