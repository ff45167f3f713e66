import './messages';
import { Alert, App as AntApp, Button, Card, Col, Form, Row, Space, Statistic, Typography } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '../components/format';
import { generalMessage } from '../components/server-errors';
import { useServerForm } from '../components/useServerForm';
import type { AdminServiceTeamQuery } from '../gql/graphql';
import { QueryState } from '../research/QueryState';
import { AdminOrganizationsQuery, CertifiedBrokersQuery, ServiceTeamQuery, SetServiceTeamMutation } from './documents';
import { UserPicker } from './UserPicker';
import { LazySelect } from '../components/LazySelect';

type Team = NonNullable<AdminServiceTeamQuery['serviceTeam']>;
const STAGES = ['collected', 'evaluated', 'published', 'matched', 'contracted'] as const;

interface TeamValues {
  bureauOfficerId: string;
  districtLiaisonId: string;
  conversionLeadId: string;
  brokerIds: string[];
}

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
      <Form layout="vertical" style={{ maxWidth: 640 }}>
        <Form.Item label={t('teams.platform')} htmlFor="team-platform">
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
        </Form.Item>
      </Form>
      {platformId && (
        <QueryState fetching={team.fetching} error={team.error} empty={false} onRetry={reload}>
          {current ? <Funnel team={current} /> : <Alert type="info" showIcon message={t('teams.noTeam')} />}
          <TeamForm key={`${platformId}-${current?.updatedAt ?? 'none'}`} organizationId={platformId} team={current} onSaved={reload} />
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

function TeamForm({ organizationId, team, onSaved }: { organizationId: string; team: Team | null; onSaved: () => void }) {
  const { t, i18n } = useTranslation('admin');
  const language = i18n.language === 'en' ? 'en' : 'zh';
  const { message } = AntApp.useApp();
  const { formProps, applyError, generalError, setGeneralError } = useServerForm<TeamValues>();
  const [{ fetching }, save] = useMutation(SetServiceTeamMutation);
  const [brokers] = useQuery({ query: CertifiedBrokersQuery, requestPolicy: 'cache-and-network' });

  const submit = async (input: TeamValues) => {
    setGeneralError(undefined);
    const response = await save({ organizationId, input });
    if (response.error) {
      // The platform itself refused (not a key platform) comes back on organizationId, outside the form's fields.
      if (response.error.graphQLErrors.some((error) => Object.keys((error.extensions?.fields as object) ?? {}).includes('organizationId'))) {
        return setGeneralError(generalMessage(response.error));
      }
      return applyError(response.error);
    }
    void message.success(t('teams.saved'));
    onSaved();
  };

  return (
    <Card size="small" title={team ? t('teams.updatedAt', { date: formatDate(team.updatedAt, language, true) }) : undefined}>
      <Form
        {...formProps}
        layout="vertical"
        aria-label={t('teams.title')}
        style={{ maxWidth: 640 }}
        initialValues={
          team
            ? {
                bureauOfficerId: team.bureauOfficer.id,
                districtLiaisonId: team.districtLiaison.id,
                conversionLeadId: team.conversionLead.id,
                brokerIds: team.brokers.map((broker) => broker.id),
              }
            : { brokerIds: [] }
        }
        onFinish={(values) => void submit(values)}
      >
        {generalError && <Alert type="error" showIcon message={generalError} style={{ marginBottom: 12 }} />}
        <Form.Item name="bureauOfficerId" label={t('teams.bureauOfficer')} rules={[{ required: true, message: t('teams.bureauOfficer') }]}>
          <UserPicker aria-label={t('teams.bureauOfficer')} placeholder={t('teams.userPlaceholder')} known={team ? [team.bureauOfficer] : []} />
        </Form.Item>
        <Form.Item name="districtLiaisonId" label={t('teams.districtLiaison')} rules={[{ required: true, message: t('teams.districtLiaison') }]}>
          <UserPicker aria-label={t('teams.districtLiaison')} placeholder={t('teams.userPlaceholder')} known={team ? [team.districtLiaison] : []} />
        </Form.Item>
        <Form.Item name="conversionLeadId" label={t('teams.conversionLead')} rules={[{ required: true, message: t('teams.conversionLead') }]}>
          <UserPicker
            aria-label={t('teams.conversionLead')}
            placeholder={t('teams.userPlaceholder')}
            organizationId={organizationId}
            known={team ? [team.conversionLead] : []}
          />
        </Form.Item>
        <Form.Item name="brokerIds" label={t('teams.brokers')}>
          <LazySelect
            mode="multiple"
            aria-label={t('teams.brokers')}
            optionFilterProp="label"
            loading={brokers.fetching}
            options={(brokers.data?.certifiedBrokers ?? []).map((broker) => ({ value: broker.id, label: `${broker.displayName} · ${broker.email}` }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={fetching}>
          {t('teams.save')}
        </Button>
      </Form>
    </Card>
  );
}
