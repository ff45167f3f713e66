import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The breakdown charts, in the order they are laid out. */
export const CHART_DIMENSIONS = ['MONTH', 'DISTRICT', 'CHAIN', 'FIELD', 'RESULT_CLASS'] as const;
export const CHART_HEIGHTS = { funnel: 260, breakdown: 280, measure: 420 } as const;

/** A card in plain elements (see scoreboard.css): cheaper to render than antd's Card, seven times over. */
export function ChartCard({ title, wide = false, children }: { title: string; wide?: boolean; children: ReactNode }) {
  return (
    <section className={wide ? 'tb-chart-card tb-chart-wide' : 'tb-chart-card'}>
      <h3>{title}</h3>
      <div>{children}</div>
    </section>
  );
}

/** Holds a chart's place (same height) until its code, data and names are there: nothing moves when it is drawn. */
export function Pending({ height, label }: { height: number; label: string }) {
  return <div style={{ height }} className="tb-chart-pending" role="status" aria-label={label} />;
}

/** The charts' grid with every chart pending: shown with the first data, before the charts' chunk (ECharts) has loaded. */
export function PendingCharts() {
  const { t } = useTranslation('scoreboard');
  const label = t('charts.loading');
  return (
    <div className="tb-charts">
      <ChartCard title={t('charts.funnel')}>
        <Pending height={CHART_HEIGHTS.funnel} label={label} />
      </ChartCard>
      {CHART_DIMENSIONS.map((dimension) => (
        <ChartCard key={dimension} title={t(`charts.${dimension}`)}>
          <Pending height={CHART_HEIGHTS.breakdown} label={label} />
        </ChartCard>
      ))}
      <ChartCard wide title={t('charts.MEASURE')}>
        <Pending height={CHART_HEIGHTS.measure} label={label} />
      </ChartCard>
    </div>
  );
}
