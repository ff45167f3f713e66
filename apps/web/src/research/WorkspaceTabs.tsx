import { Menu } from 'antd';
import { Suspense } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
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
  const navigate = useNavigate();
  const owns = (path: string) => location.pathname === path || location.pathname.startsWith(`${path}/`);
  // The most specific path wins (/research/results/new over /research/results over /research).
  const candidates = tabs.flatMap((tab) => [tab.path, ...(tab.also ?? [])].map((path) => ({ tab, path })));
  const active = candidates
    .filter(({ path }) => (path === tabs[0].path ? location.pathname === path : owns(path)))
    .sort((a, b) => b.path.length - a.path.length)[0]?.tab;
  return (
    <>
      <nav aria-label={label}>
        <Menu
          mode="horizontal"
          selectedKeys={active ? [active.path] : []}
          items={tabs.map((tab) => ({ key: tab.path, label: tab.label }))}
          onClick={({ key }) => navigate(key)}
          style={{ marginBottom: 16, background: 'transparent' }}
        />
      </nav>
      <Suspense fallback={<PageState loading />}>
        <Outlet />
      </Suspense>
    </>
  );
}
