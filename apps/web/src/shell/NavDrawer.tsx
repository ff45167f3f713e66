import { Button, Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { NavLinks } from './NavLinks';
import type { NavItem } from './navigation';

/** The phone-width menu; its own chunk, loaded the first time the menu button is pressed. */
export function NavDrawer(props: { open: boolean; onClose: () => void; items: NavItem[]; active: string | undefined; signedIn: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Drawer title={t('app.shortName')} placement="left" open={props.open} onClose={props.onClose} size={260}>
      <nav aria-label={t('app.menu')}>
        <NavLinks items={props.items} active={props.active} vertical />
      </nav>
      {!props.signedIn && (
        <Button block style={{ marginTop: 16 }} onClick={() => void navigate('/register')}>
          {t('nav.register')}
        </Button>
      )}
    </Drawer>
  );
}
