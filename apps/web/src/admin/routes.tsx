import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { Navigate } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { adminEventRoutes } from '../events/routes';
import { mailRoutes } from '../mail/routes';
import { adminScoreboardRoutes } from '../scoreboard/routes';

const AdminLayout = lazy(() => import('./AdminLayout'));
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

/** The administration console at /admin: administrators only, one layout route with its children. */
export const adminRoutes: RouteObject[] = [
  {
    path: 'admin',
    element: (
      <RequireAuth roles={['ADMIN']}>
        <AdminLayout />
      </RequireAuth>
    ),
    children: adminChildren,
  },
];
