import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { PageState } from '../components/PageState';
import { generalMessage } from '../components/server-errors';

interface Props {
  fetching: boolean;
  error?: CombinedError;
  /** True when there is nothing to show (after loading, without error). */
  empty?: boolean;
  emptyText?: ReactNode;
  /** Shown under the empty state, e.g. the button that creates the first item. */
  emptyExtra?: ReactNode;
  onRetry?: () => void;
  children: ReactNode;
}

/**
 * The console's PageState fed from an urql query: loading only while there is nothing to show
 * yet (a background refetch keeps the page), the server's message on error.
 */
export function QueryState({ fetching, error, empty, emptyText, emptyExtra, onRetry, children }: Props) {
  const loading = fetching && empty !== false;
  return (
    <PageState
      loading={loading}
      error={error ? (generalMessage(error) ?? true) : undefined}
      empty={!loading && empty}
      emptyText={
        emptyExtra ? (
          <div>
            {emptyText}
            <div style={{ marginTop: 12 }}>{emptyExtra}</div>
          </div>
        ) : (
          emptyText
        )
      }
      onRetry={onRetry}
    >
      {children}
    </PageState>
  );
}
