import fc from 'fast-check';

import { scheduleMeetings } from './meeting-scheduler';
import { scheduleUpperBound } from './schedule-bound';
import { scheduleViolations } from './schedule-check';
import { CandidatePair, eventSlots, FixedMeeting, ScheduleInput } from './schedule-instance';

const START = Date.UTC(2026, 4, 12, 1, 0);
const MIN = 60_000;

/**
 * Random small events: organizations drawn from one pool so some sit on both sides, scores
 * anywhere in 0..100, a floor, K, an optional break, some declined pairs.
 */
const instanceArb: fc.Arbitrary<ScheduleInput> = fc
  .record({
    slotMinutes: fc.constantFrom(15, 20, 30),
    slotCount: fc.integer({ min: 1, max: 6 }),
    extraMinutes: fc.integer({ min: 0, max: 14 }),
    breakSlot: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    tables: fc.integer({ min: 1, max: 4 }),
    resultOrgs: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 7 }),
    needOrgs: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 7 }),
    scores: fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined, freq: 3 }), { minLength: 49, maxLength: 49 }),
    scoreFloor: fc.integer({ min: 0, max: 80 }),
    k: fc.integer({ min: 0, max: 5 }),
    declinedMask: fc.array(fc.boolean(), { minLength: 49, maxLength: 49 }),
  })
  .map((r) => {
    const pairs: CandidatePair[] = [];
    const declined: { resultId: string; needId: string }[] = [];
    r.resultOrgs.forEach((ro, i) =>
      r.needOrgs.forEach((no, j) => {
        const score = r.scores[i * 7 + j];
        if (score === undefined) return;
        pairs.push({ resultId: `r${i}`, resultOrgId: `o${ro}`, needId: `n${j}`, needOrgId: `o${no}`, score });
        if (r.declinedMask[i * 7 + j] && score % 5 === 0) declined.push({ resultId: `r${i}`, needId: `n${j}` });
      }),
    );
    const endsAt = new Date(START + (r.slotCount * r.slotMinutes + r.extraMinutes) * MIN);
    const breaks =
      r.breakSlot === undefined
        ? []
        : [{ startsAt: new Date(START + (r.breakSlot * r.slotMinutes + 5) * MIN), endsAt: new Date(START + (r.breakSlot * r.slotMinutes + 10) * MIN) }];
    return {
      window: { startsAt: new Date(START), endsAt, slotMinutes: r.slotMinutes, tables: r.tables, breaks },
      pairs,
      config: { scoreFloor: r.scoreFloor, maxMeetingsPerOrg: r.k },
      declined,
    };
  });

/** An instance plus a choice of which of its first schedule's meetings get accepted (then fixed). */
const rerunArb = fc.tuple(instanceArb, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }));

describe('meeting scheduler: properties over random events', () => {
  it('never breaks a rule, with either strategy', () => {
    fc.assert(
      fc.property(instanceArb, fc.constantFrom('improved' as const, 'naive' as const), (input, strategy) => {
        const schedule = scheduleMeetings(input, { strategy });
        expect(scheduleViolations(input, schedule)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('never beats the upper bound, nor does the naive baseline', () => {
    fc.assert(
      fc.property(instanceArb, (input) => {
        const bound = scheduleUpperBound(input);
        expect(scheduleMeetings(input).totalScore).toBeLessThanOrEqual(bound.total + 1e-6);
        expect(scheduleMeetings(input, { strategy: 'naive' }).totalScore).toBeLessThanOrEqual(bound.total + 1e-6);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps accepted meetings in place, never re-proposes declined ones, and stays valid on a re-run', () => {
    fc.assert(
      fc.property(rerunArb, ([input, acceptMask, declineMask]) => {
        const first = scheduleMeetings(input);
        const fixed: FixedMeeting[] = [];
        const declined = [...(input.declined ?? [])];
        first.meetings.forEach((m, i) => {
          if (acceptMask[i % 40]) fixed.push({ ...m });
          else if (declineMask[i % 40]) declined.push({ resultId: m.resultId, needId: m.needId });
        });
        const rerun = { ...input, fixed, declined };
        const second = scheduleMeetings(rerun);
        expect(scheduleViolations(rerun, second)).toEqual([]);
        for (const f of fixed) {
          const kept = second.meetings.find((m) => m.resultId === f.resultId && m.needId === f.needId);
          expect(kept).toMatchObject({ startsAt: f.startsAt, table: f.table, fixed: true });
        }
        // The fixed ones were a valid schedule by themselves, so the re-run keeps at least their score.
        expect(second.totalScore).toBeGreaterThanOrEqual(fixed.reduce((s, f) => s + f.score, 0) - 1e-9);
        expect(second.totalScore).toBeLessThanOrEqual(scheduleUpperBound(rerun).total + 1e-6);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(instanceArb, (input) => {
        expect(scheduleMeetings(input)).toEqual(scheduleMeetings(input));
      }),
      { numRuns: 100 },
    );
  });
});

/** Exhaustive optimum of a tiny instance: every edge either unused or in one slot. */
function bruteForceOptimum(input: ScheduleInput): number {
  const slots = eventSlots(input.window).length;
  const { scoreFloor, maxMeetingsPerOrg: k } = input.config;
  const edges = input.pairs.filter((p) => p.score >= scoreFloor && p.score > 0 && p.resultOrgId !== p.needOrgId);
  let best = 0;
  const slotOrgs = Array.from({ length: slots }, () => new Set<string>());
  const slotLoad = new Array<number>(slots).fill(0);
  const degree = new Map<string, number>();
  const visit = (i: number, total: number): void => {
    if (i === edges.length) {
      best = Math.max(best, total);
      return;
    }
    visit(i + 1, total);
    const e = edges[i];
    if ((degree.get(e.resultOrgId) ?? 0) >= k || (degree.get(e.needOrgId) ?? 0) >= k) return;
    for (let s = 0; s < slots; s++) {
      if (slotLoad[s] >= input.window.tables || slotOrgs[s].has(e.resultOrgId) || slotOrgs[s].has(e.needOrgId)) continue;
      slotOrgs[s].add(e.resultOrgId).add(e.needOrgId);
      slotLoad[s]++;
      degree.set(e.resultOrgId, (degree.get(e.resultOrgId) ?? 0) + 1);
      degree.set(e.needOrgId, (degree.get(e.needOrgId) ?? 0) + 1);
      visit(i + 1, total + e.score);
      degree.set(e.resultOrgId, degree.get(e.resultOrgId)! - 1);
      degree.set(e.needOrgId, degree.get(e.needOrgId)! - 1);
      slotLoad[s]--;
      slotOrgs[s].delete(e.resultOrgId);
      slotOrgs[s].delete(e.needOrgId);
    }
  };
  visit(0, 0);
  return best;
}

describe('schedule upper bound against the exhaustive optimum of tiny events', () => {
  const tinyArb = fc
    .record({
      slots: fc.integer({ min: 1, max: 3 }),
      tables: fc.integer({ min: 1, max: 3 }),
      k: fc.integer({ min: 0, max: 3 }),
      edges: fc.array(fc.record({ ro: fc.integer({ min: 0, max: 3 }), no: fc.integer({ min: 0, max: 3 }), score: fc.integer({ min: 1, max: 100 }) }), {
        maxLength: 6,
      }),
    })
    .map((r): ScheduleInput => ({
      window: { startsAt: new Date(START), endsAt: new Date(START + r.slots * 30 * MIN), slotMinutes: 30, tables: r.tables },
      pairs: r.edges.map((e, i) => ({ resultId: `r${i}`, resultOrgId: `o${e.ro}`, needId: `n${i}`, needOrgId: `o${e.no}`, score: e.score })),
      config: { scoreFloor: 0, maxMeetingsPerOrg: r.k },
    }));

  it('scheduler ≤ exhaustive optimum ≤ bound', () => {
    fc.assert(
      fc.property(tinyArb, (input) => {
        const optimum = bruteForceOptimum(input);
        expect(scheduleMeetings(input).totalScore).toBeLessThanOrEqual(optimum + 1e-9);
        expect(scheduleUpperBound(input).total).toBeGreaterThanOrEqual(optimum - 1e-9);
      }),
      { numRuns: 500 },
    );
  });
});
