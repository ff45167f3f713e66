import { lazy, Suspense } from 'react';

// Shown only once a save is refused: antd's Alert and its icons stay out of the form's first view.
const Alert = lazy(() => import('antd/es/alert'));

/** A form's general error (one that belongs to no field), announced to screen readers. */
export function FormError({ error, gap = 12 }: { error: string | null | undefined; gap?: number }) {
  if (!error) return null;
  return (
    <Suspense
      fallback={
        <div role="alert" style={{ marginBottom: gap }}>
          {error}
        </div>
      }
    >
      <Alert type="error" showIcon title={error} style={{ marginBottom: gap }} role="alert" />
    </Suspense>
  );
}
