import { UserOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../auth/session';
import { useOpenOnIntent } from './useOpenOnIntent';

// Dropdown and Menu load when the menu is first wanted (pointer over the button, focus, click), not
// with every signed-in page: pages without a workspace menu need neither.
const loadDropdown = () => import('./AccountDropdown');
const AccountDropdown = lazy(loadDropdown);

/** The signed-in person's menu in the header; its own chunk, since anonymous visitors never open it. */
export function AccountMenu({ user, narrow }: { user: SessionUser; narrow: boolean }) {
  const { t } = useTranslation();
  const { wanted, open, setOpen, trigger } = useOpenOnIntent(loadDropdown);
  const button = (
    <Button {...trigger} type="text" icon={<UserOutlined />} aria-label={narrow ? t('nav.account') : `${user.displayName} · ${t('nav.account')}`}>
      {!narrow && <span style={{ maxWidth: 120, overflow: 'hidden', textOverflow: 'ellipsis' }}>{user.displayName}</span>}
    </Button>
  );
  if (!wanted) return button;
  return (
    <Suspense fallback={button}>
      <AccountDropdown user={user} open={open} onOpenChange={setOpen}>
        {button}
      </AccountDropdown>
    </Suspense>
  );
}
