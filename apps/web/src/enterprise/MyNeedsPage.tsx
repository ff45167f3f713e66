import './messages';
import { PlusOutlined } from '@ant-design/icons';
import { Button, List, Progress, Space, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, formatPriceRange } from '../research/format';
import { QueryState } from '../research/QueryState';
import { useIsNarrow } from '../research/useIsNarrow';
import { useSession } from '../auth/useSession';
import { MyNeedsQuery } from './documents';
import { NEED_STATUS_COLORS, type NeedStatus } from './enums';
import { fundedPercent } from './money';
import { TablePlaceholder } from '../components/TablePlaceholder';

// The table (rc-table and antd's Table: ~45 KB gz) is fetched beside the page's data rather than
// before the page renders; a box of its height with the loading state stands in until it is in.
const tableModule = () => import('antd/es/table');
const Table = lazy(tableModule) as unknown as typeof import('antd/es/table').default;
void tableModule();

/** The enterprise's technical needs, drafts included, with their state and collective funding. */
export default function MyNeedsPage() {
  const { t, i18n } = useTranslation('enterprise');
  const navigate = useNavigate();
  const narrow = useIsNarrow();
  const { user } = useSession();
  const enterpriseId = user?.organization?.id;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MyNeedsQuery,
    variables: { enterpriseId: enterpriseId ?? '', first: 100 },
    pause: !enterpriseId,
    requestPolicy: 'cache-and-network',
  });
  const rows = data?.needs.edges.map((edge) => edge.node) ?? [];
  const statusTag = (status: string) => <Tag color={NEED_STATUS_COLORS[status as NeedStatus]}>{t(`status.${status as NeedStatus}`)}</Tag>;
  const create = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/enterprise/needs/new')}>
      {t('nav.newNeed')}
    </Button>
  );

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('title.myNeeds')}
        </Typography.Title>
        {create}
      </Space>
      <QueryState
        fetching={fetching}
        error={error}
        empty={rows.length === 0}
        emptyText={t('empty.needs')}
        emptyExtra={enterpriseId ? create : undefined}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {narrow ? (
          <List
            dataSource={rows}
            renderItem={(row) => (
              <List.Item key={row.id}>
                <List.Item.Meta
                  title={<Link to={`/enterprise/needs/${row.id}`}>{row.title}</Link>}
                  description={
                    <Space wrap size={4}>
                      {statusTag(row.status)}
                      <Tag>{formatPriceRange(row.budget, t, 'enterprise')}</Tag>
                      {row.collective && <Tag color="#531dab">{t('nav.collective')}</Tag>}
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        ) : (
          <Suspense fallback={<TablePlaceholder rows={Math.min(rows.length, 20)} />}>
            <Table
              rowKey="id"
              dataSource={rows}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              columns={[
                {
                  title: t('table.title'),
                  dataIndex: 'title',
                  render: (title: string, row) => (
                    <Space direction="vertical" size={0}>
                      <Link to={`/enterprise/needs/${row.id}`}>{title}</Link>
                      {row.collective && <Progress percent={fundedPercent(row.collective)} size="small" aria-label={t('detail.pledged')} />}
                    </Space>
                  ),
                },
                {
                  title: t('table.status'),
                  dataIndex: 'status',
                  width: 110,
                  render: statusTag,
                },
                {
                  title: t('table.budget'),
                  key: 'budget',
                  width: 220,
                  render: (_value, row) => formatPriceRange(row.budget, t, 'enterprise'),
                },
                {
                  title: t('table.created'),
                  dataIndex: 'createdAt',
                  width: 120,
                  render: (value: string) => formatDate(value, i18n.language),
                },
                {
                  title: t('table.actions'),
                  key: 'actions',
                  width: 150,
                  render: (_value, row) => (
                    <Space size={0}>
                      <Button type="link" onClick={() => navigate(`/enterprise/needs/${row.id}`)}>
                        {t('action.view')}
                      </Button>
                      {(row.status === 'DRAFT' || row.status === 'PUBLISHED' || row.status === 'IN_NEGOTIATION') && (
                        <Button type="link" onClick={() => navigate(`/enterprise/needs/${row.id}/edit`)}>
                          {t('action.edit')}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]}
            />
          </Suspense>
        )}
      </QueryState>
    </Space>
  );
}
