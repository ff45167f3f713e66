import './messages';
import { App, Button, Card, Descriptions, Space, Tabs, Tag, Typography } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useFieldName } from '../research/useFieldName';
import { formatDate, formatPriceRange } from '../research/format';
import { PageState } from '../components/PageState';
import { QueryState } from '../research/QueryState';
import { useIsNarrow } from '../research/useIsNarrow';
import { CloseNeedMutation, EnterpriseNeedQuery, PublishNeedMutation } from './documents';
import { NEED_STATUS_COLORS } from './enums';
import { LazyPopconfirm } from '../components/LazyPopconfirm';

// The tabs behind the overview (factor bars, feedback forms, pledges) load when opened.
const NeedMatches = lazy(() => import('./NeedMatches').then((module) => ({ default: module.NeedMatches })));
const CollectiveFunding = lazy(() => import('./CollectiveFunding').then((module) => ({ default: module.CollectiveFunding })));
// The overview's files come after its text: their list and thumbnails load beside it, not before the page.
const AttachmentList = lazy(() => import('../files/AttachmentList').then((module) => ({ default: module.AttachmentList })));
const pane = (node: ReactNode) => <Suspense fallback={<PageState loading />}>{node}</Suspense>;

/** One of the enterprise's needs: publish or close it, its collective funding, its matches. */
export default function NeedDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('enterprise');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const fieldName = useFieldName();
  const narrow = useIsNarrow();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: EnterpriseNeedQuery,
    variables: { id },
  });
  const [publishing, publishNeed] = useMutation(PublishNeedMutation);
  const [closing, closeNeed] = useMutation(CloseNeedMutation);
  const need = data?.need;

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

  const open = need && need.status !== 'SOLVED' && need.status !== 'CLOSED';
  const listed = need && (need.status === 'PUBLISHED' || need.status === 'IN_NEGOTIATION');

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Link to="/enterprise/needs">← {t('action.back')}</Link>
      <QueryState fetching={fetching} error={error} empty={!need} emptyText={t('state.notFound')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {need && (
          <>
            <Card>
              <Space direction="vertical" style={{ width: '100%' }}>
                <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
                  <Typography.Title level={2} style={{ margin: 0 }}>
                    {need.title}
                  </Typography.Title>
                  <Space>
                    {need.collective && <Tag color="#531dab">{t('nav.collective')}</Tag>}
                    <Tag color={NEED_STATUS_COLORS[need.status]} data-testid="need-status">
                      {t(`status.${need.status}`)}
                    </Tag>
                  </Space>
                </Space>
                <Space wrap>
                  {need.status === 'DRAFT' && (
                    <LazyPopconfirm title={t('message.publishConfirm')} onConfirm={() => act(() => publishNeed({ id }), t('message.published'))}>
                      <Button type="primary" loading={publishing.fetching}>
                        {t('action.publish')}
                      </Button>
                    </LazyPopconfirm>
                  )}
                  {open && <Button onClick={() => navigate(`/enterprise/needs/${id}/edit`)}>{t('action.edit')}</Button>}
                  {open && (
                    <LazyPopconfirm title={t('message.closeConfirm')} onConfirm={() => act(() => closeNeed({ id }), t('message.closed'))}>
                      <Button danger loading={closing.fetching}>
                        {t('action.close')}
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
                defaultActiveKey={listed ? 'matches' : 'overview'}
                items={[
                  {
                    key: 'overview',
                    label: t('detail.tabs.overview'),
                    children: (
                      <Space direction="vertical" style={{ width: '100%' }}>
                        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
                          <Descriptions.Item label={t('field.fieldCode')}>{fieldName(need.fieldCode)}</Descriptions.Item>
                          <Descriptions.Item label={t('field.minTrl')}>{need.minTrl ?? t('detail.anyTrl')}</Descriptions.Item>
                          <Descriptions.Item label={t('field.budget')}>{formatPriceRange(need.budget, t, 'enterprise')}</Descriptions.Item>
                          <Descriptions.Item label={t('field.deadline')}>{need.deadline ? formatDate(need.deadline, i18n.language) : '—'}</Descriptions.Item>
                          <Descriptions.Item label={t('field.preferredModes')}>
                            {need.preferredModes.map((mode) => t(`mode.${mode}`)).join('、') || '—'}
                          </Descriptions.Item>
                          <Descriptions.Item label={t('field.visibility')}>{t(`visibilityShort.${need.visibility}`)}</Descriptions.Item>
                          <Descriptions.Item label={t('field.keywords')} span={2}>
                            {need.keywords.join('、') || '—'}
                          </Descriptions.Item>
                        </Descriptions>
                        <Typography.Title level={3}>{t('field.summary')}</Typography.Title>
                        <Typography.Paragraph>{need.summary}</Typography.Paragraph>
                        <Typography.Title level={3}>{t('field.description')}</Typography.Title>
                        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{need.description}</Typography.Paragraph>
                        <Suspense fallback={null}>
                          <AttachmentList files={need.attachments} owner={{ editTo: open ? `/enterprise/needs/${id}/edit` : undefined }} />
                        </Suspense>
                        <Typography.Text type="secondary">
                          {t('detail.created', {
                            date: formatDate(need.createdAt, i18n.language),
                          })}
                        </Typography.Text>
                      </Space>
                    ),
                  },
                  {
                    key: 'matches',
                    label: t('detail.tabs.matches'),
                    children: pane(<NeedMatches needId={id} published={!!listed} />),
                  },
                  ...(need.collective
                    ? [
                        {
                          key: 'collective',
                          label: t('detail.tabs.collective'),
                          children: pane(<CollectiveFunding funding={need.collective} />),
                        },
                      ]
                    : []),
                ]}
              />
            </Card>
          </>
        )}
      </QueryState>
    </Space>
  );
}
