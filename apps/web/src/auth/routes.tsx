import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from './RequireAuth';

const ForgotPasswordPage = lazy(() => import('./ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('./ResetPasswordPage'));
const VerifyEmailPage = lazy(() => import('./VerifyEmailPage'));
const SettingsPage = lazy(() => import('./SettingsPage'));

/**
 * Account recovery and settings. /reset-password and /verify-email are the paths the mails link
 * to (APP_URL + path, libs/identity/src/recovery): renaming one breaks the links already sent.
 */
export const accountRoutes: RouteObject[] = [
  { path: 'forgot-password', element: <ForgotPasswordPage /> },
  { path: 'reset-password', element: <ResetPasswordPage /> },
  { path: 'verify-email', element: <VerifyEmailPage /> },
  {
    path: 'settings',
    element: (
      <RequireAuth>
        <SettingsPage />
      </RequireAuth>
    ),
  },
];
