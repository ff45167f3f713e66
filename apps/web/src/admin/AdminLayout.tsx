import './messages';
import { useTranslation } from 'react-i18next';
import { WorkspaceTabs } from '../research/WorkspaceTabs';

/** The administration console's sections; pages of other folders (events, scoreboard, mailbox) mount under it too. */
export default function AdminLayout() {
  const { t } = useTranslation('admin');
  return (
    <WorkspaceTabs
      label={t('title')}
      tabs={[
        { path: '/admin/evaluation', label: t('nav.evaluation'), also: ['/admin'] },
        { path: '/admin/organizations', label: t('nav.organizations') },
        { path: '/admin/brokers', label: t('nav.brokers') },
        { path: '/admin/pilot', label: t('nav.pilot') },
        { path: '/admin/service-teams', label: t('nav.teams') },
        { path: '/admin/concepts', label: t('nav.concepts') },
        { path: '/admin/events', label: t('nav.events') },
        { path: '/admin/scoreboard', label: t('nav.scoreboard') },
        { path: '/admin/mailbox', label: t('nav.mailbox') },
      ]}
    />
  );
}
