import type { EChartsCoreOption } from 'echarts/core';

/** The counts the breakdown charts compare, bucket by bucket (money is left to the figure cards). */
export const SERIES_KEYS = ['resultsPublished', 'needsLinked', 'dealsOpened', 'contractsSigned'] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];

export interface BucketLike {
  bucket: string | null;
  figures: { key: string; actual: number; labelZh: string; labelEn: string }[];
}

export interface ChartText {
  seriesName: (key: SeriesKey) => string;
  bucketName: (bucket: string | null) => string;
  figureName: (figure: { key: string; labelZh: string; labelEn: string }) => string;
}

const PALETTE = ['#1677ff', '#52c41a', '#fa8c16', '#722ed1', '#eb2f96'];

/** One series per SERIES_KEYS figure over the buckets; a line for months, bars otherwise. */
export function breakdownOption(buckets: BucketLike[], text: ChartText, kind: 'line' | 'bar'): EChartsCoreOption {
  const categories = buckets.map((bucket) => text.bucketName(bucket.bucket));
  return {
    animation: false,
    color: PALETTE,
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 6 ? 40 : 0, hideOverlap: true } },
    yAxis: { type: 'value', minInterval: 1 },
    series: SERIES_KEYS.map((key) => ({
      name: text.seriesName(key),
      type: kind,
      data: buckets.map((bucket) => bucket.figures.find((figure) => figure.key === key)?.actual ?? 0),
    })),
  };
}

/** The "4": every count figure of each measure as a bar, coloured by its measure. */
export function measureOption(buckets: BucketLike[], text: ChartText, moneyKeys: ReadonlySet<string>): EChartsCoreOption {
  const rows = buckets.flatMap((bucket, index) => bucket.figures.filter((figure) => !moneyKeys.has(figure.key)).map((figure) => ({ bucket, figure, index })));
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: rows.map((row) => text.figureName(row.figure)) },
    series: [
      {
        type: 'bar',
        data: rows.map((row) => ({
          value: row.figure.actual,
          name: text.bucketName(row.bucket.bucket),
          itemStyle: { color: PALETTE[row.index % PALETTE.length] },
        })),
      },
    ],
  };
}

export function funnelOption(stages: { key: string; name: string; count: number }[]): EChartsCoreOption {
  return {
    animation: false,
    color: PALETTE,
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: 8,
        right: 8,
        top: 8,
        bottom: 8,
        // ECharts scales a funnel to 0–100 unless told: the widest stage is the largest count.
        min: 0,
        max: Math.max(1, ...stages.map((stage) => stage.count)),
        minSize: '8%',
        label: { show: true, position: 'inside', formatter: '{b}: {c}' },
        data: stages.map((stage) => ({ name: stage.name, value: stage.count })),
      },
    ],
  };
}

/** 0.4567 → "45.7"; null stays null. */
export function percent(share: number | null | undefined): string | null {
  return share === null || share === undefined ? null : (Math.round(share * 1000) / 10).toFixed(1);
}
