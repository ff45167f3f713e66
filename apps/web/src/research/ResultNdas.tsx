import './messages';
import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ResultNdasQuery } from './documents';
import { formatDateTime } from './format';
import { QueryState } from './QueryState';

/** Who accepted the NDA of a TEASER result (and so sees its description). */
export function ResultNdas({ id }: { id: string }) {
  const { t, i18n } = useTranslation('research');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ResultNdasQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const rows = data?.result?.ndaAcceptances ?? [];
  const teaser = data?.result?.visibility === 'TEASER';
  return (
    <QueryState
      fetching={fetching}
      error={error}
      empty={!data || rows.length === 0}
      emptyText={data && !teaser ? t('empty.ndasNotTeaser') : t('empty.ndas')}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
    >
      <List
        dataSource={rows}
        renderItem={(row) => (
          <List.Item key={`${row.organization?.id}-${row.acceptedAt}-${row.displayName}`}>
            <List.Item.Meta title={row.organization?.name ?? '—'} description={`${t('detail.ndaBy')}: ${row.displayName}`} />
            <Typography.Text type="secondary">{formatDateTime(row.acceptedAt, i18n.language)}</Typography.Text>
          </List.Item>
        )}
      />
    </QueryState>
  );
}
