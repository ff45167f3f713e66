/**
 * Money, the one rule for every lib: CNY yuan written as a decimal string with at most two
 * decimals ("1250000.00"), counted as exact integer cents (fen), never as a floating-point number.
 */

/** An amount a caller may give: non-negative, no leading zeros, at most 13 whole digits and 2 decimals. */
export const MONEY_PATTERN = /^(0|[1-9]\d{0,12})(\.\d{1,2})?$/;
/** The largest amount accepted anywhere, in yuan. */
export const MONEY_MAX = 1_000_000_000_000;
const MONEY_MAX_CENTS = BigInt(MONEY_MAX) * 100n;

/**
 * Any money text, also a signed one (a difference), one with leading zeros or a sum of many
 * amounts (read back from SQL: numeric sums can pass the 13 digits a caller may give).
 */
const MONEY_TEXT = /^(-)?(\d{1,20})(?:\.(\d{1,2}))?$/;

/** Cents of a decimal string with at most two decimals; null when the text is not such a number. */
export function toCents(text: string): bigint | null {
  const match = MONEY_TEXT.exec(text.trim());
  if (!match) return null;
  const cents = BigInt(match[2]) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -cents : cents;
}

/** Cents of an amount already validated (input through the Money scalar, a numeric column); throws on anything else. */
export function centsOf(text: string): bigint {
  const cents = toCents(text);
  if (cents === null) throw new Error(`Not a money amount: ${JSON.stringify(text)}`);
  return cents;
}

/** "1234.50" from 123450n. */
export function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? '-' : ''}${(abs / 100n).toString()}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** The amount with exactly two decimals: "12.5" → "12.50". */
export function normaliseMoney(text: string): string {
  return fromCents(centsOf(text));
}

/** -1, 0 or 1, exactly: "10" and "10.00" are equal. */
export function compareMoney(a: string, b: string): number {
  const diff = centsOf(a) - centsOf(b);
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
}

/** Whether a value is an amount a caller may give (a string of MONEY_PATTERN, at most MONEY_MAX); `positive` also refuses zero. */
export function isMoneyAmount(value: unknown, options: { positive?: boolean } = {}): value is string {
  if (typeof value !== 'string' || value.length > 32 || !MONEY_PATTERN.test(value.trim())) return false;
  const cents = centsOf(value);
  return cents <= MONEY_MAX_CENTS && (!options.positive || cents > 0n);
}
