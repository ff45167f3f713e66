import { lazy, useState } from 'react';
import { useLocation, type RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { preloadable } from '../components/preloadable';
import { dealRoutes } from '../deals/routes';

const Layout = preloadable(() => import('./BrokerLayout'));
const Workbench = preloadable(() => import('./WorkbenchPage'));
const QueuePage = lazy(() => import('./QueuePage'));

/**
 * Both chunks, and on the board itself its first pages, are asked for at once while the session
 * is still being restored: left to `lazy`, the layout's chunk would load only after the session,
 * the board's only after the layout, and the deals only after the board's first render.
 */
function BrokerArea() {
  const { pathname, search } = useLocation();
  useState(() => {
    // The prefetch lives with the board's own code: imported here it would join every route's shell.
    if (pathname.replace(/\/$/, '') === '/broker') void import('./useBoardDeals').then((board) => board.prefetchBoardDeals(search));
    return Promise.all([Layout.preload(), Workbench.preload()]).catch(() => undefined);
  });
  return (
    <RequireAuth roles={['BROKER', 'ADMIN']}>
      <Layout.Page />
    </RequireAuth>
  );
}

/** The broker workbench at /broker (the admins' queue at /broker/queue), and the shared deal page at /deals/:id. */
export const brokerRoutes: RouteObject[] = [
  {
    path: 'broker',
    element: <BrokerArea />,
    children: [
      { index: true, element: <Workbench.Page /> },
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
