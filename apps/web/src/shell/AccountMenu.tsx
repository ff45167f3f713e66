import { UserOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import '../auth/account.messages';
import { endSession } from '../auth/session';
import type { SessionUser } from '../auth/session';

/** The signed-in person's menu in the header; its own chunk, since anonymous visitors never open it. */
export function AccountMenu({ user, narrow }: { user: SessionUser; narrow: boolean }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  return (
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
  );
}
