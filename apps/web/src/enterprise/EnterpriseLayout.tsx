import './messages';
import { useTranslation } from 'react-i18next';
import { WorkspaceTabs } from '../research/WorkspaceTabs';

export default function EnterpriseLayout() {
  const { t } = useTranslation('enterprise');
  return (
    <WorkspaceTabs
      label={t('title.myNeeds')}
      tabs={[
        { path: '/enterprise', label: t('nav.needs'), also: ['/enterprise/needs'] },
        { path: '/enterprise/collective', label: t('nav.collective') },
        { path: '/enterprise/deals', label: t('nav.deals') },
      ]}
    />
  );
}
