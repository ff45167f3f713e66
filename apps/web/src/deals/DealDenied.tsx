import './messages';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** What a stranger (or anyone when the deal does not exist) sees: the server answered null. */
export default function DealDenied() {
  const { t } = useTranslation('deals');
  return (
    <Result
      status="403"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('denied.title')}</h1>}
      subTitle={t('denied.body')}
      extra={
        <Link to="/">
          <Button type="primary">{t('denied.back')}</Button>
        </Link>
      }
    />
  );
}
