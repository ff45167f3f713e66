import { Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../components/format';
import type { EventStatus } from '../gql/graphql';
import { currentLanguage } from '../i18n';
import { useIndustryFields } from '../public/useIndustryFields';

export interface EventHeading {
  title: string;
  status: EventStatus;
  fieldCodes: string[];
  startsAt: string;
  endsAt: string;
  venue?: string | null;
  tables: number;
  slotMinutes: number;
}

/** An event's title, status and field tags, when and where, and its slots: the top of the admin's and the participants' event pages. */
export function EventHeader({ event, tags }: { event: EventHeading; tags?: ReactNode }) {
  const { t } = useTranslation('events');
  const language = currentLanguage();
  const fields = useIndustryFields();
  return (
    <div>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0, overflowWrap: 'anywhere' }}>
        {event.title}
      </Typography.Title>
      <Space size={[4, 4]} wrap style={{ marginTop: 8 }}>
        <Tag color="blue" data-testid="event-status">
          {t(`translation:eventStatus.${event.status}`)}
        </Tag>
        {tags}
        {event.fieldCodes.map((code) => (
          <Tag key={code}>{fields.name(code)}</Tag>
        ))}
      </Space>
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
        {t('detail.when', { from: formatDate(event.startsAt, language, true), to: formatDate(event.endsAt, language, true) })}
        {event.venue ? ` · ${event.venue}` : ''}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{t('detail.slots', { tables: event.tables, minutes: event.slotMinutes })}</Typography.Text>
    </div>
  );
}
