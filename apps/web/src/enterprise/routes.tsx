import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';

const EnterpriseHomePage = lazy(() => import('./EnterpriseHomePage'));

/** The enterprise workspace, mounted under the app layout at /enterprise. */
export const enterpriseRoutes: RouteObject[] = [
  {
    path: 'enterprise',
    element: (
      <RequireAuth roles={['ENTERPRISE', 'ADMIN']}>
        <EnterpriseHomePage />
      </RequireAuth>
    ),
  },
];
