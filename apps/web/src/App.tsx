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
import { theme } from './theme';

const client = createApiClient();

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
  // Zero-runtime: the components' CSS is written at build time (vite-plugins/antd-static-styles.ts),
  // with class names unhashed so that the same CSS serves both motion settings.
  const themed = useMemo(
    () => ({ ...theme, hashed: false, zeroRuntime: true, token: reducedMotion ? { ...theme.token, motion: false } : theme.token }),
    [reducedMotion],
  );
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
