import { useLocation, type RouteObject } from 'react-router';
import { useClient } from 'urql';
import { RequireAuth } from '../auth/RequireAuth';
import { preloadable, usePreloadAtMatch } from '../components/preloadable';

/** Rendered without suspending once its chunk is in: the charts' wait is then the data's alone. */
const Scoreboard = preloadable<{ admin?: boolean }>(() => import('./ScoreboardPage'));

/**
 * At route match, while the session is still being restored: the page's chunk, the charts' chunk
 * and the page's data are all asked for at once (left to `lazy`, the page's chunk would load after
 * the session, its data after its first render and ECharts after that). The prefetch lives in its
 * own small chunk: imported here, the page's documents would join every route's shell.
 */
export function usePreloadScoreboard(admin: boolean, wanted = true): void {
  const client = useClient();
  const { search } = useLocation();
  usePreloadAtMatch(Scoreboard, () => import('./prefetch').then((prefetch) => prefetch.prefetchScoreboard(client, search, admin)), wanted);
}

function MyScoreboard() {
  usePreloadScoreboard(false);
  return (
    <RequireAuth>
      <Scoreboard.Page />
    </RequireAuth>
  );
}

/**
 * The city's scoreboard with targets (/admin/scoreboard), meant to sit under the admin layout,
 * whose route calls `usePreloadScoreboard` when it opens on this page.
 */
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
export const scoreboardRoutes: RouteObject[] = [{ path: 'scoreboard', element: <MyScoreboard /> }];
