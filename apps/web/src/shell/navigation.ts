import type { Role } from '../gql/graphql';

export interface NavItem {
  key: string;
  path: string;
  /** i18n key of the label. */
  label: string;
  /** Shown only to users with one of these roles; absent: to everyone. */
  roles?: Role[];
}

/** The header's links, in order; workspaces appear only for the roles that use them. */
export const NAV_ITEMS: NavItem[] = [
  { key: 'home', path: '/', label: 'nav.home' },
  { key: 'search', path: '/search', label: 'nav.search' },
  { key: 'events', path: '/matchmaking', label: 'nav.events' },
  { key: 'pilot', path: '/pilot-platforms', label: 'nav.pilot' },
  { key: 'research', path: '/research', label: 'nav.research', roles: ['RESEARCHER', 'ADMIN'] },
  { key: 'enterprise', path: '/enterprise', label: 'nav.enterprise', roles: ['ENTERPRISE', 'ADMIN'] },
  { key: 'broker', path: '/broker', label: 'nav.broker', roles: ['BROKER', 'ADMIN'] },
  { key: 'admin', path: '/admin', label: 'nav.admin', roles: ['ADMIN'] },
];

export function visibleNavItems(roles: readonly Role[] | undefined): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.some((role) => roles?.includes(role)));
}

/** The item a location belongs to (longest matching path prefix). */
export function activeNavKey(pathname: string, items: NavItem[] = NAV_ITEMS): string | undefined {
  const matching = items.filter((item) => (item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`)));
  return matching.sort((a, b) => b.path.length - a.path.length)[0]?.key;
}
