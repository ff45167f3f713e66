import './messages';
import { Alert, App as AntApp, Button, Calendar, Form, Grid, Input, List, Modal, Select, Space, Tabs, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '../components/format';
import { errorCode, generalMessage } from '../components/server-errors';
import { useServerForm } from '../components/useServerForm';
import type { AdminPilotBookingsQuery, AdminPilotPlatformsQuery } from '../gql/graphql';
import { useIndustryFields } from '../public/useIndustryFields';
import { QueryState } from '../research/QueryState';
import {
  AdminOrganizationsQuery,
  AdminPlatformsQuery,
  CreatePlatformMutation,
  DecideBookingMutation,
  PilotBookingsQuery,
  UpdatePlatformMutation,
} from './documents';

type Platform = AdminPilotPlatformsQuery['pilotPlatforms']['edges'][number]['node'];
type Booking = AdminPilotBookingsQuery['pilotBookings']['edges'][number]['node'];

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
            children: <ApprovedCalendar bookings={approved.data?.pilotBookings.edges.map((edge) => edge.node) ?? []} />,
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
        <PlatformForm
          platform={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            reload();
          }}
        />
      )}
    </>
  );
}

interface PlatformValues {
  name: string;
  operatorId?: string;
  fieldCodes: string[];
  capabilities: string[];
  district?: string;
  priceNotes?: string;
}

function PlatformForm({ platform, onClose, onSaved }: { platform?: Platform; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('admin');
  const { message } = AntApp.useApp();
  const fields = useIndustryFields();
  const { formProps, applyError, generalError, setGeneralError } = useServerForm<PlatformValues>();
  const [createState, create] = useMutation(CreatePlatformMutation);
  const [updateState, update] = useMutation(UpdatePlatformMutation);
  const [orgSearch, setOrgSearch] = useState('');
  const deferred = useDeferredValue(orgSearch);
  const [orgs] = useQuery({ query: AdminOrganizationsQuery, variables: { first: 20, search: deferred || null, active: true }, pause: !!platform });
  const title = platform ? t('pilot.editTitle', { name: platform.name }) : t('pilot.createTitle');

  const submit = async ({ operatorId, ...values }: PlatformValues) => {
    setGeneralError(undefined);
    const common = { ...values, district: values.district?.trim() ?? '', priceNotes: values.priceNotes ?? '' };
    const response = platform
      ? await update({ id: platform.id, input: common })
      : await create({ input: { ...common, district: common.district || null, priceNotes: common.priceNotes || null, operatorId: operatorId ?? null } });
    if (response.error) return applyError(response.error);
    void message.success(t('pilot.saved'));
    onSaved();
  };

  return (
    <Modal open title={title} onCancel={onClose} footer={null} destroyOnHidden>
      <Form
        {...formProps}
        layout="vertical"
        aria-label={title}
        initialValues={
          platform
            ? {
                name: platform.name,
                fieldCodes: platform.fieldCodes,
                capabilities: platform.capabilities,
                district: platform.district ?? '',
                priceNotes: platform.priceNotes ?? '',
              }
            : { fieldCodes: [], capabilities: [] }
        }
        onFinish={(values) => void submit(values)}
      >
        {generalError && <Alert type="error" showIcon message={generalError} style={{ marginBottom: 12 }} />}
        <Form.Item name="name" label={t('pilot.name')} rules={[{ required: true, message: t('pilot.name') }]}>
          <Input maxLength={200} />
        </Form.Item>
        {!platform && (
          <Form.Item name="operatorId" label={t('pilot.operator')}>
            <Select
              showSearch
              filterOption={false}
              onSearch={setOrgSearch}
              placeholder={t('pilot.operatorPlaceholder')}
              loading={orgs.fetching}
              options={(orgs.data?.organizations.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="fieldCodes" label={t('pilot.fieldCodes')}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={[
              ...fields.chains.map((chain) => ({ value: chain.code, label: `${chain.name} (${chain.code})` })),
              ...fields.fields.map((field) => ({ value: field.code, label: `${field.name} (${field.code})` })),
            ]}
          />
        </Form.Item>
        <Form.Item name="capabilities" label={t('pilot.capabilities')} extra={t('pilot.capabilitiesHelp')}>
          <Select mode="tags" open={false} tokenSeparators={['、', ',', '，']} />
        </Form.Item>
        <Form.Item name="district" label={t('pilot.district')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="priceNotes" label={t('pilot.priceNotes')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={createState.fetching || updateState.fetching}>
            {t('common.save')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Modal>
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

function ApprovedCalendar({ bookings }: { bookings: Booking[] }) {
  const { t } = useTranslation('admin');
  // A booking's `to` is exclusive: it covers the days from its start up to, not including, its end instant.
  const ranges = useMemo(() => bookings.map((booking) => ({ booking, from: Date.parse(booking.from), to: Date.parse(booking.to) })), [bookings]);
  const cell = (day: Dayjs) => {
    const start = day.startOf('day').valueOf();
    const end = day.endOf('day').valueOf();
    const covering = ranges.filter((range) => range.from <= end && range.to > start);
    if (covering.length === 0) return null;
    return (
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {covering.map(({ booking }) => (
          <li key={booking.id}>
            <Tag color="blue" style={{ whiteSpace: 'normal', maxWidth: '100%' }}>
              {t('pilot.busy', { platform: booking.platform.name, title: booking.result.title })}
            </Tag>
          </li>
        ))}
      </ul>
    );
  };
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh';
  const screens = Grid.useBreakpoint();
  // At phone width the month grid has no room for names: the card calendar and the list below carry them.
  const wide = screens.md ?? false;
  return (
    <section aria-label={t('pilot.calendarLabel')}>
      <Calendar
        className="tb-admin-calendar"
        fullscreen={wide}
        cellRender={(day, info) => (info.type === 'date' && wide ? cell(day) : info.originNode)}
        // The stock header's year and month pickers carry no labels: two labelled buttons and the month instead.
        headerRender={({ value, onChange }) => (
          <Space style={{ padding: 8 }} wrap>
            <Button onClick={() => onChange(value.subtract(1, 'month'))}>{t('pilot.prevMonth')}</Button>
            <Typography.Text strong aria-live="polite">
              {value.format(language === 'en' ? 'MMMM YYYY' : 'YYYY 年 M 月')}
            </Typography.Text>
            <Button onClick={() => onChange(value.add(1, 'month'))}>{t('pilot.nextMonth')}</Button>
          </Space>
        )}
      />
      <List
        size="small"
        dataSource={bookings}
        renderItem={(booking) => (
          <List.Item key={booking.id} data-testid="approved-row">
            <Typography.Text style={{ overflowWrap: 'anywhere' }}>
              {t('pilot.booking', { platform: booking.platform.name, from: formatDate(booking.from, language), to: formatDate(booking.to, language) })} ·{' '}
              {booking.result.title}
            </Typography.Text>
          </List.Item>
        )}
      />
    </section>
  );
}
