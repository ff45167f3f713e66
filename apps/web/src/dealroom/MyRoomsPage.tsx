import './messages';
import { Badge, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../research/QueryState';
import { MyDealRoomsQuery } from './documents';

/** /rooms: every deal room I take part in, unread ones marked. */
export default function MyRoomsPage() {
  const { t } = useTranslation('dealroom');
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyDealRoomsQuery, variables: { first: 100 }, requestPolicy: 'cache-and-network' });
  const rooms = data?.myConversations.filter((room) => room.deal) ?? [];
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('roomsTitle')}
      </Typography.Title>
      <QueryState
        fetching={fetching}
        error={error}
        empty={!data || rooms.length === 0}
        emptyText={t('rooms.empty')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      >
        <List
          dataSource={rooms}
          renderItem={(room) => (
            <List.Item key={room.id} data-testid="room-row">
              <List.Item.Meta
                title={
                  <Link to={`/deals/${room.deal!.id}/room`}>
                    {room.deal!.result.title}
                    {room.deal!.need ? ` ↔ ${room.deal!.need.title}` : ''}
                  </Link>
                }
                description={
                  <Space wrap size={4}>
                    <Tag>{t(`stage.${room.deal!.stage}`)}</Tag>
                    {room.unreadCount > 0 && <Badge count={room.unreadCount} overflowCount={99} title={t('rooms.unread', { count: room.unreadCount })} />}
                    {room.unreadCount > 0 && <span className="sr-only">{t('rooms.unread', { count: room.unreadCount })}</span>}
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
