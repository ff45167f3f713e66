import './messages';
import '../dealroom/messages';
import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate } from '../research/format';
import { QueryState } from '../research/QueryState';
import { MyDealsQuery } from './documents';

const STAGE_COLORS: Record<string, string> = {
  INTRODUCED: '#1456d9',
  NEGOTIATING: '#1456d9',
  TERMS_AGREED: '#875400',
  CONTRACT_SIGNED: '#237804',
  LOST: '#595959',
};

/** Deals the enterprise is a party to, with their stage and broker and the way into each deal room. */
export default function DealsPage() {
  const { t, i18n } = useTranslation('enterprise');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MyDealsQuery,
    variables: { first: 50 },
    requestPolicy: 'cache-and-network',
  });
  const deals = data?.deals.edges.map((edge) => edge.node) ?? [];
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('title.deals')}
      </Typography.Title>
      <QueryState
        fetching={fetching}
        error={error}
        empty={!data || deals.length === 0}
        emptyText={t('empty.deals')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      >
        <List
          dataSource={deals}
          renderItem={(deal) => (
            <List.Item
              key={deal.id}
              data-testid="deal-row"
              actions={[
                <Link key="room" to={`/deals/${deal.id}/room`}>
                  {t('dealroom:openRoom')}
                </Link>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Link to={`/results/${deal.result.id}`}>{deal.result.title}</Link>
                    {deal.need && (
                      <>
                        <span aria-hidden>↔</span>
                        <Link to={`/enterprise/needs/${deal.need.id}`}>{deal.need.title}</Link>
                      </>
                    )}
                  </Space>
                }
                description={
                  <Space wrap size={4}>
                    <Tag color={STAGE_COLORS[deal.stage]}>{t(`dealStage.${deal.stage}`)}</Tag>
                    <span>
                      {t('detail.broker')}: {deal.broker?.displayName ?? t('detail.noBroker')}
                    </span>
                    <span>· {formatDate(deal.createdAt, i18n.language)}</span>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </QueryState>
    </Space>
  );
}
