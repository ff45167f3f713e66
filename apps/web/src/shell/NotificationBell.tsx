import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Popover, Spin } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import '../notifications/messages';

// The list, its paging and typography load when the bell is first opened, not with every signed-in page.
const NotificationList = lazy(() => import('./NotificationList'));

const UnreadCountDocument = graphql(`
  query UnreadNotificationCount {
    myNotifications(first: 1, unreadOnly: true) {
      totalCount
    }
  }
`);

const POLL_MS = 60_000;

/** The bell in the header: unread count (polled), the latest notifications on click. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [count, refetchCount] = useQuery({ query: UnreadCountDocument, requestPolicy: 'cache-and-network' });

  useEffect(() => {
    const timer = setInterval(() => refetchCount({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [refetchCount]);

  const unread = count.data?.myNotifications.totalCount ?? 0;
  return (
    <Popover
      content={
        open ? (
          <Suspense fallback={<Spin />}>
            <NotificationList onRead={() => refetchCount({ requestPolicy: 'network-only' })} onClose={() => setOpen(false)} />
          </Suspense>
        ) : null
      }
      title={t('notifications.title')}
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
    >
      <Button type="text" aria-label={t('notifications.bell', { count: unread })} data-testid="notification-bell">
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
