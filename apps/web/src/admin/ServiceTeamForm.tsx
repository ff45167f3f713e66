import './messages';
import { App as AntApp, Button, Card, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '../components/format';
import { generalMessage } from '../components/server-errors';
import { useServerForm } from '../components/useServerForm';
import type { AdminServiceTeamQuery } from '../gql/graphql';
import { CertifiedBrokersQuery, SetServiceTeamMutation } from './documents';
import { UserPicker } from './UserPicker';
import { LazySelect } from '../components/LazySelect';
import { FormError } from '../components/FormError';

type Team = NonNullable<AdminServiceTeamQuery['serviceTeam']>;

interface TeamValues {
  bureauOfficerId: string;
  districtLiaisonId: string;
  conversionLeadId: string;
  brokerIds: string[];
}

/** A key platform's team form (its own chunk: the page's first view is only the platform picker). */
export default function TeamForm({ organizationId, team, onSaved }: { organizationId: string; team: Team | null; onSaved: () => void }) {
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
        <FormError error={generalError} />
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
