import { Card, Col, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoreboardQuery } from '../gql/graphql';
import { useIndustryFields } from '../public/useIndustryFields';
import { breakdownOption, funnelOption, measureOption, type ChartText, type SeriesKey } from './charts';
import EChart from './EChart';

type Report = ScoreboardQuery['kpis'];
const DIMENSIONS = [
  ['MONTH', 'byMonth'],
  ['DISTRICT', 'byDistrict'],
  ['CHAIN', 'byChain'],
  ['FIELD', 'byField'],
  ['RESULT_CLASS', 'byClass'],
] as const;
const MONEY = new Set(['contractTurnover']);

/** The funnel and the six breakdowns as ECharts charts (this module is loaded lazily with ECharts). */
export default function ScoreboardCharts({ report }: { report: Report }) {
  const { t, i18n } = useTranslation('scoreboard');
  const fields = useIndustryFields();
  const english = i18n.language === 'en';
  const options = useMemo(() => {
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
      funnel: funnelOption(report.funnel.stages.map((stage) => ({ key: stage.key, name: english ? stage.labelEn : stage.labelZh, count: stage.count }))),
      dimensions: DIMENSIONS.map(([dimension, field]) => ({
        dimension,
        count: report[field].length,
        option: breakdownOption(report[field], text(dimension), dimension === 'MONTH' ? 'line' : 'bar'),
      })),
      measure: measureOption(report.byMeasure, text('MEASURE'), MONEY),
    };
  }, [report, t, english, fields]);

  return (
    <Row gutter={[16, 16]} data-testid="scoreboard-charts">
      <Col xs={24} lg={12}>
        <Card size="small" title={<h3 style={{ fontSize: 15, margin: 0 }}>{t('charts.funnel')}</h3>}>
          <EChart option={options.funnel} height={260} label={t('funnel.title')} testId="chart-FUNNEL" />
        </Card>
      </Col>
      {options.dimensions.map(({ dimension, option, count }) => (
        <Col xs={24} lg={12} key={dimension}>
          <Card size="small" title={<h3 style={{ fontSize: 15, margin: 0 }}>{t(`charts.${dimension}`)}</h3>}>
            <EChart option={option} height={280} label={t('charts.summary', { title: t(`charts.${dimension}`), count })} testId={`chart-${dimension}`} />
          </Card>
        </Col>
      ))}
      <Col xs={24}>
        <Card size="small" title={<h3 style={{ fontSize: 15, margin: 0 }}>{t('charts.MEASURE')}</h3>}>
          <EChart
            option={options.measure}
            height={420}
            label={t('charts.summary', { title: t('charts.MEASURE'), count: report.byMeasure.length })}
            testId="chart-MEASURE"
          />
        </Card>
      </Col>
    </Row>
  );
}
