import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';

const MailboxPage = lazy(() => import('./MailboxPage'));

/** The administrators' view of outgoing mail (the demo mailbox without SMTP_URL). */
export const mailRoutes: RouteObject[] = [
  {
    path: 'admin/mailbox',
    element: (
      <RequireAuth roles={['ADMIN']}>
        <MailboxPage />
      </RequireAuth>
    ),
  },
];
