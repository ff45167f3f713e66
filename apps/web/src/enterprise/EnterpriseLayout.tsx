import './messages';
import { useTranslation } from 'react-i18next';
import { WorkspaceTabs } from '../research/WorkspaceTabs';

export default function EnterpriseLayout() {
  const { t } = useTranslation('enterprise');
  return (
    <WorkspaceTabs
      label={t('title.myNeeds')}
      tabs={[
        { path: '/enterprise/needs', label: t('nav.needs') },
        { path: '/enterprise/collective', label: t('nav.collective') },
        { path: '/enterprise/deals', label: t('nav.deals') },
      ]}
    />
  );
}
