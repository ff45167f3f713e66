import { DealStage } from './deal-stage.enum';
import { addWorkingDays, parseHolidays, shanghaiDate, stageDueAt } from './due-dates';

/** An instant given in Asia/Shanghai local time. */
const cst = (local: string): Date => new Date(`${local}+08:00`);

describe('working-day due dates (Asia/Shanghai)', () => {
  // 2025-06-02 is a Monday.
  it('counts three working days from a Monday to the end of Thursday', () => {
    expect(addWorkingDays(cst('2025-06-02T10:00:00'), 3)).toEqual(cst('2025-06-06T00:00:00'));
  });

  it('skips the weekend: Friday + 3 → end of Wednesday', () => {
    expect(addWorkingDays(cst('2025-06-06T18:30:00'), 3)).toEqual(cst('2025-06-12T00:00:00'));
  });

  it('starts from the next working day when opened on a weekend', () => {
    expect(addWorkingDays(cst('2025-06-07T09:00:00'), 1)).toEqual(cst('2025-06-10T00:00:00'));
    expect(addWorkingDays(cst('2025-06-08T23:59:00'), 1)).toEqual(cst('2025-06-10T00:00:00'));
  });

  it('uses the Shanghai date, not the UTC one', () => {
    // Sunday 2025-06-08 20:00 UTC is already Monday 04:00 in Shanghai: one working day ends Tuesday.
    expect(addWorkingDays(new Date('2025-06-08T20:00:00Z'), 1)).toEqual(cst('2025-06-11T00:00:00'));
    expect(shanghaiDate(new Date('2025-06-08T20:00:00Z'))).toBe('2025-06-09');
    expect(shanghaiDate(new Date('2025-06-08T15:59:59Z'))).toBe('2025-06-08');
  });

  it('spans several weekends: 15 working days from a Monday end with the Monday three weeks on', () => {
    expect(addWorkingDays(cst('2025-06-02T10:00:00'), 15)).toEqual(cst('2025-06-24T00:00:00'));
  });

  it('skips configured public holidays', () => {
    // Dragon Boat Festival 2025-05-31 (Sat) with 2025-06-02 (Mon) off.
    const calendar = { holidays: parseHolidays('2025-06-02, 2025-10-01') };
    expect(addWorkingDays(cst('2025-05-30T10:00:00'), 1, calendar)).toEqual(cst('2025-06-04T00:00:00'));
    expect(addWorkingDays(cst('2025-05-30T10:00:00'), 1)).toEqual(cst('2025-06-03T00:00:00'));
  });

  it('refuses malformed holiday lists and negative day counts', () => {
    expect(() => parseHolidays('2025-13-45')).toThrow();
    expect(() => parseHolidays('tomorrow')).toThrow();
    expect(() => addWorkingDays(new Date(), -1)).toThrow();
    expect(parseHolidays(' ')).toEqual(new Set());
  });

  it('gives each open stage its default, and final stages none', () => {
    const monday = cst('2025-06-02T10:00:00');
    expect(stageDueAt(DealStage.INTRODUCED, monday)).toEqual(cst('2025-06-06T00:00:00'));
    expect(stageDueAt(DealStage.NEGOTIATING, monday)).toEqual(cst('2025-06-24T00:00:00'));
    expect(stageDueAt(DealStage.TERMS_AGREED, monday)).toEqual(cst('2025-06-17T00:00:00'));
    expect(stageDueAt(DealStage.CONTRACT_SIGNED, monday)).toBeNull();
    expect(stageDueAt(DealStage.LOST, monday)).toBeNull();
  });

  it('takes an override instead of the default', () => {
    const override = cst('2025-07-01T12:00:00');
    expect(stageDueAt(DealStage.NEGOTIATING, cst('2025-06-02T10:00:00'), undefined, override)).toBe(override);
  });

  it('counts make-up working weekends (调休) as working days', () => {
    // National Day 2026: Oct 1–7 off, Sunday Sep 27 and Saturday Oct 10 worked.
    const calendar = { holidays: parseHolidays('2026-10-01,2026-10-02,2026-10-05,2026-10-06,2026-10-07'), workdays: parseHolidays('2026-09-27,2026-10-10') };
    // Friday Sep 25 + 1 working day: Sunday Sep 27 is worked, so due at its end.
    expect(addWorkingDays(cst('2026-09-25T10:00:00'), 1, calendar)).toEqual(cst('2026-09-28T00:00:00'));
    expect(addWorkingDays(cst('2026-09-25T10:00:00'), 1, { holidays: calendar.holidays })).toEqual(cst('2026-09-29T00:00:00'));
    // Wednesday Sep 30 + 3: Thursday Oct 8, Friday Oct 9 and the worked Saturday Oct 10.
    expect(addWorkingDays(cst('2026-09-30T10:00:00'), 3, calendar)).toEqual(cst('2026-10-11T00:00:00'));
  });

  it('refuses impossible dates such as 2026-02-30', () => {
    expect(() => parseHolidays('2026-02-30')).toThrow(/Not a date/);
    expect(() => parseHolidays('2025-02-29')).toThrow(/Not a date/);
    expect([...parseHolidays('2024-02-29')]).toEqual(['2024-02-29']);
  });
});
