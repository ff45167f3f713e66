import './messages';
import { App as AntApp, Button, Card, Col, List, Row, Space, Statistic, Tabs, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '../components/format';
import { generalMessage } from '../components/server-errors';
import type { AdminResultsQuery as AdminResultsData, ResultClass, ResultStatus } from '../gql/graphql';
import { useIndustryFields } from '../public/useIndustryFields';
import { QueryState } from '../research/QueryState';
import { AdminResultsQuery, PublishResultMutation, ResultFunnelQuery, SelectMajorResultMutation } from './documents';
import { FormError } from '../components/FormError';

export type ResultRow = AdminResultsData['results']['edges'][number]['node'];
// The evaluation form (Form, Select, InputNumber) loads when an evaluator opens it, not with the queue.
const EvaluationForm = lazy(() => import('./EvaluationForm'));
const TAB_STATUS: Record<string, ResultStatus> = { queue: 'SUBMITTED', toPublish: 'EVALUATED', published: 'PUBLISHED' };

function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—';
}

/** Administrators: the queue of submitted results, the evaluation form, publication and the yearly major-result selection. */
export default function EvaluationPage() {
  const { t } = useTranslation('admin');
  const [tab, setTab] = useState('queue');
  const [funnel, refetchFunnel] = useQuery({ query: ResultFunnelQuery, requestPolicy: 'cache-and-network' });
  const counts = funnel.data;
  const reloadFunnel = () => refetchFunnel({ requestPolicy: 'network-only' });

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('evaluation.title')}
      </Typography.Title>
      <section aria-label={t('evaluation.funnel')}>
        <Row gutter={[16, 16]}>
          {(
            [
              ['collected', counts?.collected.totalCount, undefined],
              ['evaluated', counts?.evaluated.totalCount, counts?.collected.totalCount],
              ['published', counts?.published.totalCount, counts?.evaluated.totalCount],
            ] as const
          ).map(([key, value, before]) => (
            <Col xs={24} sm={8} key={key}>
              <Card size="small" data-testid={`funnel-${key}`}>
                <Statistic title={t(`evaluation.${key}`)} value={value ?? '—'} loading={funnel.fetching && !counts} />
                {before !== undefined && value !== undefined && (
                  <Typography.Text type="secondary">{t('evaluation.conversion', { percent: percent(value, before) })}</Typography.Text>
                )}
              </Card>
            </Col>
          ))}
        </Row>
      </section>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: 'queue', label: t('evaluation.tabs.queue', { count: counts?.queue.totalCount ?? 0 }) },
          { key: 'toPublish', label: t('evaluation.tabs.toPublish', { count: counts?.toPublish.totalCount ?? 0 }) },
          { key: 'published', label: t('evaluation.tabs.published') },
        ].map((item) => ({ ...item, children: <ResultList kind={item.key} onChanged={reloadFunnel} /> }))}
      />
    </Space>
  );
}

function ResultList({ kind, onChanged }: { kind: string; onChanged: () => void }) {
  const { t, i18n } = useTranslation('admin');
  const language = i18n.language === 'en' ? 'en' : 'zh';
  const fields = useIndustryFields();
  const { message } = AntApp.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AdminResultsQuery,
    variables: { first: 20, filter: { status: [TAB_STATUS[kind]], ...(kind === 'published' ? { resultClass: ['MAJOR_INNOVATION' as ResultClass] } : {}) } },
    requestPolicy: 'cache-and-network',
  });
  const [evaluating, setEvaluating] = useState<ResultRow>();
  const [publishState, publish] = useMutation(PublishResultMutation);
  const [selectState, select] = useMutation(SelectMajorResultMutation);
  const [actionError, setActionError] = useState<string>();
  const year = new Date().getFullYear();
  const rows = data?.results.edges.map((edge) => edge.node) ?? [];
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    onChanged();
  };

  const doPublish = async (row: ResultRow) => {
    const response = await publish({ id: row.id });
    if (response.error) return setActionError(generalMessage(response.error));
    setActionError(undefined);
    void message.success(t('evaluation.published_', { title: row.title }));
    reload();
  };
  const doSelect = async (row: ResultRow) => {
    const response = await select({ id: row.id, year });
    if (response.error) return setActionError(generalMessage(response.error));
    setActionError(undefined);
    void message.success(t('evaluation.selectedDone', { year }));
    reload();
  };

  return (
    <>
      <FormError error={actionError} />
      <QueryState fetching={fetching} error={error} empty={!data || rows.length === 0} emptyText={t(`evaluation.empty.${kind as 'queue'}`)} onRetry={reload}>
        <List
          dataSource={rows}
          renderItem={(row) => (
            <List.Item key={row.id} data-testid="result-row">
              <Space direction="vertical" style={{ width: '100%' }}>
                <Link to={`/results/${row.id}`} style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                  {row.title}
                </Link>
                <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                  {row.owner.name} · {fields.name(row.fieldCode)} · TRL {row.trl}
                  {row.submittedAt ? ` · ${t('evaluation.submittedAt', { date: formatDate(row.submittedAt, language) })}` : ''}
                </Typography.Text>
                <Space wrap>
                  <Tag color="blue">{t(`resultClass.${row.resultClass}`)}</Tag>
                  {row.selectedYear && <Tag color="gold">{t('evaluation.selected', { year: row.selectedYear })}</Tag>}
                  {row.evaluation && (
                    <Typography.Text>
                      {t('evaluation.evaluationSummary', {
                        score: row.evaluation.score,
                        maturity: row.evaluation.technicalMaturity,
                        market: row.evaluation.marketPotential,
                      })}
                    </Typography.Text>
                  )}
                </Space>
                {row.evaluation?.comment && <Typography.Paragraph style={{ margin: 0 }}>{row.evaluation.comment}</Typography.Paragraph>}
                <Space wrap>
                  {kind === 'queue' && (
                    <Button type="primary" onClick={() => setEvaluating(row)}>
                      {t('evaluation.evaluate')}
                    </Button>
                  )}
                  {kind === 'toPublish' && (
                    <Button type="primary" loading={publishState.fetching} onClick={() => void doPublish(row)}>
                      {t('evaluation.publish')}
                    </Button>
                  )}
                  {kind === 'published' && row.selectedYear !== year && (
                    <Button loading={selectState.fetching} onClick={() => void doSelect(row)}>
                      {t('evaluation.select', { year })}
                    </Button>
                  )}
                </Space>
              </Space>
            </List.Item>
          )}
        />
      </QueryState>
      {evaluating && (
        <Suspense fallback={null}>
          <EvaluationForm
            result={evaluating}
            onClose={() => setEvaluating(undefined)}
            onDone={() => {
              setEvaluating(undefined);
              reload();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
