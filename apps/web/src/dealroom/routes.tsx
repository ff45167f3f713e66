import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';

const DealRoomPage = lazy(() => import('./DealRoomPage'));
const MyRoomsPage = lazy(() => import('./MyRoomsPage'));

/**
 * The deal room on its own page, for every party (enterprise, university, broker, admin); who may
 * read it is the server's call (a stranger gets the refusal). The deal page shows the same room.
 */
export const dealRoomRoutes: RouteObject[] = [
  {
    path: 'deals/:id/room',
    element: (
      <RequireAuth>
        <DealRoomPage />
      </RequireAuth>
    ),
  },
  {
    path: 'rooms',
    element: (
      <RequireAuth>
        <MyRoomsPage />
      </RequireAuth>
    ),
  },
];
