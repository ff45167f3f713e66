import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../components/format';
import type { MeetingFieldsFragment } from '../gql/graphql';
import { currentLanguage } from '../i18n';
import { MeetingCard } from './MeetingCard';
import { busySlots, scheduleGrid } from './schedule-grid';

interface Props {
  event: { startsAt: string; endsAt: string; slotMinutes: number; tables: number };
  meetings: MeetingFieldsFragment[];
}

/** The schedule as a table: a row per slot that holds a meeting, a column per table. */
export function ScheduleGridView({ event, meetings }: Props) {
  const { t } = useTranslation('events');
  const language = currentLanguage();
  const grid = scheduleGrid(event, meetings);
  const rows = busySlots(grid);
  if (rows.length === 0) return <Typography.Paragraph type="secondary">{t('detail.noMeetings')}</Typography.Paragraph>;
  return (
    <div className="tb-grid-scroll" tabIndex={0} role="region" aria-label={t('detail.grid')}>
      <table className="tb-schedule-grid" data-testid="schedule-grid">
        <thead>
          <tr>
            <th scope="col">{t('detail.slot')}</th>
            {grid.tables.map((table) => (
              <th scope="col" key={table}>
                {t('detail.table', { table })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((slot) => (
            <tr key={grid.slots[slot]}>
              <th scope="row">{formatDate(grid.slots[slot], language, true)}</th>
              {grid.tables.map((table) => {
                const meeting = grid.cell(slot, table);
                return (
                  <td key={table}>{meeting ? <MeetingCard meeting={meeting} /> : <Typography.Text type="secondary">{t('detail.free')}</Typography.Text>}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
