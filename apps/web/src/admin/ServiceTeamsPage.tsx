import './messages';
import { Alert, Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { lazy, Suspense, useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { AdminServiceTeamQuery } from '../gql/graphql';
import { QueryState } from '../research/QueryState';
import { AdminOrganizationsQuery, ServiceTeamQuery } from './documents';
import { LazySelect } from '../components/LazySelect';

type Team = NonNullable<AdminServiceTeamQuery['serviceTeam']>;
const STAGES = ['collected', 'evaluated', 'published', 'matched', 'contracted'] as const;

// The team form (antd's Form, user pickers) shows once a platform is chosen: its chunk loads then,
// behind a box of the form's height.
const TeamForm = lazy(() => import('./ServiceTeamForm'));

/** Administrators: a key platform's "1+1+1+N" service team (bureau officer, district liaison, conversion lead, brokers) and its funnel. */
export default function ServiceTeamsPage() {
  const { t } = useTranslation('admin');
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const [platformId, setPlatformId] = useState<string>();
  const [platforms] = useQuery({
    query: AdminOrganizationsQuery,
    variables: { first: 50, keyPlatform: true, search: deferred || null },
    requestPolicy: 'cache-and-network',
  });
  const [team, refetchTeam] = useQuery({
    query: ServiceTeamQuery,
    variables: { organizationId: platformId ?? '' },
    pause: !platformId,
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetchTeam({ requestPolicy: 'network-only' });
  const current = team.data?.serviceTeam ?? null;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('teams.title')}
      </Typography.Title>
      <div style={{ maxWidth: 640, marginBottom: 24 }}>
        <label htmlFor="team-platform" style={{ display: 'block', paddingBottom: 8, lineHeight: 1.5715 }}>
          {t('teams.platform')}
        </label>
        <div>
          <LazySelect
            id="team-platform"
            showSearch
            filterOption={false}
            onSearch={setSearch}
            value={platformId}
            onChange={setPlatformId}
            placeholder={t('teams.platformPlaceholder')}
            loading={platforms.fetching}
            options={(platforms.data?.organizations.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }))}
          />
        </div>
      </div>
      {platformId && (
        <QueryState fetching={team.fetching} error={team.error} empty={false} onRetry={reload}>
          {current ? <Funnel team={current} /> : <Alert type="info" showIcon message={t('teams.noTeam')} />}
          <Suspense fallback={<div aria-busy="true" style={{ minHeight: 520 }} />}>
            <TeamForm key={`${platformId}-${current?.updatedAt ?? 'none'}`} organizationId={platformId} team={current} onSaved={reload} />
          </Suspense>
        </QueryState>
      )}
    </Space>
  );
}

function Funnel({ team }: { team: Team }) {
  const { t } = useTranslation('admin');
  return (
    <section aria-label={t('teams.funnel')} style={{ marginBottom: 16 }}>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('teams.funnel')}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        {STAGES.map((stage) => (
          <Col xs={12} sm={8} md={4} key={stage}>
            <Card size="small" data-testid={`team-funnel-${stage}`}>
              <Statistic title={t(`teams.stage.${stage}`)} value={team.funnel[stage]} />
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}
