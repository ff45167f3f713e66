import { lazy, useState } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { dealRoutes } from '../deals/routes';

const loadLayout = () => import('./BrokerLayout');
const loadWorkbench = () => import('./WorkbenchPage');
const BrokerLayout = lazy(loadLayout);
const WorkbenchPage = lazy(loadWorkbench);
const QueuePage = lazy(() => import('./QueuePage'));

/**
 * Both chunks are asked for at once while the session is still being restored: left to `lazy`,
 * the layout's chunk would load only after the session, and the board's only after the layout.
 */
function BrokerArea() {
  useState(() => Promise.all([loadLayout(), loadWorkbench()]).catch(() => undefined));
  return (
    <RequireAuth roles={['BROKER', 'ADMIN']}>
      <BrokerLayout />
    </RequireAuth>
  );
}

/** The broker workbench at /broker (the admins' queue at /broker/queue), and the shared deal page at /deals/:id. */
export const brokerRoutes: RouteObject[] = [
  {
    path: 'broker',
    element: <BrokerArea />,
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
