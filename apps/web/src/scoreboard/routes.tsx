import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';

const ScoreboardPage = lazy(() => import('./ScoreboardPage'));

/** The city's scoreboard with targets (/admin/scoreboard), meant to sit under the admin layout. */
export const adminScoreboardRoutes: RouteObject[] = [
  {
    path: 'admin/scoreboard',
    element: (
      <RequireAuth roles={['ADMIN']}>
        <ScoreboardPage admin />
      </RequireAuth>
    ),
  },
];

/** Organization members and brokers: their own scope's scoreboard (/scoreboard). */
export const scoreboardRoutes: RouteObject[] = [
  {
    path: 'scoreboard',
    element: (
      <RequireAuth>
        <ScoreboardPage />
      </RequireAuth>
    ),
  },
];
