import './messages';
import { App, Button, Card, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '../components/format';
import { useServerForm } from '../components/useServerForm';
import { currentLanguage } from '../i18n';
import { useIndustryFields } from '../public/useIndustryFields';
import { QueryState } from '../research/QueryState';
import { AdminEventsQuery, CreateEventMutation } from './documents';
import { localInputToIso } from './schedule-grid';
import { LazySelect } from '../components/LazySelect';
import { LazyInputNumber } from '../components/LazyInputNumber';

interface CreateValues {
  title: string;
  fieldCodes: string[];
  startsAt: string;
  endsAt: string;
  venue?: string;
  slotMinutes: number;
  tables: number;
  capacity?: number | null;
  registrationDeadline?: string;
}

/** Administrators: every event (drafts too), newest first, and the form that creates one. */
export default function AdminEventsPage() {
  const { t } = useTranslation('events');
  const language = currentLanguage();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AdminEventsQuery, variables: { first: 100 }, requestPolicy: 'cache-and-network' });
  const events = data?.events.edges.map((edge) => edge.node) ?? [];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('title.list')}
      </Typography.Title>
      <CreateEventForm />
      <section aria-labelledby="tb-events-list">
        <Typography.Title level={2} id="tb-events-list" style={{ fontSize: 18 }}>
          {t('list.count', { count: data?.events.totalCount ?? 0 })}
        </Typography.Title>
        <QueryState
          fetching={fetching}
          error={error}
          empty={!data || events.length === 0}
          emptyText={t('list.empty')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        >
          <List
            dataSource={events}
            renderItem={(event) => (
              <List.Item key={event.id} data-testid="admin-event-row">
                <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                  <Link to={`/admin/events/${event.id}`} style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                    {event.title}
                  </Link>
                  <Space size={[4, 4]} wrap>
                    <Tag>{t(`translation:eventStatus.${event.status}`)}</Tag>
                    <Typography.Text type="secondary">
                      {formatDate(event.startsAt, language, true)} · {t('list.registered', { count: event.registeredOrganizations })}
                    </Typography.Text>
                  </Space>
                </Space>
              </List.Item>
            )}
          />
        </QueryState>
      </section>
    </Space>
  );
}

function CreateEventForm() {
  const { t } = useTranslation('events');
  const fields = useIndustryFields();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { formProps, applyError, generalError, clearDraft } = useServerForm<CreateValues>({ draftKey: 'admin-event' });
  const [{ fetching }, create] = useMutation(CreateEventMutation);
  const required = (field: string) => [{ required: true, message: t('form.required', { field }) }];

  const submit = async (values: CreateValues) => {
    const result = await create({
      input: {
        title: values.title,
        fieldCodes: values.fieldCodes,
        startsAt: localInputToIso(values.startsAt) ?? values.startsAt,
        endsAt: localInputToIso(values.endsAt) ?? values.endsAt,
        venue: values.venue?.trim() ? values.venue : null,
        slotMinutes: values.slotMinutes,
        tables: values.tables,
        capacity: values.capacity ?? null,
        registrationDeadline: localInputToIso(values.registrationDeadline),
      },
    });
    if (result.error || !result.data) {
      if (result.error) applyError(result.error);
      return;
    }
    clearDraft();
    void message.success(t('form.created'));
    await navigate(`/admin/events/${result.data.createEvent.id}`);
  };

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('title.create')}</h2>} size="small">
      <Form<CreateValues> {...formProps} layout="vertical" onFinish={submit} initialValues={{ slotMinutes: 20, tables: 4 }} data-testid="create-event-form">
        <Form.Item name="title" label={t('form.title')} rules={required(t('form.title'))}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="fieldCodes" label={t('form.fields')} rules={required(t('form.fields'))} extra={t('form.fieldsHint')}>
          <LazySelect
            mode="multiple"
            showSearch
            optionFilterProp="label"
            options={fields.fields.map((field) => ({ value: field.code, label: `${field.name} (${field.code})` }))}
          />
        </Form.Item>
        <Space wrap size="middle" align="start">
          <Form.Item name="startsAt" label={t('form.startsAt')} rules={required(t('form.startsAt'))}>
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item name="endsAt" label={t('form.endsAt')} rules={required(t('form.endsAt'))}>
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item name="registrationDeadline" label={t('form.deadline')}>
            <Input type="datetime-local" />
          </Form.Item>
        </Space>
        <Form.Item name="venue" label={t('form.venue')}>
          <Input maxLength={200} />
        </Form.Item>
        <Space wrap size="middle" align="start">
          <Form.Item name="slotMinutes" label={t('form.slotMinutes')} rules={required(t('form.slotMinutes'))}>
            <LazyInputNumber min={5} max={240} />
          </Form.Item>
          <Form.Item name="tables" label={t('form.tables')} rules={required(t('form.tables'))}>
            <LazyInputNumber min={1} max={500} />
          </Form.Item>
          <Form.Item name="capacity" label={t('form.capacity')}>
            <LazyInputNumber min={1} max={10000} />
          </Form.Item>
        </Space>
        {generalError && (
          <Typography.Paragraph type="danger" role="alert">
            {generalError}
          </Typography.Paragraph>
        )}
        <Button type="primary" htmlType="submit" loading={fetching}>
          {t('form.submit')}
        </Button>
      </Form>
    </Card>
  );
}
