import { App as AntApp, ConfigProvider } from 'antd';
// The ES builds: antd/locale/* are the CommonJS copies, pulled in beside the ES ones config-provider already uses.
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, useRoutes } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { createApiClient } from './api/client';
import { useReducedMotion } from './components/useReducedMotion';
import { routes } from './routes';

const client = createApiClient();

const theme = {
  token: {
    colorPrimary: '#0f4fc7',
    colorLink: '#0f4fc7',
    // Ant Design's default greys for secondary text fall under WCAG AA contrast on its grey page background.
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    borderRadius: 6,
    // Field errors and a hovered primary button or link keep 4.5:1 too (the defaults are lighter).
    colorError: '#c41d24',
    colorPrimaryHover: '#0f47b8',
    colorLinkHover: '#0f47b8',
  },
};

/**
 * Declarative routing (BrowserRouter + useRoutes): the console uses no loaders, actions or
 * fetchers, and the data router behind createBrowserRouter is the largest part of react-router.
 */
function Pages() {
  return useRoutes(routes);
}

export function App() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  useEffect(() => {
    dayjs.locale(english ? 'en' : 'zh-cn');
    document.documentElement.lang = english ? 'en' : 'zh-CN';
  }, [english]);
  const locale = useMemo(() => (english ? enUS : zhCN), [english]);
  // Menus, dropdowns and dialogs open without sliding or zooming for a person who asked for less motion.
  const reducedMotion = useReducedMotion();
  const themed = useMemo(() => (reducedMotion ? { ...theme, token: { ...theme.token, motion: false } } : theme), [reducedMotion]);
  return (
    <ConfigProvider locale={locale} theme={themed}>
      <AntApp>
        <UrqlProvider value={client}>
          <BrowserRouter>
            <Pages />
          </BrowserRouter>
        </UrqlProvider>
      </AntApp>
    </ConfigProvider>
  );
}
