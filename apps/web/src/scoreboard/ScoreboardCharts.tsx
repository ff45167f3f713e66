import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoreboardBreakdownsQuery, ScoreboardQuery } from '../gql/graphql';
import type { FieldNames } from '../public/useIndustryFields';
import { CHART_DIMENSIONS, CHART_HEIGHTS, ChartCard, Pending } from './ChartGrid';
import { breakdownOption, funnelOption, measureOption, type ChartText, type SeriesKey } from './charts';
import EChart from './EChart';

type Funnel = ScoreboardQuery['kpis']['funnel'];
type Breakdowns = ScoreboardBreakdownsQuery['kpis'];
const DIMENSIONS = [
  ['MONTH', 'byMonth'],
  ['DISTRICT', 'byDistrict'],
  ['CHAIN', 'byChain'],
  ['FIELD', 'byField'],
  ['RESULT_CLASS', 'byClass'],
] as const satisfies readonly (readonly [(typeof CHART_DIMENSIONS)[number], string])[];
const MONEY = new Set(['contractTurnover']);

/**
 * The funnel and the six breakdowns as ECharts charts (this module is loaded lazily with ECharts).
 * The funnel comes with the first screen's request; the breakdowns with their own, and wait for
 * the field names so that each chart is drawn once with its final labels.
 */
export default function ScoreboardCharts({ funnel, breakdowns, fields }: { funnel: Funnel; breakdowns: Breakdowns | undefined; fields: FieldNames }) {
  const { t, i18n } = useTranslation('scoreboard');
  const english = i18n.language === 'en';
  const funnelChart = useMemo(
    () => funnelOption(funnel.stages.map((stage) => ({ key: stage.key, name: english ? stage.labelEn : stage.labelZh, count: stage.count }))),
    [funnel, english],
  );
  const options = useMemo(() => {
    if (!breakdowns || !fields.loaded) return null;
    const base = {
      seriesName: (key: SeriesKey) => t(`series.${key}`),
      figureName: (figure: { labelZh: string; labelEn: string }) => (english ? figure.labelEn : figure.labelZh),
    };
    const text = (dimension: string): ChartText => ({
      ...base,
      bucketName: (bucket) => {
        if (bucket === null) return t('notStated');
        if (dimension === 'CHAIN' || dimension === 'FIELD') return fields.name(bucket);
        if (dimension === 'RESULT_CLASS') return t(`resultClass.${bucket}`, { defaultValue: bucket });
        if (dimension === 'MEASURE') return t(`measure.${bucket}`, { defaultValue: bucket });
        return bucket;
      },
    });
    return {
      dimensions: DIMENSIONS.map(([dimension, field]) => ({
        dimension,
        count: breakdowns[field].length,
        option: breakdownOption(breakdowns[field], text(dimension), dimension === 'MONTH' ? 'line' : 'bar'),
      })),
      measure: measureOption(breakdowns.byMeasure, text('MEASURE'), MONEY),
    };
  }, [breakdowns, t, english, fields]);

  return (
    <div className="tb-charts" data-testid="scoreboard-charts">
      <ChartCard title={t('charts.funnel')}>
        <EChart option={funnelChart} height={CHART_HEIGHTS.funnel} label={t('funnel.title')} testId="chart-FUNNEL" />
      </ChartCard>
      {DIMENSIONS.map(([dimension], index) => {
        const chart = options?.dimensions[index];
        return (
          <ChartCard key={dimension} title={t(`charts.${dimension}`)}>
            {chart ? (
              <EChart
                option={chart.option}
                height={CHART_HEIGHTS.breakdown}
                label={t('charts.summary', { title: t(`charts.${dimension}`), count: chart.count })}
                testId={`chart-${dimension}`}
              />
            ) : (
              <Pending height={CHART_HEIGHTS.breakdown} label={t('charts.loading')} />
            )}
          </ChartCard>
        );
      })}
      <ChartCard wide title={t('charts.MEASURE')}>
        {options && breakdowns ? (
          <EChart
            option={options.measure}
            height={CHART_HEIGHTS.measure}
            label={t('charts.summary', { title: t('charts.MEASURE'), count: breakdowns.byMeasure.length })}
            testId="chart-MEASURE"
          />
        ) : (
          <Pending height={CHART_HEIGHTS.measure} label={t('charts.loading')} />
        )}
      </ChartCard>
    </div>
  );
}
