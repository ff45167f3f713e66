import { MenuOutlined, UserOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Drawer, Dropdown, Grid, Layout, Menu, Space } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import '../auth/account.messages';
import { endSession, subscribe } from '../auth/session';
import { useSession } from '../auth/useSession';
import { PageState } from '../components/PageState';
import { currentLanguage, setLanguage } from '../i18n';
import { activeNavKey, visibleNavItems } from './navigation';

const { Header, Content, Footer } = Layout;
// Only signed-in people have a bell: its list, popover and paging stay out of the first download.
const NotificationBell = lazy(() => import('./NotificationBell').then((module) => ({ default: module.NotificationBell })));
const ChatUnreadBadge = lazy(() => import('../dealroom/ChatUnreadBadge').then((module) => ({ default: module.ChatUnreadBadge })));

/** Header with role-aware navigation, language switch, notifications and account; pages below. */
export function AppLayout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { message } = AntApp.useApp();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;
  const [drawer, setDrawer] = useState(false);
  const items = useMemo(() => visibleNavItems(user?.roles), [user]);
  const active = activeNavKey(location.pathname, items);

  // An expired session (refresh refused) sends the person to sign in and back here afterwards.
  useEffect(
    () =>
      subscribe((event) => {
        if (event !== 'expired') return;
        const next = `${window.location.pathname}${window.location.search}`;
        if (!window.location.pathname.startsWith('/login')) void navigate(`/login?expired=1&next=${encodeURIComponent(next)}`);
      }),
    [navigate],
  );

  useEffect(() => setDrawer(false), [location.pathname]);

  const menuItems = items.map((item) => ({ key: item.key, label: <Link to={item.path}>{t(item.label)}</Link> }));
  const language = currentLanguage();
  const next = encodeURIComponent(`${location.pathname}${location.search}`);

  const account = user ? (
    <Dropdown
      menu={{
        items: [
          { key: 'who', label: `${user.displayName} · ${user.roles.map((role) => t(`roles.${role}`)).join(' / ')}`, disabled: true },
          { type: 'divider' },
          { key: 'settings', label: <Link to="/settings">{t('account:settings.menu')}</Link> },
          {
            key: 'logout',
            label: t('nav.logout'),
            onClick: () => {
              endSession('logout');
              void message.success(t('auth.loggedOut'));
              void navigate('/');
            },
          },
        ],
      }}
      trigger={['click']}
    >
      <Button type="text" icon={<UserOutlined />} aria-label={narrow ? t('nav.account') : `${user.displayName} · ${t('nav.account')}`}>
        {!narrow && <span style={{ maxWidth: 120, overflow: 'hidden', textOverflow: 'ellipsis' }}>{user.displayName}</span>}
      </Button>
    </Dropdown>
  ) : (
    <Space size={4}>
      <Button type="primary" onClick={() => void navigate(`/login?next=${next}`)}>
        {t('nav.login')}
      </Button>
      {!narrow && <Button onClick={() => void navigate('/register')}>{t('nav.register')}</Button>}
    </Space>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header className="tb-header">
        {narrow && <Button type="text" className="tb-header-btn" icon={<MenuOutlined />} aria-label={t('app.menu')} onClick={() => setDrawer(true)} />}
        <Link to="/" className="tb-logo" aria-label={t('app.name')}>
          <img src="/favicon.svg" alt="" width={24} height={24} />
          <span>{t('app.shortName')}</span>
        </Link>
        {!narrow && (
          <nav aria-label={t('app.menu')} style={{ flex: 1, minWidth: 0 }}>
            <Menu mode="horizontal" theme="dark" selectedKeys={active ? [active] : []} items={menuItems} style={{ minWidth: 0, background: 'transparent' }} />
          </nav>
        )}
        {narrow && <div style={{ flex: 1 }} />}
        <Space size={4}>
          <Button type="text" className="tb-header-btn" lang={language === 'zh' ? 'en' : 'zh-CN'} onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>
            {language === 'zh' ? t('app.switchToEnglish') : t('app.switchToChinese')}
          </Button>
          {user && (
            <Suspense fallback={null}>
              <ChatUnreadBadge />
              <NotificationBell />
            </Suspense>
          )}
          {account}
        </Space>
      </Header>
      <Drawer title={t('app.shortName')} placement="left" open={drawer} onClose={() => setDrawer(false)} size={260}>
        <nav aria-label={t('app.menu')}>
          <Menu mode="vertical" selectedKeys={active ? [active] : []} items={menuItems} style={{ borderInlineEnd: 0 }} />
        </nav>
        {!user && (
          <Button block style={{ marginTop: 16 }} onClick={() => void navigate('/register')}>
            {t('nav.register')}
          </Button>
        )}
      </Drawer>
      <Content id="main" tabIndex={-1} className="tb-content">
        <Suspense fallback={<PageState loading />}>
          <Outlet />
        </Suspense>
      </Content>
      <Footer style={{ textAlign: 'center' }}>
        <span className="tb-footer-text">{t('app.footer')}</span>
      </Footer>
    </Layout>
  );
}
