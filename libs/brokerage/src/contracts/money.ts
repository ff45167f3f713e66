/**
 * Money as exact integer cents (fen). Amounts arrive as decimal strings ("1250000.00") and are
 * never turned into floating-point numbers.
 */
const MONEY_TEXT = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/;

/** Cents of a decimal string with at most two decimals; null when the text is not such a number. */
export function toCents(text: string): bigint | null {
  const match = MONEY_TEXT.exec(text.trim());
  if (!match) return null;
  const cents = BigInt(match[2]) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -cents : cents;
}

/** "1234.50" from 123450n. */
export function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? '-' : ''}${(abs / 100n).toString()}.${(abs % 100n).toString().padStart(2, '0')}`;
}
