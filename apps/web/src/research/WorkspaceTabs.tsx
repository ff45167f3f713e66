import { Menu } from 'antd';
import { Suspense } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageState } from '../components/PageState';

export interface WorkspaceTab {
  path: string;
  label: string;
}

/** A workspace's own sections above its pages (the header links only to the workspace). */
export function WorkspaceTabs({ tabs, label }: { tabs: WorkspaceTab[]; label: string }) {
  const location = useLocation();
  const navigate = useNavigate();
  const active = [...tabs]
    .sort((a, b) => b.path.length - a.path.length)
    .find((tab) => location.pathname === tab.path || location.pathname.startsWith(`${tab.path}/`));
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
