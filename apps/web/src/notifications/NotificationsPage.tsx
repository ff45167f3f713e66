import './messages';
import { Badge, Button, Card, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '../components/format';
import { PageState } from '../components/PageState';
import { generalMessage } from '../components/server-errors';
import { graphql } from '../gql';
import { MarkNotificationReadDocument } from './notification.documents';
import { currentLanguage } from '../i18n';

const NotificationsPageDocument = graphql(`
  query NotificationsPage($first: Int, $unreadOnly: Boolean) {
    myNotifications(first: $first, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          ...NotificationItem
        }
      }
    }
  }
`);

const PAGE = 20;

/** `/notifications`: the signed-in user's notifications, newest first (the page mails link to when a notification has no deal). */
export default function NotificationsPage() {
  const { t } = useTranslation('notificationsPage');
  const { t: tc } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [first, setFirst] = useState(PAGE);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: NotificationsPageDocument,
    variables: { first, unreadOnly },
    requestPolicy: 'cache-and-network',
  });
  const [, markRead] = useMutation(MarkNotificationReadDocument);
  const connection = data?.myNotifications;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 820 }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('intro')} <Link to="/settings">{t('toSettings')}</Link>
        </Typography.Paragraph>
      </div>
      <Segmented
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(value) => {
          setFirst(PAGE);
          setUnreadOnly(value === 'unread');
        }}
        options={[
          { value: 'all', label: t('all') },
          { value: 'unread', label: t('unreadOnly') },
        ]}
      />
      {!connection ? (
        <PageState loading={fetching} error={error ? (generalMessage(error) ?? true) : undefined} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : connection.edges.length === 0 ? (
        <PageState empty emptyText={tc('notifications.empty')} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
          {connection.edges.map(({ node }) => (
            <li key={node.id}>
              <Card size="small" data-testid="notification">
                <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                  {!node.readAt && <Badge status="processing" text={<span className="sr-only">{tc('notifications.unread')}</span>} />} {node.title}
                </Typography.Title>
                <Typography.Paragraph style={{ margin: '4px 0' }}>{node.body}</Typography.Paragraph>
                <Space size={[12, 4]} wrap>
                  <Typography.Text type="secondary">{formatDate(node.createdAt, currentLanguage(), true)}</Typography.Text>
                  {node.dealId && <Link to={`/deals/${node.dealId}`}>{t('openDeal')}</Link>}
                  {!node.readAt && (
                    <Button size="small" onClick={() => void markRead({ id: node.id }).then(() => refetch({ requestPolicy: 'network-only' }))}>
                      {tc('notifications.markRead')}
                    </Button>
                  )}
                </Space>
              </Card>
            </li>
          ))}
        </ul>
      )}
      {connection?.pageInfo.hasNextPage && first < 100 && <Button onClick={() => setFirst(Math.min(100, first + PAGE))}>{t('more')}</Button>}
    </Space>
  );
}
