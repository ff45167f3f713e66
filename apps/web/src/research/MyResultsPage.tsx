import './messages';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, List, Row, Space, Statistic, Tag, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../auth/useSession';
import { MyResultsQuery } from './documents';
import { FUNNEL, STATUS_COLORS, type ResultStatus } from './enums';
import { formatDate } from './format';
import { QueryState } from './QueryState';
import { useIsNarrow } from './useIsNarrow';
import { TablePlaceholder } from '../components/TablePlaceholder';

// The table (rc-table and antd's Table: ~45 KB gz) is fetched beside the page's data rather than
// before the page renders; a box of its height with the loading state stands in until it is in.
const tableModule = () => import('antd/es/table');
const Table = lazy(tableModule) as unknown as typeof import('antd/es/table').default;
void tableModule();

/** A researcher's results with the funnel they move through: draft → submitted → evaluated → published. */
export default function MyResultsPage() {
  const { t, i18n } = useTranslation('research');
  const navigate = useNavigate();
  const narrow = useIsNarrow();
  const { user } = useSession();
  const ownerId = user?.organization?.id;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MyResultsQuery,
    variables: { ownerId: ownerId ?? '', first: 100 },
    pause: !ownerId,
    requestPolicy: 'cache-and-network',
  });
  const rows = useMemo(() => data?.results.edges.map((edge) => edge.node) ?? [], [data]);
  const counts = useMemo(() => {
    const byStatus = new Map<string, number>();
    for (const row of rows) byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + 1);
    // A result further down the funnel has passed every earlier stage.
    return FUNNEL.map((stage, index) => ({
      stage,
      count: FUNNEL.slice(index).reduce((sum, later) => sum + (byStatus.get(later) ?? 0), 0),
      now: byStatus.get(stage) ?? 0,
    }));
  }, [rows]);

  const statusTag = (status: string) => <Tag color={STATUS_COLORS[status as ResultStatus]}>{t(`status.${status as ResultStatus}`)}</Tag>;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('title.myResults')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/research/results/new')}>
          {t('nav.newResult')}
        </Button>
      </Space>
      <QueryState
        fetching={fetching}
        error={error}
        empty={rows.length === 0}
        emptyText={t('empty.results')}
        emptyExtra={
          ownerId ? (
            <Button type="primary" onClick={() => navigate('/research/results/new')}>
              {t('nav.newResult')}
            </Button>
          ) : undefined
        }
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      >
        <Card title={t('funnel.heading')} size="small">
          <Row gutter={[16, 16]} role="list" aria-label={t('funnel.heading')}>
            {counts.map(({ stage, count, now }) => (
              <Col xs={12} md={6} key={stage} role="listitem">
                <Statistic
                  title={t(`funnel.${stage}`)}
                  value={count}
                  suffix={
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      ({now})
                    </Typography.Text>
                  }
                />
              </Col>
            ))}
          </Row>
        </Card>
        {narrow ? (
          <List
            dataSource={rows}
            renderItem={(row) => (
              <List.Item key={row.id}>
                <List.Item.Meta
                  title={<Link to={`/research/results/${row.id}`}>{row.title}</Link>}
                  description={
                    <Space wrap size={4}>
                      {statusTag(row.status)}
                      <Tag>TRL {row.trl}</Tag>
                      <Tag>{t(`visibilityShort.${row.visibility}`)}</Tag>
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
                  render: (title: string, row) => <Link to={`/research/results/${row.id}`}>{title}</Link>,
                },
                {
                  title: t('table.status'),
                  dataIndex: 'status',
                  width: 120,
                  render: statusTag,
                },
                { title: t('table.trl'), dataIndex: 'trl', width: 70 },
                {
                  title: t('table.visibility'),
                  dataIndex: 'visibility',
                  width: 110,
                  render: (value: 'PUBLIC' | 'TEASER' | 'PRIVATE') => t(`visibilityShort.${value}`),
                },
                {
                  title: t('table.updated'),
                  dataIndex: 'createdAt',
                  width: 130,
                  render: (value: string) => formatDate(value, i18n.language),
                },
                {
                  title: t('table.actions'),
                  key: 'actions',
                  width: 150,
                  render: (_value, row) => (
                    <Space size={0}>
                      <Button type="link" onClick={() => navigate(`/research/results/${row.id}`)}>
                        {t('action.view')}
                      </Button>
                      {row.status !== 'REJECTED' && row.status !== 'WITHDRAWN' && (
                        <Button type="link" onClick={() => navigate(`/research/results/${row.id}/edit`)}>
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
