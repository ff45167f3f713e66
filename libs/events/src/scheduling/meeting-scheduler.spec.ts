import { scheduleMeetings } from './meeting-scheduler';
import { scheduleUpperBound } from './schedule-bound';
import { scheduleViolations } from './schedule-check';
import { CandidatePair, eventSlots, FixedMeeting, ScheduleInput, ScheduleInputError } from './schedule-instance';

const at = (hhmm: string) => new Date(`2026-03-18T${hhmm}:00Z`);

/** Four results of four universities, four needs of four enterprises: the acceptance event. */
function acceptanceEvent(): ScheduleInput {
  const scores = [
    [95, 80, 30, 60],
    [85, 90, 70, 20],
    [10, 75, 88, 65],
    [55, 45, 92, 81],
  ];
  const pairs: CandidatePair[] = [];
  scores.forEach((row, i) =>
    row.forEach((score, j) => pairs.push({ resultId: `r${i + 1}`, resultOrgId: `U${i + 1}`, needId: `n${j + 1}`, needOrgId: `E${j + 1}`, score })),
  );
  return {
    window: { startsAt: at('09:00'), endsAt: at('10:00'), slotMinutes: 20, tables: 2 },
    pairs,
    config: { scoreFloor: 50, maxMeetingsPerOrg: 2 },
  };
}

describe('eventSlots', () => {
  it('cuts the window into whole slots and skips those overlapping a break', () => {
    const slots = eventSlots({
      startsAt: at('09:00'),
      endsAt: at('11:10'),
      slotMinutes: 30,
      tables: 1,
      breaks: [{ startsAt: at('10:00'), endsAt: at('10:15') }],
    });
    expect(slots.map((s) => s.startsAt.toISOString().slice(11, 16))).toEqual(['09:00', '09:30', '10:30']);
    expect(slots.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(slots[2].endsAt).toEqual(at('11:00'));
  });

  it('refuses a window that ends before it starts, and bad slot or table counts', () => {
    expect(() => eventSlots({ startsAt: at('10:00'), endsAt: at('09:00'), slotMinutes: 20, tables: 1 })).toThrow(ScheduleInputError);
    expect(() => eventSlots({ startsAt: at('09:00'), endsAt: at('10:00'), slotMinutes: 0, tables: 1 })).toThrow('slotMinutes');
    expect(() => eventSlots({ startsAt: at('09:00'), endsAt: at('10:00'), slotMinutes: 20, tables: 0 })).toThrow('tables');
  });
});

describe('scheduleMeetings on the 4 × 4 acceptance event', () => {
  it('meets every rule and reaches the relaxed optimum', () => {
    const input = acceptanceEvent();
    const schedule = scheduleMeetings(input);
    expect(scheduleViolations(input, schedule)).toEqual([]);
    // 3 slots × 2 tables; K = 2 for 8 organizations allows 8: the room (6) is the limit.
    expect(schedule.meetings).toHaveLength(6);
    expect(schedule.meetings.every((m) => m.score >= 50)).toBe(true);
    expect(schedule.totalScore).toBeCloseTo(scheduleUpperBound(input).total, 6);
    // The six best pairs that fit K = 2: 95, 92, 90, 88, 85, 81.
    expect(schedule.totalScore).toBe(95 + 92 + 90 + 88 + 85 + 81);
    for (const m of schedule.meetings) {
      expect(m.endsAt.getTime() - m.startsAt.getTime()).toBe(20 * 60_000);
      expect(m.fixed).toBe(false);
    }
  });

  it('after a decline, a re-run fills the freed slot without moving the accepted meetings', () => {
    const input = acceptanceEvent();
    const first = scheduleMeetings(input);
    const declinedMeeting = first.meetings.find((m) => m.resultId === 'r1' && m.needId === 'n1')!;
    expect(declinedMeeting).toBeDefined();
    const fixed: FixedMeeting[] = first.meetings.filter((m) => m !== declinedMeeting);
    const rerun: ScheduleInput = { ...input, fixed, declined: [{ resultId: 'r1', needId: 'n1' }] };
    const second = scheduleMeetings(rerun);
    expect(scheduleViolations(rerun, second)).toEqual([]);
    expect(second.meetings).toHaveLength(6);
    for (const f of fixed) {
      expect(second.meetings).toContainEqual(
        expect.objectContaining({ resultId: f.resultId, needId: f.needId, startsAt: f.startsAt, table: f.table, fixed: true }),
      );
    }
    const filled = second.meetings.filter((m) => !m.fixed);
    expect(filled).toHaveLength(1);
    expect(filled[0]).toMatchObject({ startsAt: declinedMeeting.startsAt, table: declinedMeeting.table });
    expect(filled[0].resultId === 'r1' && filled[0].needId === 'n1').toBe(false);
  });

  it('proposes nothing when every pair is under the floor or declined', () => {
    const input = acceptanceEvent();
    expect(scheduleMeetings({ ...input, config: { ...input.config, scoreFloor: 99 } }).meetings).toEqual([]);
    const declined = input.pairs.map((p) => ({ resultId: p.resultId, needId: p.needId }));
    expect(scheduleMeetings({ ...input, declined }).meetings).toEqual([]);
  });
});

describe('scheduleMeetings: slot repair', () => {
  // First-fit greedy seats A–X and B–Y in slot 0 and C–X in slot 1; C–Y then finds no common free
  // slot. Moving B–Y to slot 1 (an alternating-path swap) frees slot 0 for C–Y.
  const input: ScheduleInput = {
    window: { startsAt: at('09:00'), endsAt: at('10:00'), slotMinutes: 30, tables: 3 },
    pairs: [
      { resultId: 'a', resultOrgId: 'A', needId: 'x', needOrgId: 'X', score: 100 },
      { resultId: 'b', resultOrgId: 'B', needId: 'y', needOrgId: 'Y', score: 90 },
      { resultId: 'c', resultOrgId: 'C', needId: 'x', needOrgId: 'X', score: 80 },
      { resultId: 'c', resultOrgId: 'C', needId: 'y', needOrgId: 'Y', score: 70 },
    ],
    config: { scoreFloor: 0, maxMeetingsPerOrg: 2 },
  };

  it('the naive baseline misses a meeting the scheduler places', () => {
    const naive = scheduleMeetings(input, { strategy: 'naive' });
    const improved = scheduleMeetings(input);
    expect(scheduleViolations(input, naive)).toEqual([]);
    expect(scheduleViolations(input, improved)).toEqual([]);
    expect(naive.totalScore).toBe(270);
    expect(improved.totalScore).toBe(340);
    expect(scheduleUpperBound(input).total).toBe(340);
  });
});

describe('scheduleMeetings: organizations and inputs', () => {
  it('never pairs an organization with itself, and counts both sides against K', () => {
    const input: ScheduleInput = {
      window: { startsAt: at('09:00'), endsAt: at('11:00'), slotMinutes: 30, tables: 5 },
      pairs: [
        { resultId: 'p1', resultOrgId: 'P', needId: 'q1', needOrgId: 'P', score: 99 },
        { resultId: 'p1', resultOrgId: 'P', needId: 'e1', needOrgId: 'E', score: 90 },
        { resultId: 'u1', resultOrgId: 'U', needId: 'q1', needOrgId: 'P', score: 85 },
        { resultId: 'u2', resultOrgId: 'U', needId: 'q2', needOrgId: 'P', score: 80 },
      ],
      config: { scoreFloor: 0, maxMeetingsPerOrg: 2 },
    };
    const schedule = scheduleMeetings(input);
    expect(scheduleViolations(input, schedule)).toEqual([]);
    expect(schedule.meetings.map((m) => `${m.resultId}-${m.needId}`).sort()).toEqual(['p1-e1', 'u1-q1']);
  });

  it('refuses a fixed meeting that is not on a slot of the event, or at a table the room lacks', () => {
    const input = acceptanceEvent();
    const base = { resultId: 'r1', resultOrgId: 'U1', needId: 'n1', needOrgId: 'E1', score: 95 };
    expect(() => scheduleMeetings({ ...input, fixed: [{ ...base, startsAt: at('09:05'), table: 1 }] })).toThrow(ScheduleInputError);
    expect(() => scheduleMeetings({ ...input, fixed: [{ ...base, startsAt: at('09:00'), table: 3 }] })).toThrow('table 3');
  });

  it('refuses fixed meetings that collide', () => {
    const input = acceptanceEvent();
    const fixed: FixedMeeting[] = [
      { resultId: 'r1', resultOrgId: 'U1', needId: 'n1', needOrgId: 'E1', score: 95, startsAt: at('09:00'), table: 1 },
      { resultId: 'r1', resultOrgId: 'U1', needId: 'n2', needOrgId: 'E2', score: 80, startsAt: at('09:00'), table: 2 },
    ];
    expect(() => scheduleMeetings({ ...input, fixed })).toThrow('collide');
  });

  it('refuses a score outside 0..100', () => {
    const input = acceptanceEvent();
    expect(() => scheduleMeetings({ ...input, pairs: [{ ...input.pairs[0], score: 101 }] })).toThrow(ScheduleInputError);
  });
});
