import '../auth/account.messages';
import { App as AntApp, Dropdown } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { endSession } from '../auth/session';
import type { SessionUser } from '../auth/session';

/** The account menu itself around the header's button; loaded on the first open. */
export default function AccountDropdown({
  user,
  open,
  onOpenChange,
  children,
}: {
  user: SessionUser;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactElement;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  return (
    <Dropdown
      open={open}
      onOpenChange={onOpenChange}
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
      {children}
    </Dropdown>
  );
}
