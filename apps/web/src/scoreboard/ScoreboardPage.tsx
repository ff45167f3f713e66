import './messages';
import './scoreboard.css';
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Typography } from 'antd';
import { startTransition, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { formatYuan } from '../components/format';
import type { KpiFigureFieldsFragment, ScoreboardQuery as ScoreboardData } from '../gql/graphql';
import { currentLanguage } from '../i18n';
import { downloadWithToken } from '../events/download';
import { useIndustryFields } from '../public/useIndustryFields';
import { QueryState } from '../research/QueryState';
import { PendingCharts } from './ChartGrid';
import { percent } from './charts';
import { ScoreboardBreakdownsQuery, ScoreboardQuery } from './documents';
import { forgetScoreboardPrefetch, scoreboardPolicy, thisYear } from './prefetch';

// ECharts is heavy: it comes in the charts' own chunk, fetched as soon as the page is (beside its data, not after it).
const loadCharts = () => import('./ScoreboardCharts');
// Only administrators set targets: the form's code stays out of everyone else's load.
const loadTargetsForm = () => import('./TargetsForm');

/**
 * A lazily loaded component held in state rather than through React.lazy: nothing suspends, so the
 * charts appear as soon as their code and data are there rather than at React's next throttled
 * reveal of a suspended boundary.
 */
function useLoaded<T>(load: () => Promise<{ default: T }>, wanted: boolean): { component: T | null; failed: boolean } {
  const [state, setState] = useState<{ component: T | null; failed: boolean }>({ component: null, failed: false });
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    // In a transition: the component's first render is time-sliced rather than one long task.
    load().then(
      (module) => live && startTransition(() => setState({ component: module.default, failed: false })),
      () => live && setState({ component: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [load, wanted]);
  return state;
}

/** True once `ready` holds and the browser has had an idle moment since (at most a few seconds later). */
function useIdleAfter(ready: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setIdle(true), 200);
      return () => clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(() => setIdle(true), { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }, [ready, idle]);
  return idle;
}

const MONEY = new Set(['contractTurnover']);

/** The year's 3×4 scoreboard: the city's for administrators (`admin`), otherwise the caller's own scope as the server decides it. */
export default function ScoreboardPage({ admin = false }: { admin?: boolean }) {
  const { t } = useTranslation('scoreboard');
  const [params, setParams] = useSearchParams();
  const current = thisYear();
  const year = Number(params.get('year')) || current;
  const variables = useMemo(() => ({ year, scope: admin ? ('CITY' as const) : null }), [year, admin]);
  // The route's prefetch has asked for these already (see prefetch.ts): then the client's answer is taken as it is.
  const requestPolicy = useMemo(() => scoreboardPolicy(variables), [variables]);
  useEffect(() => () => forgetScoreboardPrefetch(variables), [variables]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: ScoreboardQuery, variables, requestPolicy });
  // The breakdowns (six GROUP BYs) have their own request: the figures and the funnel need not wait for them.
  const [breakdowns, refetchBreakdowns] = useQuery({ query: ScoreboardBreakdownsQuery, variables, requestPolicy });
  const fields = useIndustryFields();
  const charts = useLoaded(loadCharts, true);
  // The targets form sits below the charts: it is loaded and rendered once the main thread is idle, not in the charts' way.
  const idle = useIdleAfter(data !== undefined);
  const targetsForm = useLoaded(loadTargetsForm, admin && idle);
  const ScoreboardCharts = charts.component;
  const TargetsForm = targetsForm.component;
  const report = data?.kpis;
  // The breakdowns are rendered in a transition (from `undefined` on mount too): React then renders
  // the six charts' React trees in slices of a few milliseconds, yielding to the browser between
  // them, instead of one long task when the answer arrives; the figures (the largest paint) go first.
  const breakdownsReport = useDeferredValue(breakdowns.data?.kpis, undefined);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    refetchBreakdowns({ requestPolicy: 'network-only' });
  };
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="scoreboard">
      <Space wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {admin ? t('title.admin') : t('title.mine')}
        </Typography.Title>
        <Space wrap>
          {report && (
            <span className="tb-tag" data-testid="scoreboard-scope">
              {t(`scope.${report.scope}`)}
            </span>
          )}
          <label htmlFor="tb-scoreboard-year">{t('year')}</label>
          <select
            id="tb-scoreboard-year"
            className="tb-native-select"
            value={year}
            onChange={(event) => setParams(Number(event.target.value) === current ? {} : { year: event.target.value })}
          >
            {Array.from({ length: 5 }, (_, index) => current - index).map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </Space>
      </Space>
      <QueryState fetching={fetching} error={error} empty={!report} onRetry={reload}>
        {report && (
          <>
            <Figures figures={report.figures} />
            <Funnel funnel={report.funnel} />
            <section aria-labelledby="tb-scoreboard-charts">
              <Typography.Title level={2} id="tb-scoreboard-charts" style={{ fontSize: 18 }}>
                {t('charts.title')}
              </Typography.Title>
              {breakdowns.error && (
                <QueryState fetching={false} error={breakdowns.error} onRetry={reload}>
                  {null}
                </QueryState>
              )}
              {ScoreboardCharts ? (
                <ScoreboardCharts funnel={report.funnel} breakdowns={breakdownsReport?.year === report.year ? breakdownsReport : undefined} fields={fields} />
              ) : charts.failed ? (
                <Alert type="error" showIcon message={t('charts.failed')} />
              ) : (
                <PendingCharts />
              )}
            </section>
            <Exports urls={report.exportUrls} year={report.year} />
            {admin && TargetsForm && <TargetsForm year={report.year} figures={report.figures} onSaved={reload} />}
          </>
        )}
      </QueryState>
    </Space>
  );
}

function figureValue(figure: KpiFigureFieldsFragment, language: 'zh' | 'en'): string {
  return MONEY.has(figure.key) ? formatYuan(figure.value, language) : figure.actual.toLocaleString(language === 'en' ? 'en-GB' : 'zh-CN');
}

function Figures({ figures }: { figures: KpiFigureFieldsFragment[] }) {
  const { t } = useTranslation('scoreboard');
  const language = currentLanguage();
  // Figures with a target first: they are what the year is judged on.
  const ordered = [...figures.filter((figure) => figure.target !== null), ...figures.filter((figure) => figure.target === null)];
  return (
    <section aria-labelledby="tb-scoreboard-figures">
      <Typography.Title level={2} id="tb-scoreboard-figures" style={{ fontSize: 18 }}>
        {t('figures')}
      </Typography.Title>
      {/* Plain elements styled by scoreboard.css: fifteen cards of antd components cost more to render than the charts. */}
      <div className="tb-figures">
        {ordered.map((figure) => {
          const reached = percent(figure.share);
          return (
            <div className="tb-figure" key={figure.key} data-testid={`figure-${figure.key}`} data-value={figure.value}>
              <Typography.Text type="secondary">{language === 'en' ? figure.labelEn : figure.labelZh}</Typography.Text>
              <div className="tb-figure-value" data-testid="figure-value">
                {figureValue(figure, language)}
              </div>
              {figure.target !== null ? (
                <>
                  <progress
                    className={figure.share !== null && figure.share >= 1 ? 'tb-progress tb-progress-done' : 'tb-progress'}
                    max={100}
                    value={Math.min(100, Number(reached ?? 0))}
                    aria-label={t('reached', { percent: reached ?? '0' })}
                  />
                  <Typography.Text data-testid="figure-target" data-target={figure.target}>
                    {t('target', { target: MONEY.has(figure.key) ? formatYuan(String(figure.target), language) : figure.target.toLocaleString() })} ·{' '}
                    {t('reached', { percent: reached ?? '0' })}
                  </Typography.Text>
                </>
              ) : (
                <Typography.Text type="secondary">{t('noTarget')}</Typography.Text>
              )}
              {figure.cityWide && (
                <div>
                  <span className="tb-tag">{t('cityWide')}</span>
                </div>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}

function Funnel({ funnel }: { funnel: ScoreboardData['kpis']['funnel'] }) {
  const { t } = useTranslation('scoreboard');
  const language = currentLanguage();
  const days = (value: number | null | undefined) =>
    value === null || value === undefined ? t('funnel.noDays') : t('funnel.days', { days: value.toFixed(1) });
  return (
    <section aria-labelledby="tb-scoreboard-funnel">
      <Typography.Title level={2} id="tb-scoreboard-funnel" style={{ fontSize: 18 }}>
        {t('funnel.title')}
      </Typography.Title>
      <div className="tb-grid-scroll">
        <table className="tb-funnel-table" data-testid="funnel">
          <thead>
            <tr>
              <th scope="col">{t('funnel.stage')}</th>
              <th scope="col">{t('funnel.count')}</th>
              <th scope="col">{t('funnel.conversion')}</th>
            </tr>
          </thead>
          <tbody>
            {funnel.stages.map((stage) => (
              <tr key={stage.key}>
                <th scope="row">{language === 'en' ? stage.labelEn : stage.labelZh}</th>
                <td data-testid={`funnel-${stage.key}`}>{stage.count.toLocaleString()}</td>
                <td>{stage.conversion === null || stage.conversion === undefined ? t('funnel.none') : `${percent(stage.conversion)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Space orientation="vertical" size={2} style={{ marginTop: 8 }}>
        <Typography.Text>
          {t('funnel.toContact')}: <span data-testid="median-contact">{days(funnel.medianDaysToFirstBrokerContact)}</span>
        </Typography.Text>
        <Typography.Text>
          {t('funnel.toContract')}: <span data-testid="median-contract">{days(funnel.medianDaysToContract)}</span>
        </Typography.Text>
      </Space>
    </section>
  );
}

function Exports({ urls, year }: { urls: ScoreboardData['kpis']['exportUrls']; year: number }) {
  const { t } = useTranslation('scoreboard');
  const { message } = App.useApp();
  const files = [
    ['report', urls.reportCsv, urls.reportXlsx],
    ['contracts', urls.contractsCsv, urls.contractsXlsx],
    ['deals', urls.dealsCsv, urls.dealsXlsx],
  ] as const;
  const get = (url: string, name: string) => downloadWithToken(url, name).catch(() => void message.error(t('exports.failed')));
  return (
    <section aria-labelledby="tb-scoreboard-exports">
      <Typography.Title level={2} id="tb-scoreboard-exports" style={{ fontSize: 18 }}>
        {t('exports.title')}
      </Typography.Title>
      <Space wrap>
        {files.flatMap(([list, csv, xlsx]) => [
          <Button key={`${list}-csv`} icon={<DownloadOutlined aria-hidden />} onClick={() => get(csv, `${list}-${year}.csv`)}>
            {t(`exports.${list}`)} CSV
          </Button>,
          <Button key={`${list}-xlsx`} icon={<DownloadOutlined aria-hidden />} onClick={() => get(xlsx, `${list}-${year}.xlsx`)}>
            {t(`exports.${list}`)} XLSX
          </Button>,
        ])}
      </Space>
    </section>
  );
}
