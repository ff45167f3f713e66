import { Badge, Button, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { MarkNotificationReadDocument } from '../notifications/notification.documents';
import '../notifications/messages';
import { dateFormat } from '../components/intl';

const NotificationsDocument = graphql(`
  query MyNotifications($first: Int) {
    myNotifications(first: $first) {
      totalCount
      edges {
        node {
          ...NotificationItem
        }
      }
    }
  }
`);

/** The bell's popover: the latest notifications, each markable as read. */
export default function NotificationList({ onRead, onClose }: { onRead: () => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [list, refetchList] = useQuery({ query: NotificationsDocument, variables: { first: 10 } });
  const [, markRead] = useMutation(MarkNotificationReadDocument);
  const items = list.data?.myNotifications.edges.map((edge) => edge.node) ?? [];
  return (
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
                          onRead();
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
                    {dateFormat(i18n.language === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(item.createdAt))}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
      <Link to="/notifications" onClick={onClose} style={{ display: 'block', textAlign: 'center', marginTop: 8 }}>
        {t('notificationsPage:all')}
      </Link>
    </>
  );
}
