import './messages';
import { App, Button, Card, Form, Input, List, Modal, Progress, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../research/QueryState';
import { useServerForm } from '../components/useServerForm';
import { MatchFeedbackMutation, NeedMatchesQuery, OpenDealFromMatchMutation, RefreshMatchesMutation } from './documents';
import { DISMISS_REASONS, MATCH_STATUS_COLORS } from './enums';
import { FactorBars } from './FactorBars';
import { LazySelect } from '../components/LazySelect';
import { FormError } from '../components/FormError';

interface DismissValues {
  reasonCode: (typeof DISMISS_REASONS)[number];
  comment?: string;
}

/** A published need's matches: score, each factor's contribution with its reason, feedback and the step to a deal. */
export function NeedMatches({ needId, published }: { needId: string; published: boolean }) {
  const { t } = useTranslation('enterprise');
  const { message } = App.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: NeedMatchesQuery,
    variables: { id: needId },
    requestPolicy: 'cache-and-network',
  });
  const [refreshing, refreshMatches] = useMutation(RefreshMatchesMutation);
  const [, giveFeedback] = useMutation(MatchFeedbackMutation);
  const [opening, openDeal] = useMutation(OpenDealFromMatchMutation);
  const [dismissing, setDismissing] = useState<string | null>(null);
  const [deals, setDeals] = useState<Record<string, { stage: string; broker: string | null }>>({});
  const { form, formProps, applyError, generalError, setGeneralError } = useServerForm<DismissValues>();
  const matches = data?.matchesForNeed ?? [];

  const reload = () => refetch({ requestPolicy: 'network-only' });
  const fail = (error: { graphQLErrors: { message: string }[]; message: string }) => message.error(error.graphQLErrors[0]?.message ?? error.message);

  const refresh = async () => {
    const response = await refreshMatches({ id: needId });
    if (response.error) fail(response.error);
    else {
      message.success(t('message.refreshed'));
      reload();
    }
  };

  const shortlist = async (matchId: string) => {
    const response = await giveFeedback({
      matchId,
      input: { status: 'SHORTLISTED' },
    });
    if (response.error) fail(response.error);
    else message.success(t('message.shortlisted'));
  };

  const dismiss = async (values: DismissValues) => {
    if (!dismissing) return;
    setGeneralError(undefined);
    const response = await giveFeedback({
      matchId: dismissing,
      input: {
        status: 'DISMISSED',
        reasonCode: values.reasonCode,
        comment: values.comment || null,
      },
    });
    if (response.error) {
      applyError(response.error);
      return;
    }
    message.success(t('message.dismissed'));
    setDismissing(null);
    form.resetFields();
  };

  // Opened from the match, so the match turns CONVERTED with it (the pair's deal, one per pair).
  const open = async (matchId: string) => {
    const response = await openDeal({ matchId });
    if (response.error || !response.data) {
      if (response.error) fail(response.error);
      return;
    }
    const deal = response.data.openDeal;
    setDeals((current) => ({
      ...current,
      [matchId]: {
        stage: deal.stage,
        broker: deal.broker?.displayName ?? null,
      },
    }));
    message.success(t('message.dealOpened'));
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {published && (
        <Button onClick={refresh} loading={refreshing.fetching}>
          {t('action.refreshMatches')}
        </Button>
      )}
      <QueryState
        fetching={fetching}
        error={error}
        empty={!data || matches.length === 0}
        emptyText={published ? t('empty.matches') : t('empty.matchesDraft')}
        onRetry={reload}
      >
        <List
          dataSource={matches}
          aria-label={t('detail.tabs.matches')}
          renderItem={(match) => {
            const deal = deals[match.id];
            return (
              <List.Item key={match.id} data-testid="need-match">
                <Card
                  size="small"
                  style={{ width: '100%' }}
                  title={
                    <Space wrap>
                      <Link to={`/results/${match.result.id}`}>{match.result.title}</Link>
                      <Tag color={MATCH_STATUS_COLORS[match.status]}>{t(`matchStatus.${match.status}`)}</Tag>
                    </Space>
                  }
                >
                  <Space align="start" wrap style={{ width: '100%' }}>
                    <Progress
                      status="normal"
                      type="circle"
                      size={64}
                      percent={Math.round(match.score)}
                      format={(value) => `${value}`}
                      aria-label={`${t('detail.score')} ${Math.round(match.score)}`}
                    />
                    <Space direction="vertical" size={2} style={{ flex: 1, minWidth: 220 }}>
                      <Typography.Text type="secondary">
                        {t('detail.owner')}: {match.result.owner.name} · TRL {match.result.trl}
                      </Typography.Text>
                      <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 8 }}>
                        {match.result.summary}
                      </Typography.Paragraph>
                    </Space>
                  </Space>
                  <Typography.Title level={4} style={{ fontSize: 14 }}>
                    {t('detail.factors')}
                  </Typography.Title>
                  <FactorBars factors={match.factors} />
                  <Space wrap style={{ marginTop: 8 }}>
                    {deal ? (
                      <Tag color="#237804">
                        {t(`dealStage.${deal.stage as 'INTRODUCED'}`)} · {t('detail.broker')}: {deal.broker ?? t('detail.noBroker')}
                      </Tag>
                    ) : match.status === 'CONVERTED' ? (
                      <Link to="/enterprise/deals">{t('nav.deals')}</Link>
                    ) : (
                      <>
                        {match.status !== 'SHORTLISTED' && <Button onClick={() => shortlist(match.id)}>{t('action.shortlist')}</Button>}
                        {match.status !== 'DISMISSED' && <Button onClick={() => setDismissing(match.id)}>{t('action.dismiss')}</Button>}
                        <Button type="primary" loading={opening.fetching} onClick={() => open(match.id)}>
                          {t('action.openDeal')}
                        </Button>
                      </>
                    )}
                  </Space>
                </Card>
              </List.Item>
            );
          }}
        />
      </QueryState>
      <Modal open={!!dismissing} title={t('action.dismiss')} onCancel={() => setDismissing(null)} footer={null} destroyOnHidden>
        <Form<DismissValues> {...formProps} layout="vertical" onFinish={dismiss} name="dismiss">
          <FormError error={generalError} />
          <Form.Item
            name="reasonCode"
            label={t('field.dismissReason')}
            rules={[
              {
                required: true,
                message: t('rule.required', {
                  field: t('field.dismissReason'),
                }),
              },
            ]}
          >
            <LazySelect
              options={DISMISS_REASONS.map((value) => ({
                value,
                label: t(`dismissReason.${value}`),
              }))}
              aria-label={t('field.dismissReason')}
            />
          </Form.Item>
          <Form.Item name="comment" label={t('field.comment')}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
          <Space>
            <Button type="primary" danger htmlType="submit">
              {t('action.confirmDismiss')}
            </Button>
            <Button onClick={() => setDismissing(null)}>{t('action.cancel')}</Button>
          </Space>
        </Form>
      </Modal>
    </Space>
  );
}
