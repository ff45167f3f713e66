import type { RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { preloadable } from '../components/preloadable';

/** Rendered without suspending once its chunk is in: the charts' wait is then the data's alone. */
const Scoreboard = preloadable<{ admin?: boolean }>(() => import('./ScoreboardPage'));

/** The city's scoreboard with targets (/admin/scoreboard), meant to sit under the admin layout. */
export const adminScoreboardRoutes: RouteObject[] = [
  {
    path: 'admin/scoreboard',
    element: (
      <RequireAuth roles={['ADMIN']}>
        <Scoreboard.Page admin />
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
        <Scoreboard.Page />
      </RequireAuth>
    ),
  },
];
