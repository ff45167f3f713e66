import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';

const NotificationsPage = lazy(() => import('./NotificationsPage'));

/** `/notifications`: notification mails without a deal link here (libs/brokerage notification-mailer). */
export const notificationRoutes: RouteObject[] = [
  {
    path: 'notifications',
    element: (
      <RequireAuth>
        <NotificationsPage />
      </RequireAuth>
    ),
  },
];
