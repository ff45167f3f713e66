import { useTranslation } from 'react-i18next';
import { PageState } from '../components/PageState';

export default function SearchPage() {
  const { t } = useTranslation();
  return <PageState empty emptyText={t('state.comingSoon')} />;
}
