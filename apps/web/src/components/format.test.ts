import { describe, expect, it } from 'vitest';
import { formatPriceRange, formatYuan } from './format';

const t = (key: string) => ({ 'catalog.priceOpen': '面议', 'catalog.negotiable': '可议价' })[key] ?? key;

describe('money', () => {
  it('shows yuan as 万元 in Chinese and compact CNY in English', () => {
    expect(formatYuan('1500000.00', 'zh')).toBe('150 万元');
    expect(formatYuan('8000', 'zh')).toBe('8,000 元');
    expect(formatYuan('1500000.00', 'en')).toBe('CNY 1.5M');
  });

  it('writes a range, an open bound, or the open price', () => {
    expect(formatPriceRange({ min: '1000000', max: '3000000', negotiable: false }, 'zh', t)).toBe('100 万元 – 300 万元');
    expect(formatPriceRange({ min: '500000', max: null, negotiable: true }, 'zh', t)).toBe('≥ 50 万元 (可议价)');
    expect(formatPriceRange({ min: null, max: null, negotiable: true }, 'zh', t)).toBe('面议');
  });
});
