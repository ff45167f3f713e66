import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { dealRoutes } from '../deals/routes';

const BrokerLayout = lazy(() => import('./BrokerLayout'));
const WorkbenchPage = lazy(() => import('./WorkbenchPage'));
const QueuePage = lazy(() => import('./QueuePage'));

/** The broker workbench at /broker (the admins' queue at /broker/queue), and the shared deal page at /deals/:id. */
export const brokerRoutes: RouteObject[] = [
  {
    path: 'broker',
    element: (
      <RequireAuth roles={['BROKER', 'ADMIN']}>
        <BrokerLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <WorkbenchPage /> },
      {
        path: 'queue',
        element: (
          <RequireAuth roles={['ADMIN']}>
            <QueuePage />
          </RequireAuth>
        ),
      },
    ],
  },
  ...dealRoutes,
];
