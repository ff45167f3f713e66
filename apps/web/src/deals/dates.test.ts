import { describe, expect, it } from 'vitest';
import { isDealOverdue, isNextActionOverdue, shanghaiToday } from './dates';
import { formatAmount, moneyText } from './money';

describe('deal dates and money', () => {
  it('dates follow-ups in Asia/Shanghai', () => {
    expect(shanghaiToday(new Date('2026-06-01T16:30:00Z'))).toBe('2026-06-02');
    expect(isNextActionOverdue('2026-06-01', '2026-06-02')).toBe(true);
    expect(isNextActionOverdue('2026-06-02', '2026-06-02')).toBe(false);
    expect(isNextActionOverdue(null, '2026-06-02')).toBe(false);
  });
  it('marks a deal overdue once its deadline passed', () => {
    expect(isDealOverdue('2026-06-01T00:00:00Z', Date.parse('2026-06-01T00:00:01Z'))).toBe(true);
    expect(isDealOverdue(null)).toBe(false);
  });
  it('shows Money with its cents and reads typed amounts', () => {
    expect(formatAmount('61728.30')).toBe('61,728.30');
    expect(formatAmount('3600000.00')).toBe('3,600,000');
    expect(moneyText('12.345')).toBeNull();
    expect(moneyText(1500)).toBe('1500');
  });
});
