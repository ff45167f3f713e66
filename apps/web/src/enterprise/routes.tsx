import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';

const EnterpriseLayout = lazy(() => import('./EnterpriseLayout'));
const MyNeedsPage = lazy(() => import('./MyNeedsPage'));
const NeedEditorPage = lazy(() => import('./NeedEditorPage'));
const NeedDetailPage = lazy(() => import('./NeedDetailPage'));
const CollectivePage = lazy(() => import('./CollectivePage'));
const DealsPage = lazy(() => import('./DealsPage'));

/** The enterprise workspace, mounted under the app layout at /enterprise. */
export const enterpriseRoutes: RouteObject[] = [
  {
    path: 'enterprise',
    element: (
      <RequireAuth roles={['ENTERPRISE', 'ADMIN']}>
        <EnterpriseLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <MyNeedsPage /> },
      { path: 'needs', element: <MyNeedsPage /> },
      { path: 'needs/new', element: <NeedEditorPage /> },
      { path: 'needs/:id', element: <NeedDetailPage /> },
      { path: 'needs/:id/edit', element: <NeedEditorPage /> },
      { path: 'collective', element: <CollectivePage /> },
      { path: 'deals', element: <DealsPage /> },
    ],
  },
];
