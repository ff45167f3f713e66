import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** Static imports of a chunk, itself included (what the browser must load before it runs). */
function closure(manifest: Record<string, ManifestChunk>, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

export interface RouteBundle {
  route: string;
  /** gzipped JavaScript loaded before the route renders (shell + route chunks + their imports), bytes. */
  initialJs: number;
  /** of which the route's own chunks beyond the shell, bytes. */
  routeJs: number;
}

/**
 * What each route lazy-loads before it renders: its layouts and page, outermost first (sources as
 * in Vite's manifest). Signed-in routes load the header's bell, chat badge and account menu too.
 */
const SIGNED_IN = ['src/shell/NotificationBell.tsx', 'src/dealroom/ChatUnreadBadge.tsx', 'src/shell/AccountMenu.tsx'];
const ADMIN = 'src/admin/AdminLayout.tsx';
export const ROUTE_SOURCES: Record<string, string[]> = {
  '/': ['src/public/HomePage.tsx'],
  '/search': ['src/public/SearchPage.tsx'],
  '/results/:id': ['src/public/ResultPage.tsx'],
  '/needs/:id': ['src/public/NeedPage.tsx'],
  '/matchmaking': ['src/public/EventsPage.tsx'],
  '/pilot-platforms': ['src/public/PilotPlatformsPage.tsx'],
  '/login': ['src/auth/LoginPage.tsx'],
  '/register': ['src/auth/RegisterPage.tsx'],
  '/research': [...SIGNED_IN, 'src/research/ResearchLayout.tsx', 'src/research/MyResultsPage.tsx'],
  '/research/results/new': [...SIGNED_IN, 'src/research/ResearchLayout.tsx', 'src/research/ResultEditorPage.tsx'],
  '/research/results/:id': [...SIGNED_IN, 'src/research/ResearchLayout.tsx', 'src/research/ResultDetailPage.tsx'],
  '/research/deals': [...SIGNED_IN, 'src/research/ResearchLayout.tsx', 'src/research/ResearchDealsPage.tsx'],
  '/enterprise': [...SIGNED_IN, 'src/enterprise/EnterpriseLayout.tsx', 'src/enterprise/MyNeedsPage.tsx'],
  '/enterprise/needs/new': [...SIGNED_IN, 'src/enterprise/EnterpriseLayout.tsx', 'src/enterprise/NeedEditorPage.tsx'],
  '/enterprise/needs/:id': [...SIGNED_IN, 'src/enterprise/EnterpriseLayout.tsx', 'src/enterprise/NeedDetailPage.tsx'],
  '/enterprise/collective': [...SIGNED_IN, 'src/enterprise/EnterpriseLayout.tsx', 'src/enterprise/CollectivePage.tsx'],
  '/enterprise/deals': [...SIGNED_IN, 'src/enterprise/EnterpriseLayout.tsx', 'src/enterprise/DealsPage.tsx'],
  '/broker': [...SIGNED_IN, 'src/broker/BrokerLayout.tsx', 'src/broker/WorkbenchPage.tsx'],
  '/broker/queue': [...SIGNED_IN, 'src/broker/BrokerLayout.tsx', 'src/broker/QueuePage.tsx'],
  '/deals/:id': [...SIGNED_IN, 'src/deals/DealPage.tsx'],
  '/deals/:id/room': [...SIGNED_IN, 'src/dealroom/DealRoomPage.tsx'],
  '/rooms': [...SIGNED_IN, 'src/dealroom/MyRoomsPage.tsx'],
  '/matchmaking/:id': [...SIGNED_IN, 'src/events/ParticipantEventPage.tsx'],
  '/scoreboard': [...SIGNED_IN, 'src/scoreboard/ScoreboardPage.tsx'],
  '/settings': [...SIGNED_IN, 'src/auth/SettingsPage.tsx'],
  '/notifications': [...SIGNED_IN, 'src/notifications/NotificationsPage.tsx'],
  '/admin/evaluation': [...SIGNED_IN, ADMIN, 'src/admin/EvaluationPage.tsx'],
  '/admin/organizations': [...SIGNED_IN, ADMIN, 'src/admin/OrganizationsPage.tsx'],
  '/admin/brokers': [...SIGNED_IN, ADMIN, 'src/admin/BrokersPage.tsx'],
  '/admin/pilot': [...SIGNED_IN, ADMIN, 'src/admin/PilotAdminPage.tsx'],
  '/admin/service-teams': [...SIGNED_IN, ADMIN, 'src/admin/ServiceTeamsPage.tsx'],
  '/admin/concepts': [...SIGNED_IN, ADMIN, 'src/admin/ConceptsPage.tsx'],
  '/admin/events': [...SIGNED_IN, ADMIN, 'src/events/AdminEventsPage.tsx'],
  '/admin/events/:id': [...SIGNED_IN, ADMIN, 'src/events/AdminEventPage.tsx'],
  '/admin/scoreboard': [...SIGNED_IN, ADMIN, 'src/scoreboard/ScoreboardPage.tsx'],
  '/admin/mailbox': [...SIGNED_IN, ADMIN, 'src/mail/MailboxPage.tsx'],
};

export interface BundleReport {
  shellJs: number;
  routes: RouteBundle[];
  /** Sources named in the route table that the build no longer has (a renamed or removed page). */
  missing: string[];
}

/**
 * Per-route initial JavaScript from Vite's manifest (dist/.vite/manifest.json), gzipped at level 9.
 * Lazy page chunks the table does not name yet (a new page) are reported alone, shell included,
 * so a page added without a table entry is still held to the budget.
 */
export function routeBundles(dist: string, routes: Record<string, string[]> = ROUTE_SOURCES): BundleReport {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const sizes = new Map<string, number>();
  const size = (key: string) => {
    const file = manifest[key].file;
    if (!sizes.has(key)) sizes.set(key, file.endsWith('.js') ? gzipSync(readFileSync(join(dist, file)), { level: 9 }).length : 0);
    return sizes.get(key)!;
  };
  const shell = closure(manifest, 'index.html');
  const shellJs = [...shell].reduce((sum, key) => sum + size(key), 0);
  const missing = [...new Set(Object.values(routes).flat())].filter((source) => !manifest[source]);
  const measure = (route: string, sources: string[]): RouteBundle => {
    const own = new Set<string>();
    for (const source of sources.filter((key) => manifest[key])) closure(manifest, source, own);
    const routeJs = [...own].filter((key) => !shell.has(key)).reduce((sum, key) => sum + size(key), 0);
    return { route, initialJs: shellJs + routeJs, routeJs };
  };
  const named = new Set(Object.values(routes).flat());
  const unnamed = Object.entries(manifest)
    .filter(([key, chunk]) => chunk.isDynamicEntry && key.startsWith('src/') && !named.has(key))
    .filter(([key]) => /[\\/][A-Z][A-Za-z]*(Page|Layout)\.tsx$/.test(key))
    .map(([key]) => measure(`(${key})`, [key]));
  return { shellJs, routes: [...Object.entries(routes).map(([route, sources]) => measure(route, sources)), ...unnamed], missing };
}
