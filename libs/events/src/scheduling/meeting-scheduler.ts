import { relaxedOptimum } from './schedule-bound';
import { DenseInstance, densify, ScheduleInput, Slot } from './schedule-instance';

export interface ScheduledMeeting {
  resultId: string;
  resultOrgId: string;
  needId: string;
  needOrgId: string;
  slotIndex: number;
  startsAt: Date;
  endsAt: Date;
  /** 1-based table number. */
  table: number;
  score: number;
  /** True for a meeting given as fixed: same slot and table as before. */
  fixed: boolean;
}

export interface Schedule {
  slots: Slot[];
  /** Every meeting of the event, fixed ones included, by slot then table. */
  meetings: ScheduledMeeting[];
  /** Sum of the scores of all meetings (fixed included). */
  totalScore: number;
}

export interface SchedulerOptions {
  /**
   * `improved` (default): seeds with the relaxed optimum, repairs slot clashes with alternating-path
   * swaps and then trades low-scoring meetings for better unplaced pairs. `naive`: greedy by score,
   * first free slot, nothing else — the baseline the benchmark compares against.
   */
  strategy?: 'improved' | 'naive';
}

/**
 * Builds the 1:1 meeting schedule of an event. Pure: no I/O, no clock, deterministic for a given input.
 *
 * Hard rules, never broken: one meeting per organization per slot (both sides count), at most
 * `tables` meetings per slot, at most K meetings per organization, a pair at most once, only
 * slots inside the window and outside breaks, nothing under the score floor, declined pairs never,
 * fixed meetings where they were. Within those, the total score is maximised heuristically; the
 * benchmark compares it with `scheduleUpperBound`.
 *
 * Slots are colours of an edge colouring of the organization graph: a meeting is an edge between
 * two organizations, and each slot's meetings must form a matching. A new meeting goes into a slot
 * free for both organizations; when none is, an alternating path of two slots is swapped
 * (a Kempe chain, as in König's edge-colouring proof) so that one becomes free for both.
 */
export function scheduleMeetings(input: ScheduleInput, options: SchedulerOptions = {}): Schedule {
  const dense = densify(input);
  const board = new Board(dense);
  const strategy = options.strategy ?? 'improved';
  const byScore = dense.edges.map((_, i) => i).sort((x, y) => dense.edges[y].score - dense.edges[x].score || x - y);

  if (strategy === 'naive') {
    for (const e of byScore) board.insert(e, false);
  } else {
    const seed = relaxedOptimum(dense).edges.sort((x, y) => dense.edges[y].score - dense.edges[x].score || x - y);
    for (const e of seed) board.insert(e, true);
    for (const e of byScore) if (!board.placed(e)) board.insert(e, true);
    for (let round = 0; round < 3 && board.improve(byScore); round++) {
      for (const e of byScore) if (!board.placed(e)) board.insert(e, true);
    }
  }
  return board.toSchedule();
}

const FREE = -1;

/** The mutable state of a schedule under construction: who sits where, slot loads, degrees. */
class Board {
  private readonly nSlots: number;
  /** occ[org * nSlots + slot] = meeting id or FREE. */
  private readonly occ: Int32Array;
  private readonly load: Int32Array;
  private readonly degree: Int32Array;
  private readonly edgeMeeting: Int32Array;
  // Meetings: parallel arrays; fixed meetings first, then placed edges (ids reused after removal).
  private readonly ma: number[] = [];
  private readonly mb: number[] = [];
  private readonly mslot: number[] = [];
  /** Edge index, or -1 for a fixed meeting. */
  private readonly medge: number[] = [];
  private readonly spare: number[] = [];

  constructor(private readonly dense: DenseInstance) {
    this.nSlots = dense.slots.length;
    this.occ = new Int32Array(dense.orgIds.length * this.nSlots).fill(FREE);
    this.load = new Int32Array(this.nSlots);
    this.degree = new Int32Array(dense.orgIds.length);
    this.edgeMeeting = new Int32Array(dense.edges.length).fill(FREE);
    for (const f of dense.fixed) this.put(f.a, f.b, f.slot, -1);
  }

  placed(edge: number): boolean {
    return this.edgeMeeting[edge] !== FREE;
  }

  private at(org: number, slot: number): number {
    return this.occ[org * this.nSlots + slot];
  }

  private put(a: number, b: number, slot: number, edge: number): number {
    const id = this.spare.pop() ?? this.ma.length;
    this.ma[id] = a;
    this.mb[id] = b;
    this.mslot[id] = slot;
    this.medge[id] = edge;
    this.occ[a * this.nSlots + slot] = id;
    this.occ[b * this.nSlots + slot] = id;
    this.load[slot]++;
    if (edge >= 0) {
      this.degree[a]++;
      this.degree[b]++;
      this.edgeMeeting[edge] = id;
    }
    return id;
  }

  private remove(id: number): void {
    const slot = this.mslot[id];
    this.occ[this.ma[id] * this.nSlots + slot] = FREE;
    this.occ[this.mb[id] * this.nSlots + slot] = FREE;
    this.load[slot]--;
    const edge = this.medge[id];
    this.degree[this.ma[id]]--;
    this.degree[this.mb[id]]--;
    this.edgeMeeting[edge] = FREE;
    this.medge[id] = -2;
    this.spare.push(id);
  }

  private move(id: number, slot: number): void {
    this.occ[this.ma[id] * this.nSlots + slot] = id;
    this.occ[this.mb[id] * this.nSlots + slot] = id;
    this.load[slot]++;
    this.mslot[id] = slot;
  }

  private lift(id: number): void {
    const slot = this.mslot[id];
    this.occ[this.ma[id] * this.nSlots + slot] = FREE;
    this.occ[this.mb[id] * this.nSlots + slot] = FREE;
    this.load[slot]--;
  }

  /** Places an edge if the rules allow; with `repair`, swaps an alternating path when no slot is free for both. */
  insert(edge: number, repair: boolean): boolean {
    const { a, b } = this.dense.edges[edge];
    const { capacity, tables } = this.dense;
    if (this.degree[a] >= capacity[a] || this.degree[b] >= capacity[b]) return false;
    let direct = -1;
    for (let s = 0; s < this.nSlots; s++) {
      if (this.load[s] < tables && this.at(a, s) === FREE && this.at(b, s) === FREE) {
        // Fullest slot first keeps room elsewhere for pairs with fewer free slots in common.
        if (!repair) {
          direct = s;
          break;
        }
        if (direct === -1 || this.load[s] > this.load[direct]) direct = s;
      }
    }
    if (direct >= 0) {
      this.put(a, b, direct, edge);
      return true;
    }
    return repair && (this.swapInto(edge, a, b) || this.swapInto(edge, b, a));
  }

  /**
   * `x` is free in α, `y` in β: flip the α/β path that starts at `y` so `y` becomes free in α,
   * then seat the meeting in α. Refused if the path reaches `x` (possible when an organization
   * sits on both sides), touches a fixed meeting, or would overfill a slot.
   */
  private swapInto(edge: number, x: number, y: number): boolean {
    const { tables } = this.dense;
    const path: number[] = [];
    for (let alpha = 0; alpha < this.nSlots; alpha++) {
      if (this.at(x, alpha) !== FREE) continue;
      for (let beta = 0; beta < this.nSlots; beta++) {
        if (beta === alpha || this.at(y, beta) !== FREE) continue;
        path.length = 0;
        let nAlpha = 0;
        let nBeta = 0;
        let ok = true;
        let current = y;
        let colour = alpha;
        for (;;) {
          const id = this.at(current, colour);
          if (id === FREE) break;
          if (this.medge[id] < 0) {
            ok = false;
            break;
          }
          path.push(id);
          if (colour === alpha) nAlpha++;
          else nBeta++;
          current = this.ma[id] === current ? this.mb[id] : this.ma[id];
          if (current === x) {
            ok = false;
            break;
          }
          colour = colour === alpha ? beta : alpha;
        }
        if (!ok) continue;
        if (this.load[alpha] - nAlpha + nBeta + 1 > tables || this.load[beta] - nBeta + nAlpha > tables) continue;
        for (const id of path) this.lift(id);
        for (const id of path) this.move(id, this.mslot[id] === alpha ? beta : alpha);
        this.put(x, y, alpha, edge);
        // put() stored x/y in the order given; keep the result side first for the output.
        const id = this.edgeMeeting[edge];
        this.ma[id] = this.dense.edges[edge].a;
        this.mb[id] = this.dense.edges[edge].b;
        return true;
      }
    }
    return false;
  }

  /**
   * One pass of trades: an unplaced pair replaces one or two placed meetings of its organizations
   * (or the weakest meeting of the whole event when the room is full) when that raises the total.
   * Returns whether anything changed.
   */
  improve(byScore: number[]): boolean {
    const { edges } = this.dense;
    let changed = false;
    for (const e of byScore) {
      if (this.placed(e)) continue;
      const { a, b, score } = edges[e];
      const weaker = (org: number) =>
        this.meetingsOf(org)
          .filter((id) => edges[this.medge[id]].score < score)
          .sort((p, q) => edges[this.medge[p]].score - edges[this.medge[q]].score);
      const options: number[][] = [];
      const ofA = weaker(a);
      const ofB = weaker(b);
      for (const p of ofA) options.push([p]);
      for (const q of ofB) options.push([q]);
      for (const p of ofA.slice(0, 4))
        for (const q of ofB.slice(0, 4)) {
          if (p !== q && edges[this.medge[p]].score + edges[this.medge[q]].score < score) options.push([p, q]);
        }
      const weakest = this.weakestMeeting();
      if (weakest >= 0 && edges[this.medge[weakest]].score < score) options.push([weakest]);
      for (const option of options) {
        const saved = option.map((id) => ({ edge: this.medge[id], slot: this.mslot[id] }));
        for (const id of option) this.remove(id);
        if (this.insert(e, true)) {
          changed = true;
          break;
        }
        // Reverse order hands the same meeting ids back, so the remaining options still name the right meetings.
        for (const s of saved.reverse()) this.put(edges[s.edge].a, edges[s.edge].b, s.slot, s.edge);
      }
    }
    return changed;
  }

  private meetingsOf(org: number): number[] {
    const ids: number[] = [];
    for (let s = 0; s < this.nSlots; s++) {
      const id = this.at(org, s);
      if (id !== FREE && this.medge[id] >= 0) ids.push(id);
    }
    return ids;
  }

  private weakestMeeting(): number {
    let weakest = -1;
    for (let id = 0; id < this.ma.length; id++) {
      if (this.medge[id] < 0) continue;
      if (weakest === -1 || this.dense.edges[this.medge[id]].score < this.dense.edges[this.medge[weakest]].score) weakest = id;
    }
    return weakest;
  }

  toSchedule(): Schedule {
    const { slots, tables, fixed, edges } = this.dense;
    const meetings: ScheduledMeeting[] = [];
    const usedTables = slots.map(() => new Set<number>());
    for (const f of fixed) {
      usedTables[f.slot].add(f.table);
      meetings.push({ ...pick(f.meeting), slotIndex: f.slot, startsAt: slots[f.slot].startsAt, endsAt: slots[f.slot].endsAt, table: f.table, fixed: true });
    }
    const placed = edges.map((edge, i) => ({ edge, id: this.edgeMeeting[i] })).filter(({ id }) => id !== FREE);
    // Stable table numbers: by slot, then best score first.
    placed.sort((x, y) => this.mslot[x.id] - this.mslot[y.id] || y.edge.score - x.edge.score);
    const nextTable = slots.map(() => 1);
    for (const { edge, id } of placed) {
      const slot = this.mslot[id];
      while (usedTables[slot].has(nextTable[slot])) nextTable[slot]++;
      const table = nextTable[slot]++;
      if (table > tables) throw new Error(`slot ${slot} overfilled`);
      meetings.push({ ...pick(edge.pair), slotIndex: slot, startsAt: slots[slot].startsAt, endsAt: slots[slot].endsAt, table, fixed: false });
    }
    meetings.sort((x, y) => x.slotIndex - y.slotIndex || x.table - y.table);
    return { slots, meetings, totalScore: meetings.reduce((sum, m) => sum + m.score, 0) };
  }
}

function pick(p: { resultId: string; resultOrgId: string; needId: string; needOrgId: string; score: number }) {
  return { resultId: p.resultId, resultOrgId: p.resultOrgId, needId: p.needId, needOrgId: p.needOrgId, score: p.score };
}
