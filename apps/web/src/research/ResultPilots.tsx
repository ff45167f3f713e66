import './messages';
import { App, Button, Card, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { RequestPilotBookingMutation, ResultPilotsQuery } from './documents';
import { QueryState } from './QueryState';
import { serverFieldErrors } from '../components/server-errors';
import { useServerForm } from '../components/useServerForm';
import { LazyRangePicker } from '../components/LazyDatePicker';
import { FormError } from '../components/FormError';

interface BookingValues {
  range: [Dayjs, Dayjs];
  note?: string;
}

/** Pilot-scale platforms suggested for a published result that needs trials, and a booking request to one. */
export function ResultPilots({ id }: { id: string }) {
  const { t, i18n } = useTranslation('research');
  const { message } = App.useApp();
  const english = i18n.language.startsWith('en');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ResultPilotsQuery,
    variables: { id },
  });
  const [booking, requestBooking] = useMutation(RequestPilotBookingMutation);
  const [platform, setPlatform] = useState<{ id: string; name: string } | null>(null);
  const { form, formProps, applyError, generalError, setGeneralError } = useServerForm<BookingValues>();
  const suggestions = data?.result?.suggestedPilotPlatforms ?? [];

  const send = async (values: BookingValues) => {
    if (!platform) return;
    setGeneralError(undefined);
    // A range starting today starts now: the server takes only future starts.
    const start = values.range[0].startOf('day');
    const from = start.isBefore(dayjs()) ? dayjs().add(5, 'minute') : start;
    const response = await requestBooking({
      input: {
        platformId: platform.id,
        resultId: id,
        from: from.toISOString(),
        to: values.range[1].endOf('day').add(1, 'millisecond').toISOString(),
        note: values.note || null,
      },
    });
    if (response.error) {
      applyError(response.error);
      const fields = serverFieldErrors(response.error);
      const range = [...(fields['input.from'] ?? []), ...(fields['input.to'] ?? [])];
      if (range.length > 0) form.setFields([{ name: 'range', errors: range }]);
      return;
    }
    message.success(t('message.bookingSent'));
    setPlatform(null);
    form.resetFields();
  };

  return (
    <QueryState
      fetching={fetching}
      error={error}
      empty={!data || suggestions.length === 0}
      emptyText={
        <Space direction="vertical" size={0}>
          <span>{t('empty.pilots')}</span>
          <Typography.Text type="secondary">{t('empty.pilotsWhy')}</Typography.Text>
        </Space>
      }
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
    >
      <List
        dataSource={suggestions}
        renderItem={(suggestion) => (
          <List.Item key={suggestion.platform.id}>
            <Card
              size="small"
              style={{ width: '100%' }}
              title={suggestion.platform.name}
              extra={<Tag color="#1456d9">{`${t('detail.pilotScore')} ${suggestion.score}`}</Tag>}
            >
              <Space direction="vertical" size={4} style={{ width: '100%' }}>
                <Typography.Text type="secondary">
                  {suggestion.platform.operator.name}
                  {suggestion.platform.district ? ` · ${suggestion.platform.district}` : ''}
                </Typography.Text>
                <div>
                  {suggestion.platform.capabilities.map((capability) => (
                    <Tag key={capability}>{capability}</Tag>
                  ))}
                </div>
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {suggestion.reasons.map((reason) => (
                    <li key={reason.factor}>
                      {english ? reason.en : reason.zh} <Typography.Text type="secondary">(+{reason.points})</Typography.Text>
                    </li>
                  ))}
                </ul>
                <Button
                  type="primary"
                  onClick={() =>
                    setPlatform({
                      id: suggestion.platform.id,
                      name: suggestion.platform.name,
                    })
                  }
                >
                  {t('action.book')}
                </Button>
              </Space>
            </Card>
          </List.Item>
        )}
      />
      <Modal open={!!platform} title={`${t('action.book')} · ${platform?.name ?? ''}`} onCancel={() => setPlatform(null)} footer={null} destroyOnHidden>
        <Form<BookingValues> {...formProps} layout="vertical" onFinish={send} name="booking">
          <FormError error={generalError} />
          <Form.Item
            name="range"
            label={t('detail.bookingRange')}
            rules={[
              {
                required: true,
                message: t('rule.required', {
                  field: t('detail.bookingRange'),
                }),
              },
            ]}
          >
            <LazyRangePicker style={{ width: '100%' }} disabledDate={(day) => day.isBefore(new Date(), 'day')} />
          </Form.Item>
          <Form.Item name="note" label={t('detail.bookingNote')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={booking.fetching}>
              {t('action.sendBooking')}
            </Button>
            <Button onClick={() => setPlatform(null)}>{t('action.cancel')}</Button>
          </Space>
        </Form>
      </Modal>
    </QueryState>
  );
}
