import './messages';
import { Card, Collapse, List, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { FactorBars } from '../enterprise/FactorBars';
import { ResultMatchesQuery } from './documents';
import { QueryState } from './QueryState';

/** Needs the result fits, best first, each with its score and the reasons for it. */
export function ResultMatches({ id }: { id: string }) {
  const { t, i18n } = useTranslation('research');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ResultMatchesQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const matches = data?.matchesForResult ?? [];
  const english = i18n.language.startsWith('en');
  return (
    <QueryState
      fetching={fetching}
      error={error}
      empty={!data || matches.length === 0}
      emptyText={t('empty.matches')}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
    >
      <List
        dataSource={matches}
        renderItem={(match) => {
          const top = [...match.factors].sort((a, b) => b.contribution - a.contribution).slice(0, 2);
          return (
            <List.Item key={match.id}>
              <Card size="small" style={{ width: '100%' }}>
                <Space align="start" style={{ width: '100%' }} wrap>
                  <Progress
                    status="normal"
                    type="circle"
                    size={56}
                    percent={Math.round(match.score)}
                    format={(value) => `${value}`}
                    aria-label={`${t('detail.score')} ${Math.round(match.score)}`}
                  />
                  <Space direction="vertical" size={2} style={{ flex: 1, minWidth: 200 }}>
                    <Link to={`/needs/${match.need.id}`}>
                      <Typography.Text strong>{match.need.title}</Typography.Text>
                    </Link>
                    <Typography.Text type="secondary">
                      {t('detail.enterprise')}: {match.need.enterprise.name}
                    </Typography.Text>
                    <Space wrap size={4}>
                      {top.map((factor) => (
                        <Tag key={factor.factor}>{english ? factor.reasonEn : factor.reasonZh}</Tag>
                      ))}
                    </Space>
                  </Space>
                </Space>
                <Collapse
                  ghost
                  size="small"
                  items={[
                    {
                      key: 'why',
                      label: t('detail.reasons'),
                      children: <FactorBars factors={match.factors} compact />,
                    },
                  ]}
                />
              </Card>
            </List.Item>
          );
        }}
      />
    </QueryState>
  );
}
