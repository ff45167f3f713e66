import { dateFormat, groupDigits, numberFormat } from './intl';

export interface PriceLike {
  min?: string | null;
  max?: string | null;
  negotiable: boolean;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Yuan as 万元 with up to two decimals (the unit Chinese catalogues use), or plain yuan under 10,000. */
export function formatYuan(amount: string | number, language: 'zh' | 'en'): string {
  const value = typeof amount === 'number' ? amount : Number(amount);
  if (!Number.isFinite(value)) return String(amount);
  if (language === 'en') return `CNY ${numberFormat('en-US', { notation: value >= 10_000 ? 'compact' : 'standard', maximumFractionDigits: 2 }).format(value)}`;
  if (value >= 10_000) return `${groupDigits(value / 10_000)} 万元`;
  return `${groupDigits(value)} 元`;
}

/** "100 万元 – 300 万元", "≥ 50 万元", "面议" … */
export function formatPriceRange(range: PriceLike, language: 'zh' | 'en', t: Translate): string {
  const { min, max, negotiable } = range;
  let text: string;
  if (min && max) text = min === max ? formatYuan(min, language) : `${formatYuan(min, language)} – ${formatYuan(max, language)}`;
  else if (min) text = `≥ ${formatYuan(min, language)}`;
  else if (max) text = `≤ ${formatYuan(max, language)}`;
  else return t('catalog.priceOpen');
  return negotiable ? `${text} (${t('catalog.negotiable')})` : text;
}

export function formatDate(iso: string | null | undefined, language: 'zh' | 'en', withTime = false): string {
  if (!iso) return '';
  return dateFormat(language === 'en' ? 'en-GB' : 'zh-CN', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    timeZone: 'Asia/Shanghai',
  }).format(new Date(iso));
}
