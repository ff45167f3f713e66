import './account.messages';
import { lazy, Suspense } from 'react';
import { useQuery } from 'urql';
import { PageState } from '../components/PageState';
import { generalMessage } from '../components/server-errors';
import { AccountSettingsDocument } from './account.documents';

// The page's view (Form, Radio, Switch) is fetched as the page starts, beside its query: the form
// is not in the route's first download, and the page still appears in one piece.
const loadView = () => import('./SettingsView');
const SettingsView = lazy(loadView);

/** `/settings`: the signed-in user's e-mail status and how notifications reach them (in the app only, by mail too, daily digest). */
export default function SettingsPage() {
  void loadView();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AccountSettingsDocument, requestPolicy: 'network-only' });
  if (!data) return <PageState loading={fetching} error={error ? generalMessage(error) : undefined} onRetry={() => refetch()} />;
  return (
    <Suspense fallback={<PageState loading />}>
      <SettingsView data={data} />
    </Suspense>
  );
}
