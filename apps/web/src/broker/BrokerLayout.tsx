import './messages';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/useSession';
import { WorkspaceTabs } from '../research/WorkspaceTabs';

export default function BrokerLayout() {
  const { t } = useTranslation('broker');
  const { user } = useSession();
  return (
    <WorkspaceTabs
      label={t('title.board')}
      tabs={[{ path: '/broker', label: t('nav.board') }, ...(user?.roles.includes('ADMIN') ? [{ path: '/broker/queue', label: t('nav.queue') }] : [])]}
    />
  );
}
