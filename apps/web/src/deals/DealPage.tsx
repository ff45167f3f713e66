import './messages';
import { Alert, App as AntApp, Card, Descriptions, Space, Tabs, Tag, Typography } from 'antd';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageState } from '../components/PageState';
import { FactorBars } from '../enterprise/FactorBars';
import { QueryState } from '../research/QueryState';
import { formatDate } from '../research/format';
import { AssignBroker } from './AssignBroker';
import { DealMoves } from './DealMoves';
import { DealTimeline } from './DealTimeline';
import { isDealOverdue } from './dates';
import { formatAmount } from './money';
import { DealPageQuery } from './documents';
import { STAGE_COLORS } from './stage-colors';
import { useDealUpdates } from './useDealUpdates';

// The chat is its own chunk: the deal page paints before the room's code arrives. So are the
// follow-ups tab (a form with selects and date pickers) and the refusal page, which the first
// view of an open deal never shows.
const DealRoom = lazy(() => import('../dealroom/DealRoom'));
const FollowUps = lazy(() => import('./FollowUps').then((module) => ({ default: module.FollowUps })));
const DealDenied = lazy(() => import('./DealDenied'));

/**
 * One deal for everyone on it: the broker of record, both parties and administrators. What each
 * may do comes from the server (`allowedMoves`, `commission` null for parties); the page only
 * shows it, and refetches when the socket says the deal changed.
 */
export default function DealPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('deals');
  const { message } = AntApp.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: DealPageQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [tab, setTab] = useState('progress');
  const deal = data?.deal;
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);

  useDealUpdates(
    deal?.id,
    deal?.conversation.id,
    (update) => {
      void message.info(t('detail.updated', { stage: t(`stage.${update.stage as 'LOST'}`) }));
      reload();
    },
    reload,
  );

  if (data && !deal)
    return (
      <Suspense fallback={<PageState loading />}>
        <DealDenied />
      </Suspense>
    );
  const roles = data?.me.roles ?? [];
  const isAdmin = roles.includes('ADMIN');
  const isStaff = isAdmin || (!!deal?.broker && deal.broker.id === data?.me.id);
  const open = deal && ['INTRODUCED', 'NEGOTIATING', 'TERMS_AGREED'].includes(deal.stage);
  const overdue = deal && isDealOverdue(deal.dueAt);

  return (
    <QueryState fetching={fetching} error={error} empty={!deal} onRetry={reload}>
      {deal && (
        <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="deal-page" data-stage={deal.stage}>
          <div>
            <Typography.Title level={1} style={{ fontSize: 24, margin: 0, overflowWrap: 'anywhere' }}>
              {deal.result.title}
              {deal.need ? ` ↔ ${deal.need.title}` : ''}
            </Typography.Title>
            <Space wrap size={8} style={{ marginTop: 8 }}>
              <Tag color={STAGE_COLORS[deal.stage]} data-testid="deal-stage">
                {t(`stage.${deal.stage}`)}
              </Tag>
              <span>
                {t('detail.broker')}: {deal.broker?.displayName ?? t('detail.noBroker')}
              </span>
              <span>
                {t('detail.due')}: {deal.dueAt ? formatDate(deal.dueAt, i18n.language) : t('detail.noDue')}
              </span>
              {overdue && <Tag color="#a8071a">{t('detail.overdue')}</Tag>}
              <Typography.Text type="secondary">{t('detail.opened', { date: formatDate(deal.createdAt, i18n.language) })}</Typography.Text>
            </Space>
            {deal.lostReason && <Alert style={{ marginTop: 12 }} type="warning" showIcon message={t('detail.lostReason')} description={deal.lostReason} />}
          </div>

          {isAdmin && open && <AssignBroker dealId={deal.id} current={deal.broker} onAssigned={reload} />}

          <Card title={t('detail.reasons')} size="small">
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label={t('detail.university')}>{deal.result.owner.name}</Descriptions.Item>
              <Descriptions.Item label={t('detail.enterprise')}>{deal.need?.enterprise.name ?? t('detail.noNeed')}</Descriptions.Item>
              <Descriptions.Item label={t('detail.result')}>
                <Link to={`/results/${deal.result.id}`}>{deal.result.title}</Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('detail.need')}>
                {deal.need ? <Link to={`/needs/${deal.need.id}`}>{deal.need.title}</Link> : t('detail.noNeed')}
              </Descriptions.Item>
            </Descriptions>
            {deal.match ? (
              <>
                <Typography.Paragraph strong style={{ marginTop: 8 }} data-testid="match-score">
                  {t('detail.match', { score: Math.round(deal.match.score) })}
                </Typography.Paragraph>
                <FactorBars factors={deal.match.factors} compact />
              </>
            ) : (
              <Typography.Paragraph type="secondary">{t('detail.noMatch')}</Typography.Paragraph>
            )}
          </Card>

          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              {
                key: 'progress',
                label: t('tabs.progress'),
                children: (
                  <Space direction="vertical" size="large" style={{ width: '100%' }}>
                    <DealMoves deal={deal} onMoved={reload} />
                    {(deal.contract || deal.commission) && (
                      <Card title={t('contract.title')} size="small" data-testid="deal-contract">
                        {deal.contract && (
                          <Descriptions column={{ xs: 1, md: 2 }} size="small">
                            <Descriptions.Item label={t('contract.type')}>{t(`contractType.${deal.contract.type}`)}</Descriptions.Item>
                            <Descriptions.Item label={t('contract.amount')}>{formatAmount(deal.contract.amount)}</Descriptions.Item>
                            <Descriptions.Item label={t('contract.contractNo')}>{deal.contract.contractNo ?? '—'}</Descriptions.Item>
                            <Descriptions.Item label={t('contract.signedAt')}>{formatDate(deal.contract.signedAt, i18n.language)}</Descriptions.Item>
                            {deal.commission && (
                              <Descriptions.Item label={t('contract.commission')}>
                                <span data-testid="deal-commission">
                                  {t('contract.commissionLine', {
                                    amount: formatAmount(deal.commission.amount),
                                    rate: deal.commission.ratePercent,
                                  })}
                                </span>
                              </Descriptions.Item>
                            )}
                          </Descriptions>
                        )}
                      </Card>
                    )}
                    <DealTimeline history={deal.history} />
                  </Space>
                ),
              },
              ...(isStaff
                ? [
                    {
                      key: 'followUps',
                      label: t('tabs.followUps'),
                      children: deal.need ? (
                        <Suspense fallback={<PageState loading />}>
                          <FollowUps enterprise={deal.need.enterprise} fieldCode={deal.fieldCode} canRecord={!!deal.broker && deal.broker.id === data?.me.id} />
                        </Suspense>
                      ) : (
                        <Alert type="info" message={t('followUps.noEnterprise')} />
                      ),
                    },
                  ]
                : []),
              {
                key: 'chat',
                label: t('tabs.chat'),
                children: <Suspense fallback={<PageState loading />}>{tab === 'chat' && <DealRoom dealId={deal.id} />}</Suspense>,
              },
            ]}
          />
        </Space>
      )}
    </QueryState>
  );
}
