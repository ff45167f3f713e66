import { EventStatus } from './event-status.enum';
import { acceptsRegistrations, canMoveEvent, canSchedule, EVENT_TRANSITIONS } from './event-status.machine';

const ALL = Object.values(EventStatus);
const ALLOWED = new Set(['DRAFT>OPEN', 'OPEN>SCHEDULED', 'SCHEDULED>COMPLETED', 'DRAFT>CANCELLED', 'OPEN>CANCELLED', 'SCHEDULED>CANCELLED']);

describe('event status machine', () => {
  it('has a row for every status', () => {
    expect(Object.keys(EVENT_TRANSITIONS).sort()).toEqual([...ALL].sort());
  });

  describe.each(ALL.flatMap((from) => ALL.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    it(ALLOWED.has(`${from}>${to}`) ? 'is allowed' : 'is refused', () => {
      expect(canMoveEvent(from, to)).toBe(ALLOWED.has(`${from}>${to}`));
    });
  });

  it('takes registrations only while open, and schedules when open or already scheduled', () => {
    expect(ALL.filter(acceptsRegistrations)).toEqual([EventStatus.OPEN]);
    expect(ALL.filter(canSchedule)).toEqual([EventStatus.OPEN, EventStatus.SCHEDULED]);
  });
});
