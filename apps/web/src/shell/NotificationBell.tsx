import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import '../notifications/messages';
import { useOpenOnIntent } from './useOpenOnIntent';

// Popover (and through it Tooltip) loads when the bell is first wanted (pointer, focus, click), not
// with every signed-in page.
const loadPopover = () => import('./NotificationPopover');
const NotificationPopover = lazy(loadPopover);

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
  const [count, refetchCount] = useQuery({ query: UnreadCountDocument, requestPolicy: 'cache-and-network' });

  useEffect(() => {
    const timer = setInterval(() => refetchCount({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [refetchCount]);

  const unread = count.data?.myNotifications.totalCount ?? 0;
  const { wanted, open, setOpen, trigger } = useOpenOnIntent(loadPopover);
  const button = (
    <Button {...trigger} type="text" aria-label={t('notifications.bell', { count: unread })} data-testid="notification-bell">
      <Badge count={unread} size="small" overflowCount={99}>
        <BellOutlined style={{ fontSize: 18 }} />
      </Badge>
    </Button>
  );
  if (!wanted) return button;
  return (
    <Suspense fallback={button}>
      <NotificationPopover open={open} onOpenChange={setOpen} onRead={() => refetchCount({ requestPolicy: 'network-only' })}>
        {button}
      </NotificationPopover>
    </Suspense>
  );
}
