import { MeetingStatus } from './meeting-status.enum';
import { canMoveMeeting, isFixedForRescheduling, MEETING_TRANSITIONS, outcomeStatus, responseStatus } from './meeting-status.machine';

const ALL = Object.values(MeetingStatus);
const ALLOWED = new Set(['PROPOSED>CONFIRMED', 'PROPOSED>DECLINED', 'CONFIRMED>HELD', 'CONFIRMED>NO_SHOW']);

describe('meeting status machine', () => {
  it('has a row for every status', () => {
    expect(Object.keys(MEETING_TRANSITIONS).sort()).toEqual([...ALL].sort());
  });

  describe.each(ALL.flatMap((from) => ALL.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    it(ALLOWED.has(`${from}>${to}`) ? 'is allowed' : 'is refused', () => {
      expect(canMoveMeeting(from, to)).toBe(ALLOWED.has(`${from}>${to}`));
    });
  });

  it('maps answers and outcomes to statuses', () => {
    expect(responseStatus(true)).toBe(MeetingStatus.CONFIRMED);
    expect(responseStatus(false)).toBe(MeetingStatus.DECLINED);
    expect(outcomeStatus(true)).toBe(MeetingStatus.HELD);
    expect(outcomeStatus(false)).toBe(MeetingStatus.NO_SHOW);
  });

  it('keeps confirmed and past meetings fixed on a re-run, and lets proposals and declines go', () => {
    expect(ALL.filter(isFixedForRescheduling)).toEqual([MeetingStatus.CONFIRMED, MeetingStatus.HELD, MeetingStatus.NO_SHOW]);
  });
});
