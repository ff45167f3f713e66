import './messages';
import './events.css';
import { App, Button, Card, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { formatDate } from '../components/format';
import { generalMessage } from '../components/server-errors';
import type { MeetingFieldsFragment } from '../gql/graphql';
import { currentLanguage } from '../i18n';
import { QueryState } from '../research/QueryState';
import { AdminEventQuery, CompleteEventMutation, OpenEventMutation, RecordOutcomeMutation, ScheduleEventMutation } from './documents';
import { EventHeader } from './EventHeader';
import { MeetingCard } from './MeetingCard';
import { ScheduleGridView } from './ScheduleGridView';

/** Administrators: one event — open it, its registrations, the schedule grid, re-runs and outcomes. */
export default function AdminEventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('events');
  const language = currentLanguage();
  const { message } = App.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AdminEventQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [opening, open] = useMutation(OpenEventMutation);
  const [scheduling, schedule] = useMutation(ScheduleEventMutation);
  const [completing, complete] = useMutation(CompleteEventMutation);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const event = data?.event;

  const after = async (result: { error?: CombinedError }, done: string) => {
    if (result.error) {
      void message.error(generalMessage(result.error) ?? result.error.message);
      return;
    }
    void message.success(done);
    reload();
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Link to="/admin/events">{t('detail.back')}</Link>
      <QueryState fetching={fetching} error={error} empty={!event} emptyText={t('participant.notFound')} onRetry={reload}>
        {event && (
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <EventHeader event={event} />
            <Space wrap>
              {event.status === 'DRAFT' && (
                <Button type="primary" loading={opening.fetching} onClick={async () => after(await open({ id }), t('detail.opened'))}>
                  {t('detail.open')}
                </Button>
              )}
              {(event.status === 'OPEN' || event.status === 'SCHEDULED') && (
                <Button
                  type={event.status === 'OPEN' ? 'primary' : 'default'}
                  loading={scheduling.fetching}
                  onClick={async () => {
                    const result = await schedule({ id });
                    const count = result.data?.scheduleEvent.meetings.filter((meeting) => meeting.status !== 'DECLINED').length ?? 0;
                    await after(result, t('detail.scheduled', { count }));
                  }}
                >
                  {event.status === 'OPEN' ? t('detail.schedule') : t('detail.reschedule')}
                </Button>
              )}
              {event.status === 'SCHEDULED' && Date.parse(event.startsAt) <= Date.now() && (
                <Button loading={completing.fetching} onClick={async () => after(await complete({ id }), t('detail.completed'))}>
                  {t('detail.complete')}
                </Button>
              )}
              {event.status !== 'DRAFT' && <Link to={`/matchmaking/${event.id}`}>{t('detail.participantLink')}</Link>}
            </Space>

            <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('detail.registrations', { count: event.registrations.length })}</h2>}>
              {event.registrations.length === 0 ? (
                <Typography.Text type="secondary">{t('detail.noRegistrations')}</Typography.Text>
              ) : (
                <List
                  dataSource={event.registrations}
                  renderItem={(registration) => (
                    <List.Item key={registration.organization.id} data-testid="registration">
                      <Space orientation="vertical" size={0}>
                        <Typography.Text strong>{registration.organization.name}</Typography.Text>
                        <Typography.Text type="secondary">
                          {t('detail.items', { results: registration.results.length, needs: registration.needs.length })} ·{' '}
                          {t('detail.registeredAt', { date: formatDate(registration.registeredAt, language, true) })}
                        </Typography.Text>
                      </Space>
                    </List.Item>
                  )}
                />
              )}
            </Card>

            <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('detail.grid')}</h2>}>
              <ScheduleGridView event={event} meetings={event.meetings} />
            </Card>

            <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('detail.outcomes')}</h2>}>
              <Outcomes meetings={event.meetings} onRecorded={reload} />
            </Card>
          </Space>
        )}
      </QueryState>
    </Space>
  );
}

/** Confirmed meetings take an outcome once they have started; a held one may open a deal. */
function Outcomes({ meetings, onRecorded }: { meetings: MeetingFieldsFragment[]; onRecorded: () => void }) {
  const { t } = useTranslation('events');
  const { message } = App.useApp();
  const [recording, record] = useMutation(RecordOutcomeMutation);
  const relevant = meetings.filter((meeting) => meeting.status === 'CONFIRMED' || meeting.status === 'HELD' || meeting.status === 'NO_SHOW');
  if (relevant.length === 0) return <Typography.Text type="secondary">{t('detail.noOutcomes')}</Typography.Text>;
  const send = async (meetingId: string, held: boolean, openDeal: boolean) => {
    const result = await record({ meetingId, held, openDeal });
    if (result.error) {
      void message.error(generalMessage(result.error) ?? result.error.message);
      return;
    }
    void message.success(t('detail.outcomeRecorded'));
    onRecorded();
  };
  return (
    <List
      dataSource={relevant}
      renderItem={(meeting) => {
        const started = Date.parse(meeting.startsAt) <= Date.now();
        return (
          <List.Item key={meeting.id} data-testid="outcome-row">
            <MeetingCard
              meeting={meeting}
              extra={
                meeting.status === 'CONFIRMED' ? (
                  started ? (
                    <Space wrap>
                      <Button type="primary" loading={recording.fetching} onClick={() => send(meeting.id, true, true)}>
                        {t('detail.heldDeal')}
                      </Button>
                      <Button loading={recording.fetching} onClick={() => send(meeting.id, true, false)}>
                        {t('detail.held')}
                      </Button>
                      <Button loading={recording.fetching} onClick={() => send(meeting.id, false, false)}>
                        {t('detail.noShow')}
                      </Button>
                    </Space>
                  ) : (
                    <Typography.Text type="secondary">{t('detail.notStarted')}</Typography.Text>
                  )
                ) : meeting.dealId ? (
                  <Link to={`/deals/${meeting.dealId}`} data-testid="meeting-deal">
                    {t('detail.openDeal')}
                  </Link>
                ) : null
              }
            />
          </List.Item>
        );
      }}
    />
  );
}
