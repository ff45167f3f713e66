import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { Navigate } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';

const AdminLayout = lazy(() => import('./AdminLayout'));
const EvaluationPage = lazy(() => import('./EvaluationPage'));
const OrganizationsPage = lazy(() => import('./OrganizationsPage'));
const BrokersPage = lazy(() => import('./BrokersPage'));
const PilotAdminPage = lazy(() => import('./PilotAdminPage'));
const ServiceTeamsPage = lazy(() => import('./ServiceTeamsPage'));

/**
 * Pages under /admin, relative paths. Other folders' admin pages join with one line each, e.g.
 * `{ path: 'events', element: <EventsAdminPage /> }` (the menu already links /admin/events,
 * /admin/scoreboard and /admin/mailbox).
 */
export const adminChildren: RouteObject[] = [
  { index: true, element: <Navigate to="/admin/evaluation" replace /> },
  { path: 'evaluation', element: <EvaluationPage /> },
  { path: 'organizations', element: <OrganizationsPage /> },
  { path: 'brokers', element: <BrokersPage /> },
  { path: 'pilot', element: <PilotAdminPage /> },
  { path: 'service-teams', element: <ServiceTeamsPage /> },
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
