import './messages';
import { Alert, App as AntApp, Button, List, Space, Tabs, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '../components/format';
import { errorCode, generalMessage } from '../components/server-errors';
import type { AdminPilotBookingsQuery, AdminPilotPlatformsQuery } from '../gql/graphql';
import { useIndustryFields } from '../public/useIndustryFields';
import { PageState } from '../components/PageState';
import { QueryState } from '../research/QueryState';
import { AdminPlatformsQuery, DecideBookingMutation, PilotBookingsQuery } from './documents';

// The platform form (Form, Select) loads when it is opened; the calendar (dayjs and the date-picker
// core) when its tab is, not with the catalogue shown first.
const PlatformForm = lazy(() => import('./PlatformForm'));
const ApprovedCalendar = lazy(() => import('./ApprovedCalendar'));

export type Platform = AdminPilotPlatformsQuery['pilotPlatforms']['edges'][number]['node'];
export type Booking = AdminPilotBookingsQuery['pilotBookings']['edges'][number]['node'];

/** Administrators: the pilot-platform catalogue, booking requests to decide, and the approved ranges on a calendar. */
export default function PilotAdminPage() {
  const { t } = useTranslation('admin');
  const [tab, setTab] = useState('catalogue');
  const [requests, refetchRequests] = useQuery({
    query: PilotBookingsQuery,
    variables: { first: 100, status: ['REQUESTED'] },
    requestPolicy: 'cache-and-network',
  });
  const [approved, refetchApproved] = useQuery({
    query: PilotBookingsQuery,
    variables: { first: 100, status: ['APPROVED'] },
    requestPolicy: 'cache-and-network',
  });
  const reloadBookings = () => {
    refetchRequests({ requestPolicy: 'network-only' });
    refetchApproved({ requestPolicy: 'network-only' });
  };
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('pilot.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'catalogue', label: t('pilot.tabs.catalogue'), children: <Catalogue /> },
          {
            key: 'requests',
            label: t('pilot.tabs.requests', { count: requests.data?.pilotBookings.totalCount ?? 0 }),
            children: <Requests state={requests} onDecided={reloadBookings} />,
          },
          {
            key: 'calendar',
            label: t('pilot.tabs.calendar'),
            children: (
              <Suspense fallback={<PageState loading />}>
                <ApprovedCalendar bookings={approved.data?.pilotBookings.edges.map((edge) => edge.node) ?? []} />
              </Suspense>
            ),
          },
        ]}
      />
    </Space>
  );
}

function Catalogue() {
  const { t } = useTranslation('admin');
  const fields = useIndustryFields();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AdminPlatformsQuery, variables: { first: 100 }, requestPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Platform | 'new'>();
  const platforms = data?.pilotPlatforms.edges.map((edge) => edge.node) ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <Button type="primary" onClick={() => setEditing('new')} style={{ marginBottom: 12 }}>
        {t('pilot.create')}
      </Button>
      <QueryState fetching={fetching} error={error} empty={!data || platforms.length === 0} emptyText={t('pilot.empty')} onRetry={reload}>
        <List
          dataSource={platforms}
          renderItem={(platform) => (
            <List.Item key={platform.id} data-testid="platform-row">
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                  {platform.name}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                  {platform.operator.name}
                  {platform.district ? ` · ${platform.district}` : ''}
                </Typography.Text>
                <Space wrap>
                  {platform.fieldCodes.map((code) => (
                    <Tag key={code}>{fields.name(code)}</Tag>
                  ))}
                </Space>
                {platform.capabilities.length > 0 && (
                  <Typography.Text style={{ overflowWrap: 'anywhere' }}>{platform.capabilities.join(' · ')}</Typography.Text>
                )}
                <Button onClick={() => setEditing(platform)}>{t('common.edit')}</Button>
              </Space>
            </List.Item>
          )}
        />
      </QueryState>
      {editing && (
        <Suspense fallback={null}>
          <PlatformForm
            platform={editing === 'new' ? undefined : editing}
            onClose={() => setEditing(undefined)}
            onSaved={() => {
              setEditing(undefined);
              reload();
            }}
          />
        </Suspense>
      )}
    </>
  );
}

function Requests({
  state,
  onDecided,
}: {
  state: { data?: AdminPilotBookingsQuery; fetching: boolean; error?: import('urql').CombinedError };
  onDecided: () => void;
}) {
  const { t, i18n } = useTranslation('admin');
  const language = i18n.language === 'en' ? 'en' : 'zh';
  const { message } = AntApp.useApp();
  const [{ fetching: deciding }, decide] = useMutation(DecideBookingMutation);
  const [refusal, setRefusal] = useState<{ id: string; text: string; detail?: string }>();
  const bookings = state.data?.pilotBookings.edges.map((edge) => edge.node) ?? [];

  const doDecide = async (booking: Booking, approve: boolean) => {
    const response = await decide({ id: booking.id, approve });
    if (response.error) {
      const conflict = approve && errorCode(response.error) === 'CONFLICT';
      setRefusal({
        id: booking.id,
        text: conflict ? t('pilot.conflict') : (generalMessage(response.error) ?? ''),
        detail: conflict ? generalMessage(response.error) : undefined,
      });
      return;
    }
    setRefusal(undefined);
    void message.success(t(approve ? 'pilot.approved' : 'pilot.declined'));
    onDecided();
  };

  return (
    <QueryState
      fetching={state.fetching}
      error={state.error}
      empty={!state.data || bookings.length === 0}
      emptyText={t('pilot.requestsEmpty')}
      onRetry={onDecided}
    >
      <List
        dataSource={bookings}
        renderItem={(booking) => (
          <List.Item key={booking.id} data-testid="booking-row">
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                {t('pilot.booking', { platform: booking.platform.name, from: formatDate(booking.from, language), to: formatDate(booking.to, language) })}
              </Typography.Text>
              <Typography.Text style={{ overflowWrap: 'anywhere' }}>
                {t('pilot.forResult')}
                <Link to={`/results/${booking.result.id}`}>{booking.result.title}</Link> · {booking.result.owner.name}
              </Typography.Text>
              {booking.note && <Typography.Text type="secondary">{booking.note}</Typography.Text>}
              {refusal?.id === booking.id && <Alert type="error" showIcon role="alert" message={refusal.text} description={refusal.detail} />}
              <Space wrap>
                <Button type="primary" loading={deciding} onClick={() => void doDecide(booking, true)}>
                  {t('pilot.approve')}
                </Button>
                <Button danger loading={deciding} onClick={() => void doDecide(booking, false)}>
                  {t('pilot.decline')}
                </Button>
              </Space>
            </Space>
          </List.Item>
        )}
      />
    </QueryState>
  );
}
