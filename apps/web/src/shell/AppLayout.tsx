import { MenuOutlined } from '@ant-design/icons';
import { Button, Grid, Layout, Space } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { subscribe } from '../auth/session';
import { useSession } from '../auth/useSession';
import { PageState } from '../components/PageState';
import { currentLanguage, setLanguage } from '../i18n';
import { NavLinks } from './NavLinks';
import { activeNavKey, visibleNavItems } from './navigation';

const { Header, Content, Footer } = Layout;
// Only signed-in people have a bell: its list, popover and paging stay out of the first download.
const NotificationBell = lazy(() => import('./NotificationBell').then((module) => ({ default: module.NotificationBell })));
const AccountMenu = lazy(() => import('./AccountMenu').then((module) => ({ default: module.AccountMenu })));
const NavDrawer = lazy(() => import('./NavDrawer').then((module) => ({ default: module.NavDrawer })));
const ChatUnreadBadge = lazy(() => import('../dealroom/ChatUnreadBadge').then((module) => ({ default: module.ChatUnreadBadge })));

/** Header with role-aware navigation, language switch, notifications and account; pages below. */
export function AppLayout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;
  const [drawer, setDrawer] = useState(false);
  // The drawer's chunk is fetched on the first press of the menu button, then kept mounted.
  const [drawerUsed, setDrawerUsed] = useState(false);
  const openDrawer = () => {
    setDrawerUsed(true);
    setDrawer(true);
  };
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

  const language = currentLanguage();
  const next = encodeURIComponent(`${location.pathname}${location.search}`);

  const account = user ? (
    <Suspense fallback={null}>
      <AccountMenu user={user} narrow={narrow} />
    </Suspense>
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
        {narrow && <Button type="text" className="tb-header-btn" icon={<MenuOutlined />} aria-label={t('app.menu')} onClick={openDrawer} />}
        <Link to="/" className="tb-logo" aria-label={t('app.name')}>
          <img src="/favicon.svg" alt="" width={24} height={24} />
          <span>{t('app.shortName')}</span>
        </Link>
        {!narrow && (
          <nav aria-label={t('app.menu')} style={{ flex: 1, minWidth: 0 }}>
            <NavLinks items={items} active={active} />
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
      {drawerUsed && (
        <Suspense fallback={null}>
          <NavDrawer open={drawer} onClose={() => setDrawer(false)} items={items} active={active} signedIn={Boolean(user)} />
        </Suspense>
      )}
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
