import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** The error face of PageState; its own chunk, since Result's illustrations are large and rarely shown. */
export default function ErrorState({ error, onRetry }: { error: string | boolean; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={t('state.error')}
      subTitle={typeof error === 'string' ? error : undefined}
      extra={onRetry ? <Button onClick={onRetry}>{t('state.retry')}</Button> : undefined}
    />
  );
}
