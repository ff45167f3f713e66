import { lazy } from 'react';
import { useLocation, useParams, type RouteObject } from 'react-router';
import { useClient } from 'urql';
import { accountRoutes } from './auth/routes';
import { dealRoomRoutes } from './dealroom/routes';
import { adminRoutes } from './admin/routes';
import { brokerRoutes } from './broker/routes';
import { participantEventRoutes } from './events/routes';
import { scoreboardRoutes } from './scoreboard/routes';
import { enterpriseRoutes } from './enterprise/routes';
import { notificationRoutes } from './notifications/routes';
import { researchRoutes } from './research/routes';
import { preloadable, usePreloadAtMatch } from './components/preloadable';
import { AppLayout } from './shell/AppLayout';

// One chunk per page: the first visit downloads only the shell and the page it opens.
const HomePage = lazy(() => import('./public/HomePage'));
const Search = preloadable(() => import('./public/SearchPage'));
const Result = preloadable(() => import('./public/ResultPage'));
const NeedPage = lazy(() => import('./public/NeedPage'));
const EventsPage = lazy(() => import('./public/EventsPage'));
const PilotPlatformsPage = lazy(() => import('./public/PilotPlatformsPage'));
const LoginPage = lazy(() => import('./auth/LoginPage'));
const RegisterPage = lazy(() => import('./auth/RegisterPage'));
const NotFoundPage = lazy(() => import('./public/NotFoundPage'));

/**
 * The search page's chunk and its first request leave together at route match (the request's
 * code is a small chunk of its own, so the shell does not carry the search documents).
 */
function SearchRoute() {
  const client = useClient();
  const { search } = useLocation();
  usePreloadAtMatch(Search, () => import('./public/search/prefetch').then((prefetch) => prefetch.prefetchSearch(client, search)));
  return <Search.Page />;
}

/** A result's page: its chunk and its request at route match, as the search page's. */
function ResultRoute() {
  const client = useClient();
  const { id = '' } = useParams();
  usePreloadAtMatch(Result, () => import('./public/result-prefetch').then((prefetch) => prefetch.prefetchResult(client, id)));
  return <Result.Page />;
}

/**
 * Client routes. Paths the API answers itself (/graphql, /graphiql, /events/…, /insights/…,
 * /files…, /health, /metrics, /socket.io) are never used here: the events list is /matchmaking.
 */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'search', element: <SearchRoute /> },
      { path: 'results/:id', element: <ResultRoute /> },
      { path: 'needs/:id', element: <NeedPage /> },
      { path: 'matchmaking', element: <EventsPage /> },
      { path: 'pilot-platforms', element: <PilotPlatformsPage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      ...accountRoutes,
      ...notificationRoutes,
      ...researchRoutes,
      ...enterpriseRoutes,
      ...dealRoomRoutes,
      ...brokerRoutes,
      ...participantEventRoutes,
      ...scoreboardRoutes,
      ...adminRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
