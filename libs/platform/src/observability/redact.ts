import { AppConfig, SECRET_VARIABLES } from '../config/app.config';

const MASK = '[redacted]';

/**
 * Shapes of credentials that may reach a message by accident (an error quoting a header, a URL
 * or a library's own text): JWTs, bearer values, passwords inside connection URLs, and
 * `password=`/`"token":` style pairs.
 */
const PATTERNS: [RegExp, string][] = [
  [/\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]{5,}/g, MASK],
  [/\b(Bearer|Basic)\s+[\w.~+/=-]{8,}/gi, `$1 ${MASK}`],
  [/(\b[a-z][\w+.-]*:\/\/[^\s:/@]*:)[^\s@/]+@/gi, `$1${MASK}@`],
  [/((?:password|passwd|secret|token|api[_-]?key|authorization)["']?\s*[:=]\s*["']?)[^\s"',;&]{3,}/gi, `$1${MASK}`],
];

/**
 * Removes the configured secrets (their exact values, and each URL's password) and anything
 * shaped like a credential from a log text. Exact values shorter than 6 characters are left to
 * the patterns, so that a short value never blanks ordinary words.
 */
export class Redactor {
  private readonly values: string[];

  constructor(values: Iterable<string | undefined>) {
    const unique = new Set<string>();
    for (const value of values) if (value && value.length >= 6) unique.add(value);
    // Longest first, so a secret containing another is masked whole.
    this.values = [...unique].sort((a, b) => b.length - a.length);
  }

  /** The secrets of a validated configuration: every SECRET_VARIABLES value and each URL's password. */
  static fromConfig(config: Partial<AppConfig>, extra: Iterable<string | undefined> = []): Redactor {
    const values: (string | undefined)[] = [...extra];
    for (const name of SECRET_VARIABLES) {
      const value = (config as Record<string, unknown>)[name];
      if (typeof value !== 'string') continue;
      values.push(value);
      values.push(urlPassword(value));
    }
    return new Redactor(values);
  }

  text(input: string): string {
    let out = input;
    for (const value of this.values) if (out.includes(value)) out = out.split(value).join(MASK);
    for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
    return out;
  }

  /** Redacts every string inside a log record (objects and arrays are copied, never changed). */
  value(input: unknown, depth = 0): unknown {
    if (typeof input === 'string') return this.text(input);
    if (input instanceof Error) return this.text(`${input.name}: ${input.message}`);
    if (depth > 5 || input === null || typeof input !== 'object') return input;
    if (Array.isArray(input)) return input.map((item) => this.value(item, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(input as Record<string, unknown>)) out[key] = this.value(item, depth + 1);
    return out;
  }
}

function urlPassword(value: string): string | undefined {
  try {
    const password = new URL(value).password;
    return password ? decodeURIComponent(password) : undefined;
  } catch {
    return undefined;
  }
}
