import './messages';
import { List, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../research/QueryState';
import { ResultDealsQuery } from './documents';

/** The deals of a research result, each with the way into its room (the researcher's side of the deal room). */
export function ResultDeals({ resultId }: { resultId: string }) {
  const { t } = useTranslation('dealroom');
  const [{ data, fetching, error }, refetch] = useQuery({ query: ResultDealsQuery, variables: { resultId }, requestPolicy: 'cache-and-network' });
  const deals = data?.deals.edges.map((edge) => edge.node) ?? [];
  return (
    <QueryState
      fetching={fetching}
      error={error}
      empty={!data || deals.length === 0}
      emptyText={t('resultDeals.empty')}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
    >
      <List
        dataSource={deals}
        renderItem={(deal) => (
          <List.Item
            key={deal.id}
            data-testid="result-deal-row"
            actions={[
              <Link key="room" to={`/deals/${deal.id}/room`}>
                {t('openRoom')}
              </Link>,
            ]}
          >
            <List.Item.Meta
              title={deal.need?.title ?? t('rooms.noDeal')}
              description={
                <Space wrap size={4}>
                  <Tag>{t(`stage.${deal.stage}`)}</Tag>
                  <span>{deal.broker ? t('resultDeals.broker', { name: deal.broker.displayName }) : t('resultDeals.noBroker')}</span>
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </QueryState>
  );
}
