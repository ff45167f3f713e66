import { lazy, useState, type ComponentType } from 'react';
import { useLocation, type RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { dealRoutes } from '../deals/routes';

/**
 * A lazily loaded page that renders at once when its chunk is already in: `lazy` alone suspends
 * on first render even then, and React holds back a boundary revealed right after its fallback
 * (up to 300 ms), which on a full load of the board sat between the session and the first page.
 */
function preloadable(load: () => Promise<{ default: ComponentType }>) {
  let loaded: ComponentType | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(preload);
  function Page() {
    // Chosen once per mount: switching from Lazy to the module's component would remount it.
    const [Component] = useState<ComponentType>(() => loaded ?? Lazy);
    return <Component />;
  }
  return { Page, preload };
}

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
