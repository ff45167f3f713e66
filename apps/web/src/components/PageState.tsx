import { Empty, Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const ErrorState = lazy(() => import('./ErrorState'));

export interface PageStateProps {
  loading?: boolean;
  /** An error message (or true for the generic one). */
  error?: string | boolean | null;
  empty?: boolean;
  emptyText?: ReactNode;
  onRetry?: () => void;
  children?: ReactNode;
}

/** The one way pages show loading, error and empty states; otherwise renders its children. */
export function PageState({ loading, error, empty, emptyText, onRetry, children }: PageStateProps) {
  const { t } = useTranslation();
  if (error) {
    return (
      <Suspense fallback={<div role="alert">{t('state.error')}</div>}>
        <ErrorState error={error} onRetry={onRetry} />
      </Suspense>
    );
  }
  if (loading) {
    return (
      <div role="status" aria-live="polite" style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
        <div style={{ marginTop: 8, color: 'rgba(0,0,0,0.65)' }}>{t('state.loading')}</div>
      </div>
    );
  }
  if (empty) return <Empty description={emptyText ?? t('state.empty')} style={{ padding: 32 }} />;
  return <>{children}</>;
}
