/**
 * Quality and speed of the meeting scheduler: on generated events, the total score of the schedule
 * against an upper bound (slot and table limits relaxed, see schedule-bound.ts), the time taken and
 * the meetings placed, for the scheduler and for a naive greedy baseline side by side.
 *
 *   npm run bench:events                 default sizes and seeds
 *   npm run bench:events -- 300 300 16 24 5   results needs slots tables seeds
 */
import { performance } from 'node:perf_hooks';

import { scheduleMeetings, scheduleUpperBound } from '@techbridge/events';

import { generateInstance, InstanceShape } from './events-instance';

interface Row {
  label: string;
  seed: number;
  pairsAboveFloor: number;
  bound: number;
  improved: { total: number; meetings: number; ms: number };
  naive: { total: number; meetings: number; ms: number };
  boundMs: number;
}

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const value = work();
  return [value, performance.now() - start];
}

function run(shape: InstanceShape, label: string): Row {
  const instance = generateInstance(shape);
  const [bound, boundMs] = timed(() => scheduleUpperBound(instance));
  const [improved, improvedMs] = timed(() => scheduleMeetings(instance));
  const [naive, naiveMs] = timed(() => scheduleMeetings(instance, { strategy: 'naive' }));
  return {
    label,
    seed: shape.seed,
    pairsAboveFloor: instance.pairs.filter((p) => p.score >= instance.config.scoreFloor).length,
    bound: bound.total,
    boundMs,
    improved: { total: improved.totalScore, meetings: improved.meetings.length, ms: improvedMs },
    naive: { total: naive.totalScore, meetings: naive.meetings.length, ms: naiveMs },
  };
}

const pad = (value: string | number, width: number) => String(value).padStart(width);

function print(rows: Row[]): void {
  process.stdout.write(
    `${'instance'.padEnd(26)}${pad('seed', 5)}${pad('pairs≥floor', 12)}${pad('bound', 10)}${pad('score', 10)}${pad('ratio', 8)}${pad('meet', 6)}${pad('ms', 8)}` +
      `${pad('naive', 10)}${pad('ratio', 8)}${pad('meet', 6)}${pad('ms', 8)}${pad('bound ms', 10)}\n`,
  );
  for (const r of rows) {
    process.stdout.write(
      `${r.label.padEnd(26)}${pad(r.seed, 5)}${pad(r.pairsAboveFloor, 12)}${pad(r.bound.toFixed(1), 10)}` +
        `${pad(r.improved.total.toFixed(1), 10)}${pad((r.improved.total / r.bound).toFixed(3), 8)}${pad(r.improved.meetings, 6)}${pad(r.improved.ms.toFixed(0), 8)}` +
        `${pad(r.naive.total.toFixed(1), 10)}${pad((r.naive.total / r.bound).toFixed(3), 8)}${pad(r.naive.meetings, 6)}${pad(r.naive.ms.toFixed(0), 8)}${pad(r.boundMs.toFixed(0), 10)}\n`,
    );
  }
}

function main(argv: string[]): void {
  const rows: Row[] = [];
  if (argv.length >= 4) {
    const [results, needs, slots, tables, seeds = 3] = argv.map(Number);
    for (let seed = 1; seed <= seeds; seed++) rows.push(run({ results, needs, slots, tables, seed }, `${results}×${needs} ${slots}s×${tables}t`));
  } else {
    for (let seed = 1; seed <= 5; seed++) rows.push(run({ results: 200, needs: 200, slots: 12, tables: 20, seed }, '200×200 12s×20t K6'));
    for (let seed = 1; seed <= 2; seed++) rows.push(run({ results: 200, needs: 200, slots: 12, tables: 20, seed, overlap: 0.5 }, '200×200 12s×20t overlap.5'));
    for (let seed = 1; seed <= 2; seed++) rows.push(run({ results: 200, needs: 200, slots: 12, tables: 40, seed, maxMeetingsPerOrg: 8 }, '200×200 12s×40t K8'));
    for (let seed = 1; seed <= 2; seed++) rows.push(run({ results: 60, needs: 80, slots: 8, tables: 10, seed, maxMeetingsPerOrg: 4 }, '60×80 8s×10t K4'));
    for (let seed = 1; seed <= 2; seed++) rows.push(run({ results: 400, needs: 300, slots: 16, tables: 30, seed }, '400×300 16s×30t K6'));
  }
  print(rows);
  const worst = Math.min(...rows.map((r) => r.improved.total / r.bound));
  const slowest = Math.max(...rows.filter((r) => r.label.startsWith('200×200 12s×20t')).map((r) => r.improved.ms));
  const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
  process.stdout.write(
    `\nscheduler: worst ratio to bound ${worst.toFixed(3)} (goal ≥ 0.9), mean ${mean(rows.map((r) => r.improved.total / r.bound)).toFixed(3)}; ` +
      `naive mean ${mean(rows.map((r) => r.naive.total / r.bound)).toFixed(3)}; slowest default-size run ${Number.isFinite(slowest) ? slowest.toFixed(0) : '-'} ms (goal ≤ 5000)\n`,
  );
}

main(process.argv.slice(2));
