import { useTranslation } from 'react-i18next';
import { PageState } from '../components/PageState';

export default function ResearchHomePage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('nav.research')}</h1>
      <PageState empty emptyText={t('state.comingSoon')} />
    </>
  );
}
