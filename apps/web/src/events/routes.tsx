import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';

const AdminEventsPage = lazy(() => import('./AdminEventsPage'));
const AdminEventPage = lazy(() => import('./AdminEventPage'));
const ParticipantEventPage = lazy(() => import('./ParticipantEventPage'));

/** Administrators' event pages (/admin/events, /admin/events/:id), meant to sit under the admin layout. */
export const adminEventRoutes: RouteObject[] = [
  {
    path: 'admin/events',
    element: (
      <RequireAuth roles={['ADMIN']}>
        <AdminEventsPage />
      </RequireAuth>
    ),
  },
  {
    path: 'admin/events/:id',
    element: (
      <RequireAuth roles={['ADMIN']}>
        <AdminEventPage />
      </RequireAuth>
    ),
  },
];

/** A participant's page of one event (/matchmaking/:id): any signed-in member. */
export const participantEventRoutes: RouteObject[] = [
  {
    path: 'matchmaking/:id',
    element: (
      <RequireAuth>
        <ParticipantEventPage />
      </RequireAuth>
    ),
  },
];
