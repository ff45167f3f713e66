/**
 * Shared vocabulary of the meeting scheduler and its upper bound: the problem as callers state it
 * (ids, times) and the dense, index-based form both algorithms work on.
 */

export interface EventWindow {
  startsAt: Date;
  endsAt: Date;
  slotMinutes: number;
  /** Tables in the room: at most this many meetings run at the same time. */
  tables: number;
  /** Slots that overlap a break are not used. */
  breaks?: { startsAt: Date; endsAt: Date }[];
}

export interface CandidatePair {
  resultId: string;
  resultOrgId: string;
  needId: string;
  needOrgId: string;
  /** Match score 0–100. */
  score: number;
}

/** A meeting that already stands (accepted or confirmed): it keeps its slot and table. */
export interface FixedMeeting extends CandidatePair {
  startsAt: Date;
  /** 1-based table number. */
  table: number;
}

export interface SchedulerConfig {
  /** Pairs scoring below this are never proposed. */
  scoreFloor: number;
  /** K: meetings per organization over the whole event, counting both sides. */
  maxMeetingsPerOrg: number;
}

export interface ScheduleInput {
  window: EventWindow;
  pairs: CandidatePair[];
  config: SchedulerConfig;
  fixed?: FixedMeeting[];
  /** Pairs a party declined: never proposed again. */
  declined?: { resultId: string; needId: string }[];
}

export interface Slot {
  index: number;
  startsAt: Date;
  endsAt: Date;
}

export class ScheduleInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScheduleInputError';
  }
}

const MINUTE = 60_000;

/** The usable slots: back to back from the start, wholly inside the window, none overlapping a break. */
export function eventSlots(window: EventWindow): Slot[] {
  const start = window.startsAt.getTime();
  const end = window.endsAt.getTime();
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) throw new ScheduleInputError('the event must end after it starts');
  if (!Number.isInteger(window.slotMinutes) || window.slotMinutes < 1) throw new ScheduleInputError('slotMinutes must be a positive whole number');
  if (!Number.isInteger(window.tables) || window.tables < 1) throw new ScheduleInputError('tables must be a positive whole number');
  const breaks = (window.breaks ?? []).map((b) => [b.startsAt.getTime(), b.endsAt.getTime()] as const);
  const slots: Slot[] = [];
  for (let from = start; from + window.slotMinutes * MINUTE <= end; from += window.slotMinutes * MINUTE) {
    const to = from + window.slotMinutes * MINUTE;
    if (breaks.some(([bs, be]) => bs < to && from < be)) continue;
    slots.push({ index: slots.length, startsAt: new Date(from), endsAt: new Date(to) });
  }
  return slots;
}

export const pairKey = (resultId: string, needId: string): string => `${resultId}\u0000${needId}`;

/** A candidate that survived the floor, the declines and the de-duplication, with dense org indexes. */
export interface DenseEdge {
  pair: CandidatePair;
  score: number;
  /** Org index of the result side and of the need side. */
  a: number;
  b: number;
}

export interface DenseFixed {
  meeting: FixedMeeting;
  a: number;
  b: number;
  slot: number;
  table: number;
}

export interface DenseInstance {
  slots: Slot[];
  tables: number;
  orgIds: string[];
  /** Meetings each organization may still take: min(K, slots) minus its fixed meetings (never below 0). */
  capacity: number[];
  /** Meetings the fixed ones leave in the room. */
  roomLeft: number;
  edges: DenseEdge[];
  fixed: DenseFixed[];
}

/**
 * Validates the input and reduces it to what both algorithms need. Pairs are kept when they score
 * at least the floor and above 0, were not declined, are not already a fixed meeting, and join two
 * different organizations (an organization does not meet itself). Duplicate pairs keep their best score.
 */
export function densify(input: ScheduleInput): DenseInstance {
  const slots = eventSlots(input.window);
  const { scoreFloor, maxMeetingsPerOrg } = input.config;
  if (!Number.isInteger(maxMeetingsPerOrg) || maxMeetingsPerOrg < 0) throw new ScheduleInputError('maxMeetingsPerOrg must be a whole number ≥ 0');
  if (!Number.isFinite(scoreFloor)) throw new ScheduleInputError('scoreFloor must be a number');
  const orgIndex = new Map<string, number>();
  const orgIds: string[] = [];
  const org = (id: string): number => {
    let index = orgIndex.get(id);
    if (index === undefined) {
      index = orgIds.length;
      orgIndex.set(id, index);
      orgIds.push(id);
    }
    return index;
  };

  const bySlotStart = new Map(slots.map((slot) => [slot.startsAt.getTime(), slot.index]));
  const fixed: DenseFixed[] = [];
  const taken = new Set<string>();
  const busy = new Set<string>();
  for (const meeting of input.fixed ?? []) {
    const slot = bySlotStart.get(meeting.startsAt.getTime());
    if (slot === undefined) throw new ScheduleInputError(`fixed meeting ${meeting.resultId}/${meeting.needId} does not start on a slot of the event`);
    if (!Number.isInteger(meeting.table) || meeting.table < 1 || meeting.table > input.window.tables) {
      throw new ScheduleInputError(`fixed meeting ${meeting.resultId}/${meeting.needId} sits at table ${meeting.table}, outside 1..${input.window.tables}`);
    }
    const key = pairKey(meeting.resultId, meeting.needId);
    const a = org(meeting.resultOrgId);
    const b = org(meeting.needOrgId);
    for (const mark of [`p${key}`, `t${slot}:${meeting.table}`, `o${slot}:${a}`, `o${slot}:${b}`]) {
      if (busy.has(mark)) throw new ScheduleInputError(`fixed meetings collide (${meeting.resultId}/${meeting.needId} in slot ${slot})`);
      busy.add(mark);
    }
    taken.add(key);
    fixed.push({ meeting, a, b, slot, table: meeting.table });
  }
  for (const d of input.declined ?? []) taken.add(pairKey(d.resultId, d.needId));

  const best = new Map<string, DenseEdge>();
  for (const pair of input.pairs) {
    if (!Number.isFinite(pair.score) || pair.score < 0 || pair.score > 100)
      throw new ScheduleInputError(`score of ${pair.resultId}/${pair.needId} is outside 0..100`);
    if (pair.score < scoreFloor || pair.score <= 0 || pair.resultOrgId === pair.needOrgId) continue;
    const key = pairKey(pair.resultId, pair.needId);
    if (taken.has(key)) continue;
    const previous = best.get(key);
    if (previous && previous.score >= pair.score) continue;
    best.set(key, { pair, score: pair.score, a: org(pair.resultOrgId), b: org(pair.needOrgId) });
  }
  const edges = [...best.values()];

  const perOrg = Math.min(maxMeetingsPerOrg, slots.length);
  const capacity = orgIds.map(() => perOrg);
  for (const f of fixed) {
    capacity[f.a] = Math.max(0, capacity[f.a] - 1);
    capacity[f.b] = Math.max(0, capacity[f.b] - 1);
  }
  return { slots, tables: input.window.tables, orgIds, capacity, roomLeft: Math.max(0, slots.length * input.window.tables - fixed.length), edges, fixed };
}
