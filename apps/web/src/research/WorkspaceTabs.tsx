import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { PageState } from '../components/PageState';

export interface WorkspaceTab {
  path: string;
  label: string;
  /** Other paths (and their subpaths) that belong to this tab. */
  also?: string[];
}

/** A workspace's own sections above its pages (the header links only to the workspace). */
export function WorkspaceTabs({ tabs, label }: { tabs: WorkspaceTab[]; label: string }) {
  const location = useLocation();
  const owns = (path: string) => location.pathname === path || location.pathname.startsWith(`${path}/`);
  // The most specific path wins (/research/results/new over /research/results over /research).
  const candidates = tabs.flatMap((tab) => [tab.path, ...(tab.also ?? [])].map((path) => ({ tab, path })));
  const active = candidates
    .filter(({ path }) => (path === tabs[0].path ? location.pathname === path : owns(path)))
    .sort((a, b) => b.path.length - a.path.length)[0]?.tab;
  return (
    <>
      {/* Plain links drawn like a horizontal menu (as the header's): antd's Menu and its overflow popup
          stay out of every workspace page, and a section opens in a new tab like any link. */}
      <nav aria-label={label} className="tb-workspace-tabs">
        <ul>
          {tabs.map((tab) => (
            <li key={tab.path}>
              <Link to={tab.path} className="tb-workspace-tab" aria-current={tab === active ? 'page' : undefined}>
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense fallback={<PageState loading />}>
        <Outlet />
      </Suspense>
    </>
  );
}
