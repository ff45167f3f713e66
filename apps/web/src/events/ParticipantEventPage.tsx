import './messages';
import './events.css';
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../auth/useSession';
import { formatDate } from '../components/format';
import { generalMessage } from '../components/server-errors';
import type { MeetingFieldsFragment } from '../gql/graphql';
import { currentLanguage } from '../i18n';
import { QueryState } from '../research/QueryState';
import { MyEventItemsQuery, ParticipantEventQuery, RegisterForEventMutation, RespondToMeetingMutation } from './documents';
import { downloadWithToken } from './download';
import { EventHeader } from './EventHeader';
import { MeetingCard } from './MeetingCard';

/** A participant's side of an event: register the organization's own items, answer its meetings, download the agenda. */
export default function ParticipantEventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('events');
  const { message } = App.useApp();
  const { user } = useSession();
  const orgId = user?.organization?.id ?? null;
  const [{ data, fetching, error }, refetch] = useQuery({ query: ParticipantEventQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const event = data?.event;
  const mine = event?.registrations.find((registration) => registration.organization.id === orgId) ?? null;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Link to="/matchmaking">{t('participant.matchmaking')}</Link>
      <QueryState fetching={fetching} error={error} empty={!event} emptyText={t('participant.notFound')} onRetry={reload}>
        {event && (
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <EventHeader event={event} tags={mine && <Tag color="green">{t('participant.registered')}</Tag>} />
            {event.agendaUrl && (
              <Button
                icon={<DownloadOutlined aria-hidden />}
                onClick={() => downloadWithToken(event.agendaUrl!, `agenda-${event.id}.ics`).catch(() => void message.error(t('participant.agendaFailed')))}
              >
                {t('participant.agenda')}
              </Button>
            )}
            {!orgId ? (
              <Typography.Paragraph type="secondary">{t('participant.noOrganization')}</Typography.Paragraph>
            ) : event.status === 'OPEN' ? (
              <RegistrationForm
                key={mine ? `${mine.results.map((r) => r.id).join()}|${mine.needs.map((n) => n.id).join()}` : 'new'}
                eventId={event.id}
                orgId={orgId}
                registered={mine ? { results: mine.results.map((r) => r.id), needs: mine.needs.map((n) => n.id) } : null}
                onDone={reload}
              />
            ) : (
              !mine && <Typography.Paragraph type="secondary">{t('participant.closed')}</Typography.Paragraph>
            )}
            <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('participant.meetings')}</h2>}>
              <MyMeetings meetings={event.meetings} orgId={orgId} onAnswered={reload} />
            </Card>
          </Space>
        )}
      </QueryState>
    </Space>
  );
}

function RegistrationForm({
  eventId,
  orgId,
  registered,
  onDone,
}: {
  eventId: string;
  orgId: string;
  registered: { results: string[]; needs: string[] } | null;
  onDone: () => void;
}) {
  const { t } = useTranslation('events');
  const { message } = App.useApp();
  const [{ data, fetching }] = useQuery({ query: MyEventItemsQuery, variables: { orgId } });
  const [sending, register] = useMutation(RegisterForEventMutation);
  // Starts from the organization's registration; the parent remounts the form (key) when the server's lists change.
  const [results, setResults] = useState<string[]>(registered?.results ?? []);
  const [needs, setNeeds] = useState<string[]>(registered?.needs ?? []);
  const options = (items: { node: { id: string; title: string; visibility: string } }[] | undefined) =>
    (items ?? []).filter((edge) => edge.node.visibility !== 'PRIVATE').map((edge) => ({ value: edge.node.id, label: edge.node.title }));
  const resultOptions = options(data?.results.edges);
  const needOptions = options(data?.needs.edges);
  const submit = async () => {
    const result = await register({ eventId, input: { resultIds: results, needIds: needs } });
    if (result.error) {
      void message.error(generalMessage(result.error) ?? result.error.message);
      return;
    }
    void message.success(t('participant.done'));
    onDone();
  };
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{registered ? t('participant.update') : t('participant.register')}</h2>}
      data-testid="registration-form"
    >
      <Typography.Paragraph type="secondary">{t('participant.registerHint')}</Typography.Paragraph>
      {!fetching && resultOptions.length + needOptions.length === 0 ? (
        <Typography.Text type="secondary">{t('participant.nothing')}</Typography.Text>
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {resultOptions.length > 0 && (
            <fieldset className="tb-fieldset">
              <legend>{t('participant.results')}</legend>
              <Checkbox.Group
                options={resultOptions}
                value={results}
                onChange={(value) => setResults(value as string[])}
                style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              />
            </fieldset>
          )}
          {needOptions.length > 0 && (
            <fieldset className="tb-fieldset">
              <legend>{t('participant.needs')}</legend>
              <Checkbox.Group
                options={needOptions}
                value={needs}
                onChange={(value) => setNeeds(value as string[])}
                style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              />
            </fieldset>
          )}
          <Button type="primary" onClick={submit} loading={sending.fetching} disabled={results.length + needs.length === 0}>
            {t('participant.submit')}
          </Button>
        </Space>
      )}
    </Card>
  );
}

function MyMeetings({ meetings, orgId, onAnswered }: { meetings: MeetingFieldsFragment[]; orgId: string | null; onAnswered: () => void }) {
  const { t } = useTranslation('events');
  const language = currentLanguage();
  const { message } = App.useApp();
  const [answering, respond] = useMutation(RespondToMeetingMutation);
  if (meetings.length === 0) return <Typography.Text type="secondary">{t('participant.noMeetings')}</Typography.Text>;
  const answer = async (meetingId: string, accept: boolean) => {
    const result = await respond({ meetingId, accept });
    if (result.error) {
      void message.error(generalMessage(result.error) ?? result.error.message);
      return;
    }
    void message.success(accept ? t('meeting.accepted') : t('meeting.declined'));
    onAnswered();
  };
  return (
    <List
      dataSource={meetings}
      renderItem={(meeting) => {
        const side = meeting.result.owner.id === orgId ? 'result' : 'need';
        const mine = side === 'result' ? meeting.resultAccepted : meeting.needAccepted;
        return (
          <List.Item key={meeting.id}>
            <MeetingCard
              meeting={meeting}
              extra={
                <Space orientation="vertical" size={4}>
                  <Typography.Text>
                    {formatDate(meeting.startsAt, language, true)} · {t('detail.table', { table: meeting.table })} ·{' '}
                    {t('meeting.yourSide', { side: t(`meeting.side.${side}`) })}
                  </Typography.Text>
                  {meeting.status === 'PROPOSED' && mine == null && (
                    <Space wrap>
                      <Button type="primary" loading={answering.fetching} onClick={() => answer(meeting.id, true)}>
                        {t('meeting.accept')}
                      </Button>
                      <Button danger loading={answering.fetching} onClick={() => answer(meeting.id, false)}>
                        {t('meeting.decline')}
                      </Button>
                    </Space>
                  )}
                </Space>
              }
            />
          </List.Item>
        );
      }}
    />
  );
}
