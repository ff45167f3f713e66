import { Button, Calendar, Grid, List, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../components/format';
import type { Booking } from './PilotAdminPage';

export default function ApprovedCalendar({ bookings }: { bookings: Booking[] }) {
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
