import type { TFunction } from 'i18next';

import { dateFormat, groupDigits } from '../components/intl';

/** Money arrives as a decimal string in yuan ("1250000.00"); shown with grouping, no trailing ".00". */
export function formatMoney(value: string | null | undefined): string {
  if (value == null || value === '') return '';
  const [whole, fraction = ''] = value.split('.');
  const grouped = groupDigits(BigInt(whole).toString(), 0);
  const cents = fraction.replace(/0+$/, '');
  return cents ? `${grouped}.${cents}` : grouped;
}

export interface PriceRangeLike {
  min?: string | null;
  max?: string | null;
  negotiable: boolean;
}

/** "500,000 – 2,000,000 元", "面议", or one open side. */
export function formatPriceRange(range: PriceRangeLike, t: TFunction, ns: 'research' | 'enterprise'): string {
  if (range.min == null && range.max == null) return t(`${ns}:detail.priceNegotiable`);
  const open = t(`${ns}:detail.open`);
  const text = t(`${ns}:detail.priceRange`, {
    min: range.min != null ? formatMoney(range.min) : open,
    max: range.max != null ? formatMoney(range.max) : open,
  });
  return range.negotiable ? `${text} · ${t(`${ns}:detail.priceNegotiable`)}` : text;
}

/** A number typed into an InputNumber becomes the API's Money string (yuan, at most two decimals). */
export function toMoney(value: number | string | null | undefined): string | null {
  if (value == null || value === '') return null;
  return String(value);
}

export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  return dateFormat(locale.startsWith('zh') ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(value));
}

export function formatDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  return dateFormat(locale.startsWith('zh') ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(value));
}
