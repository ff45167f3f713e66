import { useTranslation } from 'react-i18next';
import { PageState } from '../components/PageState';

export default function EnterpriseHomePage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('nav.enterprise')}</h1>
      <PageState empty emptyText={t('state.comingSoon')} />
    </>
  );
}
