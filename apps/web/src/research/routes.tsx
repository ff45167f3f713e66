import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';

const ResearchLayout = lazy(() => import('./ResearchLayout'));
const MyResultsPage = lazy(() => import('./MyResultsPage'));
const ResultEditorPage = lazy(() => import('./ResultEditorPage'));
const ResultDetailPage = lazy(() => import('./ResultDetailPage'));
const ResearchDealsPage = lazy(() => import('./ResearchDealsPage'));

/** The researcher (university / institute) workspace, mounted under the app layout at /research. */
export const researchRoutes: RouteObject[] = [
  {
    path: 'research',
    element: (
      <RequireAuth roles={['RESEARCHER', 'ADMIN']}>
        <ResearchLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <MyResultsPage /> },
      { path: 'results', element: <MyResultsPage /> },
      { path: 'results/new', element: <ResultEditorPage /> },
      { path: 'results/:id', element: <ResultDetailPage /> },
      { path: 'results/:id/edit', element: <ResultEditorPage /> },
      { path: 'deals', element: <ResearchDealsPage /> },
    ],
  },
];
