import { isCalendarDate } from '@techbridge/platform';

import { DealStage } from './deal-stage.enum';

/** Deadlines are counted in the city's own calendar: Asia/Shanghai, UTC+8 all year (no daylight saving). */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** Working days a deal may spend in a stage before its broker is reminded. */
export const STAGE_DUE_WORKING_DAYS: Readonly<Partial<Record<DealStage, number>>> = {
  /** First broker contact with both parties. */
  [DealStage.INTRODUCED]: 3,
  [DealStage.NEGOTIATING]: 15,
  /** From agreed terms to the signature. */
  [DealStage.TERMS_AGREED]: 10,
};

/** Working days between the first reminder and the escalation to administrators. */
export const ESCALATION_WORKING_DAYS = 2;

export interface WorkingCalendar {
  /** Public holidays as Asia/Shanghai local dates, `YYYY-MM-DD`. */
  holidays: ReadonlySet<string>;
  /**
   * Make-up working days (调休): weekend dates that are worked because a holiday was moved
   * next to a weekend; they count like any weekday.
   */
  workdays?: ReadonlySet<string>;
}

export const PLAIN_CALENDAR: WorkingCalendar = { holidays: new Set() };

/** Parses a comma-separated list of `YYYY-MM-DD` dates (holidays or make-up workdays); throws on anything else. */
export function parseHolidays(text: string): Set<string> {
  const dates = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  for (const date of dates) {
    if (!isCalendarDate(date)) throw new Error(`Not a date: ${date}`);
  }
  return new Set(dates);
}

/** The Asia/Shanghai local date of an instant, as days since 1970-01-01. */
function localDay(instant: Date): number {
  return Math.floor((instant.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS);
}

function dayKey(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(day: number, calendar: WorkingCalendar): boolean {
  const key = dayKey(day);
  if (calendar.workdays?.has(key)) return true;
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !calendar.holidays.has(key);
}

/**
 * The end (24:00 Asia/Shanghai) of the n-th working day after the local date of `from`; the day
 * of `from` itself does not count, so a deal opened on a Friday evening with 3 working days is due
 * at the end of Wednesday.
 */
export function addWorkingDays(from: Date, n: number, calendar: WorkingCalendar = PLAIN_CALENDAR): Date {
  if (!Number.isInteger(n) || n < 0) throw new Error('n must be a whole number of days');
  let day = localDay(from);
  let left = n;
  while (left > 0) {
    day += 1;
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  if (n === 0) return from;
  return new Date((day + 1) * DAY_MS - SHANGHAI_OFFSET_MS);
}

/**
 * When a deal entering `stage` at `enteredAt` falls due: the caller's override if given, else
 * the stage's default; null for final stages.
 */
export function stageDueAt(stage: DealStage, enteredAt: Date, calendar: WorkingCalendar = PLAIN_CALENDAR, override?: Date | null): Date | null {
  const days = STAGE_DUE_WORKING_DAYS[stage];
  if (days === undefined) return null;
  return override ?? addWorkingDays(enteredAt, days, calendar);
}

/** The Asia/Shanghai local date of an instant, `YYYY-MM-DD` (what "today" means for follow-ups). */
export function shanghaiDate(instant: Date): string {
  return dayKey(localDay(instant));
}
