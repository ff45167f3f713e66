// First: antd's shared reset (links, icons); each component's CSS comes with its module (vite.config.ts).
import 'virtual:antd-base.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { hasRefreshToken, listenToOtherTabs, refreshSession } from './auth/session';
import { markSessionReady } from './auth/useSession';
import './i18n';
import './styles.css';

listenToOtherTabs();
// A returning person is signed in silently with the stored refresh token while the page renders.
void (hasRefreshToken() ? refreshSession() : Promise.resolve(false)).finally(markSessionReady);

const root = createRoot(document.getElementById('root')!);
// As a transition the first render yields to the browser every few milliseconds instead of
// holding the main thread for the whole tree (Lighthouse's blocking time on a cold load).
startTransition(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
