import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import '../notifications/messages';

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
  const [open, setOpen] = useState(false);
  const [count, refetchCount] = useQuery({ query: UnreadCountDocument, requestPolicy: 'cache-and-network' });

  useEffect(() => {
    const timer = setInterval(() => refetchCount({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [refetchCount]);

  const unread = count.data?.myNotifications.totalCount ?? 0;
  const [wanted, setWanted] = useState(false);
  // The button is mounted anew once wrapped in the popover: it keeps the keyboard focus it had.
  const keepFocus = useCallback(
    (element: HTMLButtonElement | null) => {
      if (element && wanted) element.focus({ preventScroll: true });
    },
    [wanted],
  );
  const button = (
    <Button
      ref={keepFocus}
      type="text"
      aria-label={t('notifications.bell', { count: unread })}
      data-testid="notification-bell"
      onPointerEnter={() => void loadPopover()}
      onFocus={() => void loadPopover()}
      onClick={
        wanted
          ? undefined
          : () => {
              setWanted(true);
              setOpen(true);
            }
      }
    >
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
