/** A meeting as the grid needs it: where it sits (start instant × table). */
export interface GridMeeting {
  id: string;
  startsAt: string;
  table: number;
  status: string;
}

export interface ScheduleGrid<M extends GridMeeting> {
  /** ISO start of every slot of the event, in order. */
  slots: string[];
  tables: number[];
  /** cell(slotIndex, table) → the meeting there, declined ones left out (their seat is free). */
  cell(slot: number, table: number): M | undefined;
}

/**
 * The event's slots × tables, with each live meeting in its cell. Slots are cut from the event's
 * window by its slot length, as the server's scheduler cuts them; a declined meeting frees its seat.
 */
export function scheduleGrid<M extends GridMeeting>(
  event: { startsAt: string; endsAt: string; slotMinutes: number; tables: number },
  meetings: M[],
): ScheduleGrid<M> {
  const start = Date.parse(event.startsAt);
  const step = event.slotMinutes * 60_000;
  const count = Math.max(0, Math.floor((Date.parse(event.endsAt) - start) / step));
  const slots = Array.from({ length: count }, (_, index) => new Date(start + index * step).toISOString());
  const cells = new Map<string, M>();
  for (const meeting of meetings) {
    if (meeting.status === 'DECLINED') continue;
    const index = Math.round((Date.parse(meeting.startsAt) - start) / step);
    cells.set(`${index}:${meeting.table}`, meeting);
  }
  return {
    slots,
    tables: Array.from({ length: event.tables }, (_, index) => index + 1),
    cell: (slot, table) => cells.get(`${slot}:${table}`),
  };
}

/** The slots that hold at least one live meeting (an event of 8 hours and 5-minute slots has 96). */
export function busySlots<M extends GridMeeting>(grid: ScheduleGrid<M>): number[] {
  return grid.slots.map((_, index) => index).filter((index) => grid.tables.some((table) => grid.cell(index, table)));
}

/** Local `YYYY-MM-DDTHH:mm` (an <input type="datetime-local"> value) → ISO instant; null when empty or invalid. */
export function localInputToIso(value: string | undefined | null): string | null {
  if (!value) return null;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
