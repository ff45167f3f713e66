import { Popover, Spin } from 'antd';
import { lazy, Suspense, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

// The list, its paging and typography load when the bell is first opened, not with every signed-in page.
const NotificationList = lazy(() => import('./NotificationList'));

/** The bell's popover around its button; Popover itself loads with it, on the first open. */
export default function NotificationPopover({
  open,
  onOpenChange,
  onRead,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onRead: () => void;
  children: ReactElement;
}) {
  const { t } = useTranslation();
  return (
    <Popover
      content={
        open ? (
          <Suspense fallback={<Spin />}>
            <NotificationList onRead={onRead} onClose={() => onOpenChange(false)} />
          </Suspense>
        ) : null
      }
      title={t('notifications.title')}
      trigger="click"
      open={open}
      onOpenChange={onOpenChange}
      placement="bottomRight"
    >
      {children}
    </Popover>
  );
}
