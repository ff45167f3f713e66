import { groupDigits } from '../components/intl';

/** A Money string ("61728.30") with grouping and its cents kept ("61,728.30"); whole amounts without ".00". */
export function formatAmount(amount: string): string {
  const [whole, fraction = ''] = amount.split('.');
  const negative = whole.startsWith('-');
  const grouped = groupDigits(BigInt(negative ? whole.slice(1) : whole).toString(), 0);
  const cents = fraction.padEnd(2, '0').slice(0, 2);
  return `${negative ? '-' : ''}${grouped}${cents === '00' ? '' : `.${cents}`}`;
}

/** What an amount field holds, as the API's Money text, or null when it is not one (yet). */
export function moneyText(value: number | string | null | undefined): string | null {
  if (value == null) return null;
  const text = String(value).trim();
  return /^\d{1,13}(\.\d{1,2})?$/.test(text) ? text : null;
}
