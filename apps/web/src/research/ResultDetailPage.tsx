import './messages';
// The deals tab's label is a deal-room string, drawn before the tab's own chunk registers it.
import '../dealroom/messages';
import { App, Button, Card, Descriptions, Space, Steps, Tabs, Tag, Typography } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ResearchResultQuery, SubmitResultMutation, WithdrawResultMutation } from './documents';
import { FUNNEL, STATUS_COLORS } from './enums';
import { useFieldName } from './useFieldName';
import { formatDate, formatPriceRange } from './format';
import { PageState } from '../components/PageState';
import { QueryState } from './QueryState';
import { useIsNarrow } from './useIsNarrow';
import { LazyPopconfirm } from '../components/LazyPopconfirm';

// The tabs behind the overview (forms, date pickers, tree selects, the chat client) load when opened.
const ResultMatches = lazy(() => import('./ResultMatches').then((module) => ({ default: module.ResultMatches })));
const ResultNdas = lazy(() => import('./ResultNdas').then((module) => ({ default: module.ResultNdas })));
const ResultPilots = lazy(() => import('./ResultPilots').then((module) => ({ default: module.ResultPilots })));
const ResultDeals = lazy(() => import('../dealroom/ResultDeals').then((module) => ({ default: module.ResultDeals })));
// The overview's files come after its text: their list and thumbnails load beside it, not before the page.
const AttachmentList = lazy(() => import('../files/AttachmentList').then((module) => ({ default: module.AttachmentList })));
const pane = (node: ReactNode) => <Suspense fallback={<PageState loading />}>{node}</Suspense>;

/** One of the researcher's results: where it is in the funnel, its evaluation, matches, NDAs and pilot platforms. */
export default function ResultDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('research');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const fieldName = useFieldName();
  const narrow = useIsNarrow();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ResearchResultQuery,
    variables: { id },
  });
  const [submitting, submitResult] = useMutation(SubmitResultMutation);
  const [withdrawing, withdrawResult] = useMutation(WithdrawResultMutation);
  const result = data?.result;

  const act = async (
    run: () => Promise<{
      error?: { graphQLErrors: { message: string }[]; message: string };
    }>,
    done: string,
  ) => {
    const response = await run();
    if (response.error) message.error(response.error.graphQLErrors[0]?.message ?? response.error.message);
    else {
      message.success(done);
      refetch({ requestPolicy: 'network-only' });
    }
  };

  const stage = result ? FUNNEL.indexOf(result.status as (typeof FUNNEL)[number]) : -1;
  const editable = result && result.status !== 'REJECTED' && result.status !== 'WITHDRAWN';

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Link to="/research/results">← {t('action.back')}</Link>
      <QueryState fetching={fetching} error={error} empty={!result} emptyText={t('state.notFound')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {result && (
          <>
            <Card>
              <Space direction="vertical" style={{ width: '100%' }}>
                <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
                  <Typography.Title level={2} style={{ margin: 0 }}>
                    {result.title}
                  </Typography.Title>
                  <Tag color={STATUS_COLORS[result.status]} data-testid="result-status">
                    {t(`status.${result.status}`)}
                  </Tag>
                </Space>
                <Steps
                  size="small"
                  responsive
                  current={stage === -1 ? undefined : stage}
                  status={result.status === 'REJECTED' || result.status === 'WITHDRAWN' ? 'error' : stage === FUNNEL.length - 1 ? 'finish' : 'process'}
                  items={FUNNEL.map((step) => ({ title: t(`funnel.${step}`) }))}
                  aria-label={t('funnel.heading')}
                />
                <Space wrap>
                  {result.status === 'DRAFT' && (
                    <LazyPopconfirm title={t('message.submitConfirm')} onConfirm={() => act(() => submitResult({ id }), t('message.submitted'))}>
                      <Button type="primary" loading={submitting.fetching}>
                        {t('action.submit')}
                      </Button>
                    </LazyPopconfirm>
                  )}
                  {editable && <Button onClick={() => navigate(`/research/results/${id}/edit`)}>{t('action.edit')}</Button>}
                  {result.status === 'PUBLISHED' && <Link to={`/results/${id}`}>{t('action.publicPage')}</Link>}
                  {editable && (
                    <LazyPopconfirm title={t('message.withdrawConfirm')} onConfirm={() => act(() => withdrawResult({ id }), t('message.withdrawn'))}>
                      <Button danger loading={withdrawing.fetching}>
                        {t('action.withdraw')}
                      </Button>
                    </LazyPopconfirm>
                  )}
                </Space>
              </Space>
            </Card>
            <Card>
              <Tabs
                // Narrow screens keep every tab in the bar: Ant's overflow menu breaks the tablist's roles.
                size={narrow ? 'small' : 'middle'}
                tabBarGutter={narrow ? 12 : undefined}
                items={[
                  {
                    key: 'overview',
                    label: t('detail.tabs.overview'),
                    children: (
                      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
                        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
                          <Descriptions.Item label={t('field.resultClass')}>{t(`resultClass.${result.resultClass}`)}</Descriptions.Item>
                          <Descriptions.Item label={t('field.fieldCode')}>{fieldName(result.fieldCode)}</Descriptions.Item>
                          <Descriptions.Item label={t('field.trl')}>{result.trl}</Descriptions.Item>
                          <Descriptions.Item label={t('field.visibility')}>{t(`visibilityShort.${result.visibility}`)}</Descriptions.Item>
                          <Descriptions.Item label={t('field.transferModes')}>
                            {result.transferModes.map((mode) => t(`mode.${mode}`)).join('、')}
                          </Descriptions.Item>
                          <Descriptions.Item label={t('field.askingPrice')}>{formatPriceRange(result.askingPrice, t, 'research')}</Descriptions.Item>
                          <Descriptions.Item label={t('field.needsPilot')}>{result.needsPilot ? '✓' : '—'}</Descriptions.Item>
                          <Descriptions.Item label={t('field.keywords')}>{result.keywords.join('、') || '—'}</Descriptions.Item>
                          <Descriptions.Item label={t('field.patents')} span={2}>
                            {result.patents.length === 0
                              ? '—'
                              : result.patents.map((patent) => (
                                  <div key={patent.number}>
                                    <Typography.Text code>{patent.number}</Typography.Text> {patent.title}{' '}
                                    {patent.granted && <Tag color="#237804">{t('field.patentGranted')}</Tag>}
                                  </div>
                                ))}
                          </Descriptions.Item>
                        </Descriptions>
                        <div>
                          <Typography.Title level={3}>{t('field.summary')}</Typography.Title>
                          <Typography.Paragraph>{result.summary}</Typography.Paragraph>
                          <Typography.Title level={3}>{t('field.description')}</Typography.Title>
                          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{result.description}</Typography.Paragraph>
                        </div>
                        <Suspense fallback={null}>
                          <AttachmentList files={result.attachments} owner={{ editTo: editable ? `/research/results/${id}/edit` : undefined }} />
                        </Suspense>
                        <Card size="small" title={t('detail.evaluation')}>
                          {result.evaluation ? (
                            <Descriptions column={{ xs: 1, md: 3 }} size="small">
                              <Descriptions.Item label={t('detail.evaluationScore')}>{result.evaluation.score}</Descriptions.Item>
                              <Descriptions.Item label={t('detail.maturity')}>{result.evaluation.technicalMaturity}</Descriptions.Item>
                              <Descriptions.Item label={t('detail.market')}>{result.evaluation.marketPotential}</Descriptions.Item>
                              {result.evaluation.comment && <Descriptions.Item label={t('detail.comment')}>{result.evaluation.comment}</Descriptions.Item>}
                            </Descriptions>
                          ) : (
                            <Typography.Text type="secondary">{t('detail.noEvaluation')}</Typography.Text>
                          )}
                        </Card>
                        <Typography.Text type="secondary">
                          {t('detail.created', {
                            date: formatDate(result.createdAt, i18n.language),
                          })}
                          {result.publishedAt ? ` · ${t('detail.published', { date: formatDate(result.publishedAt, i18n.language) })}` : ''}
                        </Typography.Text>
                      </Space>
                    ),
                  },
                  {
                    key: 'matches',
                    label: t('detail.tabs.matches'),
                    children: pane(<ResultMatches id={id} />),
                  },
                  {
                    key: 'ndas',
                    label: t('detail.tabs.ndas'),
                    children: pane(<ResultNdas id={id} />),
                  },
                  {
                    key: 'pilots',
                    label: t('detail.tabs.pilots'),
                    children: pane(<ResultPilots id={id} />),
                  },
                  { key: 'deals', label: t('dealroom:resultDeals.tab'), children: pane(<ResultDeals resultId={id} />) },
                ]}
              />
            </Card>
          </>
        )}
      </QueryState>
    </Space>
  );
}
