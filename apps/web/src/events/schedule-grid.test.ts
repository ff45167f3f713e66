import { describe, expect, it } from 'vitest';
import { busySlots, localInputToIso, scheduleGrid } from './schedule-grid';
import { eventsEn, eventsZh } from './i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

const EVENT = { startsAt: '2026-12-03T01:00:00.000Z', endsAt: '2026-12-03T02:00:00.000Z', slotMinutes: 20, tables: 2 };

describe('schedule grid', () => {
  it('cuts the window into whole slots and places each meeting at its slot and table', () => {
    const meetings = [
      { id: 'a', startsAt: '2026-12-03T01:00:00.000Z', table: 1, status: 'CONFIRMED' },
      { id: 'b', startsAt: '2026-12-03T01:40:00.000Z', table: 2, status: 'PROPOSED' },
    ];
    const grid = scheduleGrid(EVENT, meetings);
    expect(grid.slots).toEqual(['2026-12-03T01:00:00.000Z', '2026-12-03T01:20:00.000Z', '2026-12-03T01:40:00.000Z']);
    expect(grid.tables).toEqual([1, 2]);
    expect(grid.cell(0, 1)?.id).toBe('a');
    expect(grid.cell(2, 2)?.id).toBe('b');
    expect(grid.cell(1, 1)).toBeUndefined();
    expect(busySlots(grid)).toEqual([0, 2]);
  });

  it('frees the seat of a declined meeting, so a re-run meeting can take it', () => {
    const grid = scheduleGrid(EVENT, [
      { id: 'declined', startsAt: '2026-12-03T01:00:00.000Z', table: 1, status: 'DECLINED' },
      { id: 'new', startsAt: '2026-12-03T01:00:00.000Z', table: 1, status: 'PROPOSED' },
    ]);
    expect(grid.cell(0, 1)?.id).toBe('new');
    expect(scheduleGrid(EVENT, [{ id: 'x', startsAt: EVENT.startsAt, table: 1, status: 'DECLINED' }]).cell(0, 1)).toBeUndefined();
  });

  it('drops a last partial slot', () => {
    expect(scheduleGrid({ ...EVENT, slotMinutes: 25 }, []).slots).toHaveLength(2);
  });

  it('reads datetime-local values as local time', () => {
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('not a date')).toBeNull();
    expect(localInputToIso('2026-12-03T09:30')).toBe(new Date(2026, 11, 3, 9, 30).toISOString());
  });

  it('has the same keys in both languages', () => {
    expect(keys(eventsEn).sort()).toEqual(keys(eventsZh).sort());
  });
});
