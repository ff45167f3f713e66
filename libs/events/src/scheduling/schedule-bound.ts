import { DenseInstance, densify, ScheduleInput } from './schedule-instance';

/**
 * Upper bound on the total score any valid schedule can reach.
 *
 * The schedule's constraints are relaxed to:
 *  - "one meeting per organization per slot" and "at most K per organization" → at most
 *    min(K, slots) − fixed meetings per organization (a schedule meets both, so it meets this);
 *  - "at most `tables` per slot" → at most slots × tables − fixed meetings in total;
 *  - an organization on both sides is split into a result-side copy and a need-side copy, each with
 *    the full remaining capacity. A real schedule with r meetings on the result side and n on the
 *    need side has r + n ≤ cap, hence r ≤ cap and n ≤ cap: it is a feasible flow of the split
 *    problem, so the split optimum is at least the schedule's total. When no organization is on
 *    both sides the split changes nothing and the bound is the exact relaxed optimum.
 * The split problem is bipartite: a max-weight b-matching there is a min-cost flow
 * source → result-side org (cap) → need-side org (one arc of capacity 1 per pair, cost −score) →
 * sink (cap), solved exactly by successive shortest paths, stopping when the next path no longer
 * gains or the room is full. Successive shortest paths give the optimum for every flow value, so
 * stopping at the first non-gaining path (or at the room limit) gives the optimum over all values.
 * Scores are rounded up to thousandths for exact integer arithmetic: rounding up keeps it a bound.
 * Fixed meetings are counted in full on top.
 */
export interface ScheduleBound {
  /** Upper bound on the total score (fixed meetings included). */
  total: number;
  /** Meetings in the relaxed optimum (fixed included). */
  meetings: number;
}

const SCALE = 1000;

export function scheduleUpperBound(input: ScheduleInput): ScheduleBound {
  const dense = densify(input);
  const relaxed = relaxedOptimum(dense);
  const fixedTotal = dense.fixed.reduce((sum, f) => sum + f.meeting.score, 0);
  return { total: fixedTotal + relaxed.total, meetings: dense.fixed.length + relaxed.edges.length };
}

/** The relaxed optimum over the non-fixed candidates: its total and the indexes of the chosen edges. */
export function relaxedOptimum(dense: DenseInstance): { total: number; edges: number[] } {
  const nOrgs = dense.orgIds.length;
  const source = 2 * nOrgs;
  const sink = source + 1;
  const nodes = sink + 1;
  const arcCount = 2 * (2 * nOrgs + dense.edges.length);
  const to = new Int32Array(arcCount);
  const cap = new Int32Array(arcCount);
  const cost = new Float64Array(arcCount);
  const next = new Int32Array(arcCount);
  const head = new Int32Array(nodes).fill(-1);
  let arcs = 0;
  const addArc = (from: number, target: number, capacity: number, weight: number): number => {
    const id = arcs;
    to[arcs] = target;
    cap[arcs] = capacity;
    cost[arcs] = weight;
    next[arcs] = head[from];
    head[from] = arcs++;
    to[arcs] = from;
    cap[arcs] = 0;
    cost[arcs] = -weight;
    next[arcs] = head[target];
    head[target] = arcs++;
    return id;
  };
  for (let o = 0; o < nOrgs; o++) {
    if (dense.capacity[o] > 0) {
      addArc(source, o, dense.capacity[o], 0);
      addArc(nOrgs + o, sink, dense.capacity[o], 0);
    }
  }
  const edgeArc = dense.edges.map((edge) => addArc(edge.a, nOrgs + edge.b, 1, -Math.ceil(edge.score * SCALE - 1e-9)));

  // Initial potentials: the graph is a DAG source → result side → need side → sink.
  const potential = new Float64Array(nodes);
  for (const id of edgeArc) {
    const target = to[id];
    if (cost[id] < potential[target]) potential[target] = cost[id];
  }
  for (let o = 0; o < nOrgs; o++) potential[sink] = Math.min(potential[sink], potential[nOrgs + o]);

  const dist = new Float64Array(nodes);
  const via = new Int32Array(nodes);
  const heap = new MinHeap();
  let flow = 0;
  let gain = 0;
  while (flow < dense.roomLeft) {
    dist.fill(Infinity);
    via.fill(-1);
    dist[source] = 0;
    heap.push(source, 0);
    while (heap.size > 0) {
      const [u, d] = heap.pop();
      if (d > dist[u]) continue;
      for (let arc = head[u]; arc !== -1; arc = next[arc]) {
        if (cap[arc] === 0) continue;
        const v = to[arc];
        const nd = d + cost[arc] + potential[u] - potential[v];
        if (nd < dist[v]) {
          dist[v] = nd;
          via[v] = arc;
          heap.push(v, nd);
        }
      }
    }
    if (dist[sink] === Infinity) break;
    const pathCost = dist[sink] + potential[sink] - potential[source];
    if (pathCost >= 0) break;
    for (let v = 0; v < nodes; v++) if (dist[v] < Infinity) potential[v] += dist[v];
    let push = dense.roomLeft - flow;
    for (let v = sink; v !== source; v = to[via[v] ^ 1]) push = Math.min(push, cap[via[v]]);
    for (let v = sink; v !== source; v = to[via[v] ^ 1]) {
      cap[via[v]] -= push;
      cap[via[v] ^ 1] += push;
    }
    flow += push;
    gain -= pathCost * push;
  }
  const chosen = edgeArc.flatMap((arc, index) => (cap[arc] === 0 ? [index] : []));
  return { total: gain / SCALE, edges: chosen };
}

/** Binary min-heap of (node, key) with lazy deletion. */
class MinHeap {
  private nodes: number[] = [];
  private keys: number[] = [];

  get size(): number {
    return this.nodes.length;
  }

  push(node: number, key: number): void {
    let i = this.nodes.length;
    this.nodes.push(node);
    this.keys.push(key);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.nodes[i] = this.nodes[parent];
      this.keys[i] = this.keys[parent];
      i = parent;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
  }

  pop(): [number, number] {
    const top: [number, number] = [this.nodes[0], this.keys[0]];
    const lastNode = this.nodes.pop()!;
    const lastKey = this.keys.pop()!;
    const n = this.nodes.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && this.keys[child + 1] < this.keys[child]) child++;
        if (this.keys[child] >= lastKey) break;
        this.nodes[i] = this.nodes[child];
        this.keys[i] = this.keys[child];
        i = child;
      }
      this.nodes[i] = lastNode;
      this.keys[i] = lastKey;
    }
    return top;
  }
}
