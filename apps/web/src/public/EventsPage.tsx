import { CalendarOutlined, EnvironmentOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate } from '../components/format';
import { PageState } from '../components/PageState';
import { graphql } from '../gql';
import type { EventStatus } from '../gql/graphql';
import { currentLanguage } from '../i18n';
import { useIndustryFields } from './useIndustryFields';

const EventsDocument = graphql(`
  query PublicEvents($first: Int, $after: String) {
    events(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          startsAt
          endsAt
          venue
          capacity
          registrationDeadline
          registeredOrganizations
          fieldCodes
          tables
          slotMinutes
        }
      }
    }
  }
`);

const STATUS_COLOR: Record<EventStatus, string | undefined> = { OPEN: 'green', SCHEDULED: 'blue', COMPLETED: undefined, CANCELLED: 'red', DRAFT: undefined };
const PAGE = 12;

/** One page of events; "load more" follows the connection's cursor. */
function EventsPageChunk({ after, onMore, isLast }: { after?: string; onMore: (cursor: string) => void; isLast: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const fieldNames = useIndustryFields();
  const [{ data, fetching, error }, refetch] = useQuery({ query: EventsDocument, variables: { first: PAGE, after } });
  const events = data?.events.edges.map((edge) => edge.node) ?? [];
  return (
    <PageState
      loading={fetching && !data}
      error={error && !data ? error.message : undefined}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
      empty={!!data && !after && events.length === 0}
      emptyText={t('events.empty')}
    >
      <Row gutter={[16, 16]}>
        {events.map((event) => (
          <Col xs={24} md={12} xl={8} key={event.id}>
            <Card size="small" style={{ height: '100%' }} data-testid="event-card">
              <h2 className="tb-hit-title">
                <Link to={`/matchmaking/${event.id}`}>{event.title}</Link>
              </h2>
              <Space size={[4, 4]} wrap style={{ marginBottom: 8 }}>
                <Tag color={STATUS_COLOR[event.status]}>{t(`eventStatus.${event.status}`)}</Tag>
                {event.fieldCodes.slice(0, 3).map((code) => (
                  <Tag key={code}>{fieldNames.name(code)}</Tag>
                ))}
              </Space>
              <Space orientation="vertical" size={2}>
                <span>
                  <CalendarOutlined aria-hidden /> {formatDate(event.startsAt, language, true)} – {formatDate(event.endsAt, language, true)}
                </span>
                {event.venue && (
                  <span>
                    <EnvironmentOutlined aria-hidden /> {event.venue}
                  </span>
                )}
                <span>
                  <TeamOutlined aria-hidden /> {t('events.registered', { count: event.registeredOrganizations })}
                  {event.capacity ? ` · ${t('events.capacity', { capacity: event.capacity })}` : ''}
                </span>
                <Typography.Text type="secondary">{t('events.tables', { tables: event.tables, minutes: event.slotMinutes })}</Typography.Text>
                {event.registrationDeadline && event.status === 'OPEN' && (
                  <Typography.Text type="secondary">{t('events.deadline', { date: formatDate(event.registrationDeadline, language) })}</Typography.Text>
                )}
              </Space>
            </Card>
          </Col>
        ))}
      </Row>
      {isLast && data?.events.pageInfo.hasNextPage && data.events.pageInfo.endCursor && (
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Button onClick={() => onMore(data.events.pageInfo.endCursor!)}>{t('events.loadMore')}</Button>
        </div>
      )}
    </PageState>
  );
}

export default function EventsPage() {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return (
    <div>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('events.title')}
      </Typography.Title>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {cursors.map((cursor, index) => (
          <EventsPageChunk
            key={cursor ?? 'first'}
            after={cursor}
            isLast={index === cursors.length - 1}
            onMore={(next) => setCursors((list) => [...list, next])}
          />
        ))}
      </Space>
    </div>
  );
}
