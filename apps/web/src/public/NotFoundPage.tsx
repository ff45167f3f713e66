import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export default function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('state.notFound')}</h1>}
      subTitle={t('state.notFoundBody')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('state.backHome')}
        </Button>
      }
    />
  );
}
