import './messages';
import { useTranslation } from 'react-i18next';
import { WorkspaceTabs } from './WorkspaceTabs';

export default function ResearchLayout() {
  const { t } = useTranslation('research');
  return (
    <WorkspaceTabs
      label={t('nav.results')}
      tabs={[
        { path: '/research', label: t('nav.results'), also: ['/research/results'] },
        { path: '/research/results/new', label: t('nav.newResult') },
        { path: '/research/deals', label: t('nav.deals') },
      ]}
    />
  );
}
