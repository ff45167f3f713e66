/**
 * `npm run bench:insights [-- --results N --needs M --deals D --runs R]`: the cost of `kpis(year)`
 * on a seeded catalogue (100,000 results and 2,000 needs by default) beside a baseline, on a
 * scratch database of its own (created, migrated, seeded, dropped).
 *
 * The catalogue comes from the catalog seeder (the same generator as `npm run seed`); deals,
 * their stage changes and contracts are bulk-inserted synthetically (D deals across the year,
 * three stage changes each, one in five signed), since the seed has none yet.
 *
 * Legs, each printing p50/p95 and the ratio to the baseline:
 *   1. KpiService.report(year, CITY): the year summed from the daily rollup `kpi_daily` (built once
 *      here, timed, as `cli kpis-rebuild` does; outbox jobs keep it current in a running system);
 *   2. GraphQL over HTTP: `kpis(year)` with every figure, as a client asks for it;
 *   3. KpiService.report for the organization owning the most results and the broker with the
 *      most deals: those scopes read the live tables, not the rollup;
 *   baseline: the same figures computed by plain COUNT(*)/SUM queries sent one by one.
 */
import { randomUUID } from 'node:crypto';

import { CATALOG_GENERATOR, CatalogGenerator, CatalogSeeder } from '@techbridge/catalog/seed';
import { KpiRollupService, KpiScopeKind, KpiService, yearBounds } from '@techbridge/insights';
import { Role, TokenService } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { startScratchApi } from './scratch-api';

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index < 0 ? fallback : Number(process.argv[index + 1]);
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function time(runs: number, work: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** The figures written the plain way: one COUNT(*) (or SUM) per figure, each its own round trip. */
const BASELINE: Record<string, string> = {
  resultsCollected: `SELECT count(*) FROM research_result WHERE submitted_at >= $1 AND submitted_at < $2 AND status <> 'DRAFT'`,
  resultsEvaluated: `SELECT count(*) FROM research_result WHERE evaluated_at >= $1 AND evaluated_at < $2`,
  resultsPublished: `SELECT count(*) FROM research_result WHERE published_at >= $1 AND published_at < $2`,
  majorResultsSelected: `SELECT count(*) FROM research_result WHERE selected_year = $3 AND result_class = 'MAJOR_INNOVATION' AND $1::timestamptz < $2::timestamptz`,
  industrialProjects: `SELECT count(*) FROM research_result WHERE published_at >= $1 AND published_at < $2 AND result_class = 'INDUSTRIAL_INNOVATION'`,
  needsCollected: `SELECT count(*) FROM tech_need WHERE published_at >= $1 AND published_at < $2`,
  needsLinked: `SELECT count(DISTINCT need_id) FROM deal WHERE created_at >= $1 AND created_at < $2`,
  dealsOpened: `SELECT count(*) FROM deal WHERE created_at >= $1 AND created_at < $2`,
  contractsSigned: `SELECT count(*) FROM deal_contract WHERE signed_at >= $1 AND signed_at < $2`,
  contractTurnover: `SELECT COALESCE(sum(amount), 0) FROM deal_contract WHERE signed_at >= $1 AND signed_at < $2`,
  activeBrokers: `SELECT count(DISTINCT s.by_user_id) FROM deal_stage_change s JOIN broker_profile b ON b.user_id = s.by_user_id WHERE s.at >= $1 AND s.at < $2`,
};

async function syntheticDeals(db: DataSource, year: number, deals: number): Promise<void> {
  const [from, to] = yearBounds(year);
  await db.query(
    `INSERT INTO app_user (email, password_hash, display_name, roles)
     SELECT 'bench-broker-' || i || '@example.test', 'x', '经纪人' || i, ARRAY['BROKER'] FROM generate_series(1, 100) i`,
  );
  await db.query(`INSERT INTO broker_profile (user_id, level, capacity) SELECT id, 'JUNIOR', 100 FROM app_user WHERE email LIKE 'bench-broker-%'`);
  await db.query(
    `WITH brokers AS (SELECT array_agg(id) AS ids FROM app_user WHERE email LIKE 'bench-broker-%'),
          results AS (SELECT array_agg(id) AS ids, array_agg(owner_id) AS owners, array_agg(field_code) AS fields FROM (SELECT id, owner_id, field_code FROM research_result WHERE status = 'PUBLISHED' LIMIT 20000) r),
          needs AS (SELECT array_agg(id) AS ids, array_agg(enterprise_id) AS orgs FROM tech_need)
     INSERT INTO deal (result_id, need_id, owner_org_id, enterprise_org_id, field_code, broker_id, stage, created_at, stage_entered_at)
     SELECT results.ids[1 + i % cardinality(results.ids)], needs.ids[1 + i % cardinality(needs.ids)], results.owners[1 + i % cardinality(results.ids)],
            needs.orgs[1 + i % cardinality(needs.ids)], results.fields[1 + i % cardinality(results.ids)], brokers.ids[1 + i % 100],
            CASE WHEN i % 5 = 0 THEN 'CONTRACT_SIGNED' ELSE 'NEGOTIATING' END,
            $1::timestamptz + (($2::timestamptz - $1::timestamptz) * (i::float8 / $3)), now()
       FROM generate_series(1, $3) i, brokers, results, needs`,
    [from, to, deals],
  );
  await db.query(
    `INSERT INTO deal_stage_change (deal_id, from_stage, to_stage, by_user_id, at)
     SELECT d.id, x.from_stage, x.to_stage, d.broker_id, d.created_at + x.after
       FROM deal d, (VALUES (NULL, 'INTRODUCED', interval '0'), ('INTRODUCED', 'NEGOTIATING', interval '2 days'), ('NEGOTIATING', 'TERMS_AGREED', interval '9 days')) AS x(from_stage, to_stage, after)`,
  );
  await db.query(
    `INSERT INTO deal_contract (deal_id, type, amount, signed_at, signed_by)
     SELECT id, 'TRANSFER', 10000 + (abs(hashtext(id::text)) % 5000000), LEAST(created_at + interval '20 days', now()), broker_id FROM deal WHERE stage = 'CONTRACT_SIGNED'`,
  );
  // As autovacuum would have by now: statistics, and the visibility map that lets counts use index-only scans.
  await db.query(`VACUUM ANALYZE`);
}

async function main(): Promise<void> {
  const results = flag('--results', 100_000);
  const needs = flag('--needs', 2_000);
  const dealCount = flag('--deals', 20_000);
  const runs = flag('--runs', 100);
  // Leaves the scratch database behind for inspecting plans (dropped otherwise).
  const keep = process.argv.includes('--keep');
  const { app, name, baseUrl, close } = await startScratchApi('insights', 'warn');
  try {
    const endpoint = `${baseUrl}/graphql`;
    const db = app.get(DataSource);

    let started = performance.now();
    const summary = await app.get(CatalogSeeder).run({ results, needs }, app.get<CatalogGenerator>(CATALOG_GENERATOR));
    console.log(`Seeded ${summary} in ${((performance.now() - started) / 1000).toFixed(1)} s (scratch database ${name})`);
    const [{ year }] = (await db.query(
      `SELECT EXTRACT(YEAR FROM submitted_at AT TIME ZONE 'Asia/Shanghai')::int AS year FROM research_result WHERE submitted_at IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    )) as { year: number }[];
    started = performance.now();
    await syntheticDeals(db, year, dealCount);
    console.log(
      `Inserted ${dealCount} synthetic deals (3 stage changes each, one in five signed) in ${((performance.now() - started) / 1000).toFixed(1)} s; benchmarking year ${year}`,
    );

    // The seed and the synthetic deals bypass the relay (no worker here): build the rollup as `cli kpis-rebuild` does.
    const rollupMs = await app.get(KpiRollupService).rebuild();
    console.log(`Built the KPI daily rollup (every figure, every year) in ${(rollupMs / 1000).toFixed(2)} s`);

    const kpis = app.get(KpiService);
    const [from, to] = yearBounds(year);
    const report = await kpis.report(year, { kind: KpiScopeKind.CITY });
    const baselineValues: Record<string, string> = {};
    for (const [key, sql] of Object.entries(BASELINE)) {
      const [row] = (await db.query(sql, sql.includes('$3') ? [from, to, year] : [from, to])) as Record<string, string>[];
      baselineValues[key] = String(Object.values(row)[0]);
    }
    const mismatches = Object.keys(BASELINE).filter((key) => Number(baselineValues[key]) !== Number(report.values[key]));
    console.log(
      `Figures (${year}): ${Object.keys(BASELINE)
        .map((key) => `${key}=${report.values[key]}`)
        .join(', ')}`,
    );
    console.log(mismatches.length ? `MISMATCH with the baseline: ${mismatches.join(', ')}` : 'Every figure equals its plain COUNT(*)/SUM baseline.');

    const baseline = await time(runs, async () => {
      for (const sql of Object.values(BASELINE)) await db.query(sql, sql.includes('$3') ? [from, to, year] : [from, to]);
    });
    const service = await time(runs, () => kpis.report(year, { kind: KpiScopeKind.CITY }));
    const token = app.get(TokenService).signAccess({ userId: randomUUID(), roles: [Role.ADMIN], organizationId: null }).token;
    const query = `query($year: Int!) { kpis(year: $year) { year resultsCollected resultsEvaluated resultsPublished majorResultsSelected needsCollected needsLinked matchesMade dealsOpened contractsSigned contractTurnover eventsHeld activeBrokers figures { key label actual target } } }`;
    const http = await time(runs, async () => {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables: { year } }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    });
    // The scopes that read the live tables, at their largest: the organization owning the most
    // results (they count rows where it owns the result, posted the need or is a deal party) and
    // the broker handling the most deals.
    const [{ organization_id: organizationId, n: owned }] = (await db.query(
      `SELECT owner_id AS organization_id, count(*)::int AS n FROM research_result GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    )) as { organization_id: string; n: number }[];
    const [{ broker_id: brokerId, n: handled }] = (await db.query(`SELECT broker_id, count(*)::int AS n FROM deal GROUP BY 1 ORDER BY 2 DESC LIMIT 1`)) as {
      broker_id: string;
      n: number;
    }[];
    const organization = await time(runs, () => kpis.report(year, { kind: KpiScopeKind.ORGANIZATION, organizationId }));
    const broker = await time(runs, () => kpis.report(year, { kind: KpiScopeKind.BROKER, brokerId }));
    const row = (label: string, figures: { p50: number; p95: number }): string =>
      `${label.padEnd(48)} p50 ${figures.p50.toFixed(1).padStart(7)} ms   p95 ${figures.p95.toFixed(1).padStart(7)} ms   ratio p95 ${(figures.p95 / baseline.p95).toFixed(2)}×`;
    console.log(`\n${runs} runs each, ${results} results, ${needs} needs, ${dealCount} deals`);
    console.log(row('baseline: plain COUNT(*) queries one by one', baseline));
    console.log(row('KpiService.report (daily rollup)', service));
    console.log(row('GraphQL kpis(year) over HTTP', http));
    console.log(row(`KpiService.report, organization (${owned} results)`, organization));
    console.log(row(`KpiService.report, broker (${handled} deals)`, broker));
    console.log(`target: kpis(year) p95 ≤ 200 ms → ${http.p95 <= 200 ? 'met' : 'NOT met'}`);
  } finally {
    await close({ keep });
    if (keep) console.log(`Kept the scratch database ${name}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
