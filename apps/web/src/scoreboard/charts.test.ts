import { describe, expect, it } from 'vitest';
import { breakdownOption, funnelOption, measureOption, percent, SERIES_KEYS } from './charts';
import { scoreboardEn, scoreboardZh } from './i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

const figure = (key: string, actual: number) => ({ key, actual, labelZh: key, labelEn: key });
const TEXT = {
  seriesName: (key: string) => `s:${key}`,
  bucketName: (bucket: string | null) => bucket ?? 'none',
  figureName: (f: { key: string }) => `f:${f.key}`,
};

describe('scoreboard charts', () => {
  it('puts each figure of each bucket in its series, 0 where a bucket lacks it', () => {
    const option = breakdownOption(
      [
        { bucket: '2026-01', figures: [figure('resultsPublished', 3), figure('dealsOpened', 1)] },
        { bucket: null, figures: [figure('contractsSigned', 2)] },
      ],
      TEXT,
      'line',
    ) as { xAxis: { data: string[] }; series: { name: string; type: string; data: number[] }[] };
    expect(option.xAxis.data).toEqual(['2026-01', 'none']);
    expect(option.series.map((s) => s.name)).toEqual(SERIES_KEYS.map((key) => `s:${key}`));
    expect(option.series.every((s) => s.type === 'line')).toBe(true);
    expect(option.series.map((s) => s.data)).toEqual([
      [3, 0],
      [0, 0],
      [1, 0],
      [0, 2],
    ]);
  });

  it('leaves money out of the measure chart', () => {
    const option = measureOption(
      [
        { bucket: 'MARKET', figures: [figure('dealsOpened', 4), figure('contractTurnover', 9_000_000)] },
        { bucket: 'EVENTS', figures: [figure('eventsHeld', 2)] },
      ],
      TEXT,
      new Set(['contractTurnover']),
    ) as { yAxis: { data: string[] }; series: { data: { value: number }[] }[] };
    expect(option.yAxis.data).toEqual(['f:dealsOpened', 'f:eventsHeld']);
    expect(option.series[0].data.map((d) => d.value)).toEqual([4, 2]);
  });

  it('keeps the funnel in stage order', () => {
    const option = funnelOption([
      { key: 'collected', name: 'C', count: 10 },
      { key: 'published', name: 'P', count: 4 },
    ]) as { series: { sort: string; max: number; data: { name: string; value: number }[] }[] };
    expect(option.series[0].sort).toBe('none');
    expect(option.series[0].max).toBe(10);
    expect(option.series[0].data).toEqual([
      { name: 'C', value: 10 },
      { name: 'P', value: 4 },
    ]);
  });

  it('formats shares as percentages', () => {
    expect(percent(null)).toBeNull();
    expect(percent(0.4567)).toBe('45.7');
    expect(percent(1)).toBe('100.0');
  });

  it('has the same keys in both languages', () => {
    expect(keys(scoreboardEn).sort()).toEqual(keys(scoreboardZh).sort());
  });
});
