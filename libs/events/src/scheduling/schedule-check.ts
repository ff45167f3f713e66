import { Schedule } from './meeting-scheduler';
import { eventSlots, pairKey, ScheduleInput } from './schedule-instance';

/**
 * Every rule a schedule must keep, checked from scratch against the input (independently of how
 * the scheduler works). Empty when the schedule is valid. The property tests run it on random
 * instances; a service may run it before persisting a schedule.
 */
export function scheduleViolations(input: ScheduleInput, schedule: Schedule): string[] {
  const problems: string[] = [];
  const slots = eventSlots(input.window);
  const { tables } = input.window;
  const { scoreFloor, maxMeetingsPerOrg } = input.config;
  const fixedByPair = new Map((input.fixed ?? []).map((f) => [pairKey(f.resultId, f.needId), f]));
  const declined = new Set((input.declined ?? []).map((d) => pairKey(d.resultId, d.needId)));
  const candidates = new Map<string, number>();
  for (const p of input.pairs) {
    const key = pairKey(p.resultId, p.needId);
    candidates.set(key, Math.max(candidates.get(key) ?? -Infinity, p.score));
  }
  const seenPairs = new Set<string>();
  const orgSlot = new Set<string>();
  const tableSlot = new Set<string>();
  const perSlot = new Map<number, number>();
  const perOrg = new Map<string, number>();
  const newPerOrg = new Map<string, number>();

  for (const m of schedule.meetings) {
    const key = pairKey(m.resultId, m.needId);
    const label = `${m.resultId}×${m.needId}`;
    const slot = slots[m.slotIndex];
    if (!slot || slot.startsAt.getTime() !== m.startsAt.getTime() || slot.endsAt.getTime() !== m.endsAt.getTime())
      problems.push(`${label}: not on a slot of the window`);
    if (m.startsAt < input.window.startsAt || m.endsAt > input.window.endsAt) problems.push(`${label}: outside the window`);
    if (!Number.isInteger(m.table) || m.table < 1 || m.table > tables) problems.push(`${label}: table ${m.table} outside 1..${tables}`);
    if (seenPairs.has(key)) problems.push(`${label}: pair scheduled twice`);
    seenPairs.add(key);
    for (const org of new Set([m.resultOrgId, m.needOrgId])) {
      const mark = `${org}@${m.slotIndex}`;
      if (orgSlot.has(mark)) problems.push(`${label}: ${org} double-booked in slot ${m.slotIndex}`);
      orgSlot.add(mark);
    }
    if (m.resultOrgId === m.needOrgId) problems.push(`${label}: an organization meets itself`);
    const tableMark = `${m.slotIndex}#${m.table}`;
    if (tableSlot.has(tableMark)) problems.push(`${label}: table ${m.table} taken twice in slot ${m.slotIndex}`);
    tableSlot.add(tableMark);
    perSlot.set(m.slotIndex, (perSlot.get(m.slotIndex) ?? 0) + 1);
    for (const org of [m.resultOrgId, m.needOrgId]) perOrg.set(org, (perOrg.get(org) ?? 0) + 1);

    const fixed = fixedByPair.get(key);
    if (fixed) {
      if (fixed.startsAt.getTime() !== m.startsAt.getTime() || fixed.table !== m.table) problems.push(`${label}: fixed meeting moved`);
    } else {
      for (const org of [m.resultOrgId, m.needOrgId]) newPerOrg.set(org, (newPerOrg.get(org) ?? 0) + 1);
      if (declined.has(key)) problems.push(`${label}: declined pair proposed`);
      const score = candidates.get(key);
      if (score === undefined) problems.push(`${label}: not a candidate pair`);
      else if (score < scoreFloor || m.score < scoreFloor) problems.push(`${label}: score ${m.score} under the floor ${scoreFloor}`);
    }
  }
  for (const f of input.fixed ?? []) if (!seenPairs.has(pairKey(f.resultId, f.needId))) problems.push(`${f.resultId}×${f.needId}: fixed meeting dropped`);
  for (const [slot, count] of perSlot) if (count > tables) problems.push(`slot ${slot}: ${count} meetings for ${tables} tables`);
  // Fixed meetings may already exceed K (they are kept as they are); new ones must never add to an excess.
  for (const [org, count] of perOrg) {
    if (count > maxMeetingsPerOrg && (newPerOrg.get(org) ?? 0) > 0) problems.push(`${org}: ${count} meetings, more than K = ${maxMeetingsPerOrg}`);
  }
  const total = schedule.meetings.reduce((sum, m) => sum + m.score, 0);
  if (Math.abs(total - schedule.totalScore) > 1e-6) problems.push(`totalScore ${schedule.totalScore} is not the sum ${total}`);
  return problems;
}
