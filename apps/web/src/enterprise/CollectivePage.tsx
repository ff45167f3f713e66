import './messages';
import { Alert, App, Button, Card, Form, InputNumber, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../research/QueryState';
import { CollectiveFunding } from './CollectiveFunding';
import { useSession } from '../auth/useSession';
import { CollectiveNeedsQuery, PledgeMutation } from './documents';

/** Collective R&D (集采研发): pooled needs on the market, their pledges against the target, and a pledge of one's own. */
export default function CollectivePage() {
  const { t } = useTranslation('enterprise');
  const { user } = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CollectiveNeedsQuery,
    variables: { first: 50 },
    requestPolicy: 'cache-and-network',
  });
  const ownId = user?.organization?.id;
  const needs = (data?.needs.edges ?? []).map((edge) => edge.node).filter((need) => need.status !== 'DRAFT');

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('title.collective')}
      </Typography.Title>
      <QueryState
        fetching={fetching}
        error={error}
        empty={!data || needs.length === 0}
        emptyText={t('empty.collective')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      >
        <List
          grid={{ gutter: 16, xs: 1, md: 2 }}
          dataSource={needs}
          renderItem={(need) => (
            <List.Item key={need.id}>
              <Card
                title={<Link to={need.enterprise.id === ownId ? `/enterprise/needs/${need.id}` : `/needs/${need.id}`}>{need.title}</Link>}
                extra={need.collective?.funded ? <Tag color="#237804">{t('detail.funded')}</Tag> : undefined}
                size="small"
              >
                <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }}>
                  {need.enterprise.name} · {need.summary}
                </Typography.Paragraph>
                {need.collective && <CollectiveFunding funding={need.collective} />}
                {need.collective && !need.collective.funded && need.enterprise.id !== ownId && need.status === 'PUBLISHED' && (
                  <PledgeForm
                    needId={need.id}
                    current={need.collective.pledges.find((pledge) => pledge.organization.id === ownId)?.amount}
                    onDone={() => refetch({ requestPolicy: 'network-only' })}
                  />
                )}
              </Card>
            </List.Item>
          )}
        />
      </QueryState>
    </Space>
  );
}

function PledgeForm({ needId, current, onDone }: { needId: string; current?: string; onDone: () => void }) {
  const { t } = useTranslation('enterprise');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ amount: string | null }>();
  const [state, pledge] = useMutation(PledgeMutation);
  const [problem, setProblem] = useState<string | null>(null);

  const finish = async ({ amount }: { amount: string | null }) => {
    setProblem(null);
    const response = await pledge({ needId, amount: String(amount) });
    if (response.error) {
      const fields = response.error.graphQLErrors[0]?.extensions?.fields as Record<string, string[]> | undefined;
      if (fields?.amount) form.setFields([{ name: 'amount', errors: fields.amount }]);
      else setProblem(response.error.graphQLErrors[0]?.message ?? response.error.message);
      return;
    }
    message.success(t('message.pledged'));
    onDone();
  };

  return (
    <Form
      form={form}
      layout="inline"
      onFinish={finish}
      initialValues={{ amount: current ?? null }}
      style={{ marginTop: 12, rowGap: 8 }}
      name={`pledge-${needId}`}
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ width: '100%', marginBottom: 8 }} role="alert" />}
      <Form.Item
        name="amount"
        label={t('field.pledgeAmount')}
        rules={[
          {
            required: true,
            message: t('rule.required', { field: t('field.pledgeAmount') }),
          },
        ]}
      >
        <InputNumber min={0} precision={2} stringMode style={{ width: 160 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={state.fetching}>
        {t('action.pledge')}
      </Button>
    </Form>
  );
}
