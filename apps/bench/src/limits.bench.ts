/**
 * How fast the API refuses query-limit attacks, next to a trivial query: the 737-byte fragment
 * fan-out (`{ ...F8 }`, each fragment spreading the one below ten times), 263 aliases of a
 * 100-hit search, and a 12-level nesting; plus /health answered alone and while attacks are in
 * flight. Prints median and p95 per case and the ratio to the trivial query.
 *
 *   npm run bench:limits                 20 runs per case
 *   npm run bench:limits -- --runs 50
 */
import { performance } from 'node:perf_hooks';

import { startScratchApi } from './scratch-api';

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

function fragmentBomb(levels: number): string {
  let query = `{ ...F${levels} } fragment F0 on Query { __typename }`;
  for (let k = 1; k <= levels; k++) query += ` fragment F${k} on Query { ${Array.from({ length: 10 }, () => `...F${k - 1}`).join(' ')} }`;
  return query;
}

const ALIASES = `{ ${Array.from(
  { length: 263 },
  (_, i) =>
    `a${i}: searchResults(input: { query: "", pageSize: 100 }) { totalHits hits { result { id title summary owner { id name } evaluation { score } patents { number } } } facets { attribute values { value count } } }`,
).join(' ')} }`;

let nested = 'id';
for (let i = 0; i < 6; i++) nested = `conversation { deal { ${nested} } }`;
const DEEP = `{ deal(id: "00000000-0000-4000-8000-000000000000") { ${nested} } }`;

const CASES: { label: string; query: string }[] = [
  { label: 'trivial { __typename }', query: '{ __typename }' },
  { label: 'fragment fan-out (F8)', query: fragmentBomb(8) },
  { label: '263 aliases × pageSize 100', query: ALIASES },
  { label: '12+ levels deep', query: DEEP },
];

interface Figures {
  median: number;
  p95: number;
  status: number;
}

function figures(times: number[], status: number): Figures {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))], status };
}

async function timedPost(endpoint: string, query: string): Promise<[number, number]> {
  const started = performance.now();
  const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  await response.text();
  return [performance.now() - started, response.status];
}

async function timedHealth(base: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${base}/health`);
  await response.text();
  return performance.now() - started;
}

async function main(): Promise<void> {
  const runs = flag('--runs', 20);
  const { baseUrl: base, close } = await startScratchApi('limits', 'error');
  try {
    const endpoint = `${base}/graphql`;

    const rows: { label: string; bytes: number; result: Figures }[] = [];
    for (const { label, query } of CASES) {
      await timedPost(endpoint, query); // warm-up
      const times: number[] = [];
      let status = 0;
      for (let i = 0; i < runs; i++) {
        const [ms, code] = await timedPost(endpoint, query);
        times.push(ms);
        status = code;
      }
      rows.push({ label, bytes: Buffer.byteLength(query), result: figures(times, status) });
    }

    const alone: number[] = [];
    for (let i = 0; i < runs; i++) alone.push(await timedHealth(base));
    const during: number[] = [];
    for (let i = 0; i < runs; i++) {
      const attacks = [timedPost(endpoint, CASES[1].query), timedPost(endpoint, CASES[2].query), timedPost(endpoint, CASES[1].query)];
      during.push(await timedHealth(base));
      await Promise.all(attacks);
    }

    const baseline = rows[0].result.median;
    const pad = (value: string | number, width: number): string => String(value).padStart(width);
    console.log(`${'case'.padEnd(30)}${pad('bytes', 8)}${pad('HTTP', 6)}${pad('median ms', 11)}${pad('p95 ms', 9)}${pad('× trivial', 11)}`);
    for (const row of rows) {
      console.log(
        `${row.label.padEnd(30)}${pad(row.bytes, 8)}${pad(row.result.status, 6)}${pad(row.result.median.toFixed(2), 11)}${pad(row.result.p95.toFixed(2), 9)}${pad((row.result.median / baseline).toFixed(2), 11)}`,
      );
    }
    const healthAlone = figures(alone, 200);
    const healthDuring = figures(during, 200);
    console.log(
      `${'/health alone'.padEnd(30)}${pad('', 8)}${pad(200, 6)}${pad(healthAlone.median.toFixed(2), 11)}${pad(healthAlone.p95.toFixed(2), 9)}${pad('', 11)}`,
    );
    console.log(
      `${'/health during 3 attacks'.padEnd(30)}${pad('', 8)}${pad(200, 6)}${pad(healthDuring.median.toFixed(2), 11)}${pad(healthDuring.p95.toFixed(2), 9)}${pad((healthDuring.median / healthAlone.median).toFixed(2), 11)}  (× alone)`,
    );
    console.log(`${runs} runs per case. Before the fix the F8 fan-out answered after ~50 s and held /health as long.`);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
