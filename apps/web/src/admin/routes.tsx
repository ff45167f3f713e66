import { lazy, useState } from 'react';
import type { RouteObject } from 'react-router';
import { Navigate, useLocation } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { preloadable } from '../components/preloadable';
import { adminEventRoutes } from '../events/routes';
import { mailRoutes } from '../mail/routes';
import { adminScoreboardRoutes, usePreloadScoreboard } from '../scoreboard/routes';

const AdminLayout = preloadable(() => import('./AdminLayout'));
const EvaluationPage = lazy(() => import('./EvaluationPage'));
const OrganizationsPage = lazy(() => import('./OrganizationsPage'));
const BrokersPage = lazy(() => import('./BrokersPage'));
const PilotAdminPage = lazy(() => import('./PilotAdminPage'));
const ServiceTeamsPage = lazy(() => import('./ServiceTeamsPage'));
const ConceptsPage = lazy(() => import('./ConceptsPage'));

/** Other folders' admin pages keep their full paths (admin/…) in their own route files; here they become children. */
const underAdmin = (routes: RouteObject[]): RouteObject[] => routes.map((route) => ({ ...route, path: route.path?.replace(/^admin\//, '') }));

/** Pages under /admin, relative paths. */
export const adminChildren: RouteObject[] = [
  { index: true, element: <Navigate to="/admin/evaluation" replace /> },
  { path: 'evaluation', element: <EvaluationPage /> },
  { path: 'organizations', element: <OrganizationsPage /> },
  { path: 'brokers', element: <BrokersPage /> },
  { path: 'pilot', element: <PilotAdminPage /> },
  { path: 'service-teams', element: <ServiceTeamsPage /> },
  { path: 'concepts', element: <ConceptsPage /> },
  ...underAdmin(adminEventRoutes),
  ...underAdmin(adminScoreboardRoutes),
  ...underAdmin(mailRoutes),
];

/**
 * The layout's chunk is asked for at route match, beside the session being restored (left to
 * `lazy`, it would load after the session and the page's after it); opened on the scoreboard, that
 * page's chunks and data too.
 */
function AdminArea() {
  const { pathname } = useLocation();
  useState(() => AdminLayout.preload().catch(() => undefined));
  usePreloadScoreboard(true, pathname.replace(/\/$/, '') === '/admin/scoreboard');
  return (
    <RequireAuth roles={['ADMIN']}>
      <AdminLayout.Page />
    </RequireAuth>
  );
}

/** The administration console at /admin: administrators only, one layout route with its children. */
export const adminRoutes: RouteObject[] = [
  {
    path: 'admin',
    element: <AdminArea />,
    children: adminChildren,
  },
];
