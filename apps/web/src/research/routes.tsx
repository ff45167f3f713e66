import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';

const ResearchHomePage = lazy(() => import('./ResearchHomePage'));

/** The researcher (university / institute) workspace, mounted under the app layout at /research. */
export const researchRoutes: RouteObject[] = [
  {
    path: 'research',
    element: (
      <RequireAuth roles={['RESEARCHER', 'ADMIN']}>
        <ResearchHomePage />
      </RequireAuth>
    ),
  },
];
