import './messages';
import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { DealFilter } from '../gql/graphql';
import { QueryState } from '../research/QueryState';
import { formatDate } from '../research/format';
import { STAGE_COLORS } from './stage-colors';
import { PartyDealsQuery } from './documents';

/** The deals a workspace's organization is a party to, each opening the shared deal page. */
export function DealList({ filter, emptyText }: { filter?: DealFilter; emptyText?: string }) {
  const { t, i18n } = useTranslation('deals');
  const [{ data, fetching, error }, refetch] = useQuery({ query: PartyDealsQuery, variables: { first: 50, filter }, requestPolicy: 'cache-and-network' });
  const deals = data?.deals.edges.map((edge) => edge.node) ?? [];
  return (
    <QueryState
      fetching={fetching}
      error={error}
      empty={!data || deals.length === 0}
      emptyText={emptyText ?? t('list.empty')}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
    >
      <List
        dataSource={deals}
        renderItem={(deal) => (
          <List.Item key={deal.id} data-testid="deal-row">
            <List.Item.Meta
              title={
                <Link to={`/deals/${deal.id}`} style={{ overflowWrap: 'anywhere' }}>
                  {deal.result.title}
                  {deal.need ? ` ↔ ${deal.need.title}` : ''}
                </Link>
              }
              description={
                <Space wrap size={4}>
                  <Tag color={STAGE_COLORS[deal.stage]}>{t(`stage.${deal.stage}`)}</Tag>
                  <span>
                    {t('detail.broker')}: {deal.broker?.displayName ?? t('detail.noBroker')}
                  </span>
                  <Typography.Text type="secondary">· {formatDate(deal.createdAt, i18n.language)}</Typography.Text>
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </QueryState>
  );
}
