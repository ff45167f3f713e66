import './messages';
import '../deals/messages';
import { List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { AssignBroker } from '../deals/AssignBroker';
import { useIndustryFields } from '../public/useIndustryFields';
import { QueryState } from '../research/QueryState';
import { UnassignedDealsQuery } from './documents';

/** Administrators: open deals nobody runs yet, each with the broker picker. */
export default function QueuePage() {
  const { t } = useTranslation('broker');
  const fields = useIndustryFields();
  const [{ data, fetching, error }, refetch] = useQuery({ query: UnassignedDealsQuery, variables: { first: 100 }, requestPolicy: 'cache-and-network' });
  const deals = data?.deals.edges.map((edge) => edge.node) ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('title.queue')}
      </Typography.Title>
      <QueryState fetching={fetching} error={error} empty={!data || deals.length === 0} emptyText={t('empty.queue')} onRetry={reload}>
        <List
          dataSource={deals}
          renderItem={(deal) => (
            <List.Item key={deal.id} data-testid="queue-row">
              <Space direction="vertical" style={{ width: '100%' }}>
                <Link to={`/deals/${deal.id}`} style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                  {deal.result.title}
                  {deal.need ? ` ↔ ${deal.need.title}` : ''}
                </Link>
                <Typography.Text type="secondary">
                  {deal.result.owner.name}
                  {deal.need ? ` · ${deal.need.enterprise.name}` : ''} · {t('queue.field', { field: fields.name(deal.fieldCode) })}
                </Typography.Text>
                <AssignBroker dealId={deal.id} onAssigned={reload} />
              </Space>
            </List.Item>
          )}
        />
      </QueryState>
    </Space>
  );
}
