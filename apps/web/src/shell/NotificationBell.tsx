import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, List, Popover, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import '../notifications/messages';

const UnreadCountDocument = graphql(`
  query UnreadNotificationCount {
    myNotifications(first: 1, unreadOnly: true) {
      totalCount
    }
  }
`);

const NotificationsDocument = graphql(`
  query MyNotifications($first: Int) {
    myNotifications(first: $first) {
      totalCount
      edges {
        node {
          id
          kind
          title
          body
          createdAt
          readAt
          dealId
        }
      }
    }
  }
`);

const MarkReadDocument = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

const POLL_MS = 60_000;

/** The bell in the header: unread count (polled), the latest notifications on click. */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [count, refetchCount] = useQuery({ query: UnreadCountDocument, requestPolicy: 'cache-and-network' });
  const [list, refetchList] = useQuery({ query: NotificationsDocument, variables: { first: 10 }, pause: !open });
  const [, markRead] = useMutation(MarkReadDocument);

  useEffect(() => {
    const timer = setInterval(() => refetchCount({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [refetchCount]);

  const unread = count.data?.myNotifications.totalCount ?? 0;
  const items = list.data?.myNotifications.edges.map((edge) => edge.node) ?? [];
  const content = (
    <>
      <List
        style={{ width: 'min(320px, 80vw)' }}
        loading={list.fetching && !list.data}
        locale={{ emptyText: t('notifications.empty') }}
        dataSource={items}
        renderItem={(item) => (
          <List.Item
            actions={
              item.readAt
                ? undefined
                : [
                    <Button
                      key="read"
                      size="small"
                      type="link"
                      onClick={() =>
                        void markRead({ id: item.id }).then(() => {
                          refetchCount({ requestPolicy: 'network-only' });
                          refetchList({ requestPolicy: 'network-only' });
                        })
                      }
                    >
                      {t('notifications.markRead')}
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta
              title={
                <span>
                  {!item.readAt && <Badge status="processing" text={<span className="sr-only">{t('notifications.unread')}</span>} />} {item.title}
                </span>
              }
              description={
                <>
                  <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
                    {item.body}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {new Date(item.createdAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'zh-CN')}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
      <Link to="/notifications" onClick={() => setOpen(false)} style={{ display: 'block', textAlign: 'center', marginTop: 8 }}>
        {t('notificationsPage:all')}
      </Link>
    </>
  );
  return (
    <Popover content={content} title={t('notifications.title')} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Button type="text" aria-label={t('notifications.bell', { count: unread })} data-testid="notification-bell">
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
