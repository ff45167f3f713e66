import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';

const DealPage = lazy(() => import('./DealPage'));

/** The shared deal page: the server decides who may see the deal (a stranger gets "not allowed"). */
export const dealRoutes: RouteObject[] = [
  {
    path: 'deals/:id',
    element: (
      <RequireAuth>
        <DealPage />
      </RequireAuth>
    ),
  },
];
