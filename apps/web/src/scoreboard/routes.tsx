import type { RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';

/**
 * The page's code is the route's `lazy`: the router fetches it while it resolves the navigation,
 * so the page renders when its layout does instead of suspending once more after it (each
 * suspension shown holds the next reveal back by React's fallback throttle).
 */
const page = (admin: boolean) => async (): Promise<Pick<RouteObject, 'element'>> => {
  const { default: ScoreboardPage } = await import('./ScoreboardPage');
  return {
    element: (
      <RequireAuth roles={admin ? ['ADMIN'] : undefined}>
        <ScoreboardPage admin={admin} />
      </RequireAuth>
    ),
  };
};

/** The city's scoreboard with targets (/admin/scoreboard), meant to sit under the admin layout. */
export const adminScoreboardRoutes: RouteObject[] = [{ path: 'admin/scoreboard', lazy: page(true) }];

/** Organization members and brokers: their own scope's scoreboard (/scoreboard). */
export const scoreboardRoutes: RouteObject[] = [{ path: 'scoreboard', lazy: page(false) }];
