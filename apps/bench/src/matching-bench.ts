/**
 * Benchmark of matching one need against N results: candidates (keyword search with
 * relaxation) + scoring versus brute-force scoring of all N. Prints p50/p95 of both, the
 * ratio, and recall@20 of ours against brute force.
 * Run: npm run bench:matching [-- --corpus memory|db|both --results 100000 --needs 2000 --runs 30 --recall-needs 30 --batch yes|no
 *      --concepts on|off]
 *
 * Legs:
 *   memory: a synthetic corpus built in memory from the evaluation fixture's vocabulary, with
 *           the in-memory candidate source (need: --need n01);
 *   db:     a scratch database (created, migrated, dropped) seeded with the demo generator
 *           (--results, --needs), indexed in the PostgreSQL search engine; candidates come from
 *           the engine, results are loaded from PostgreSQL and scored (need: the first
 *           published need of --field, default JL.SSB); then a full batch recompute of every
 *           published need with a progress bar and pairs/s.
 */
import { NestFactory } from '@nestjs/core';
import { CatalogIndexProjection } from '@techbridge/catalog';
import {
  CANDIDATE_LIMIT,
  candidateRequests,
  CandidateSource,
  collectCandidates,
  ConceptExtractor,
  CorpusFrequencies,
  ENOUGH_CANDIDATES,
  FeedbackStats,
  InMemoryCandidateSource,
  LoadedResult,
  MatchableNeed,
  MatchableResult,
  MatchCorpusReader,
  MatchRecomputeService,
  MatchScorerService,
  MatchText,
  MatchTokenizer,
  overlapAt,
  PreparedResult,
  rankCandidates,
  ResultFeatureCache,
  ScorerContext,
  Taxonomy,
} from '@techbridge/matching';
import { loadConfig, prepareRuntime, runMigrations, SeedRegistry } from '@techbridge/platform';
import { SearchIndexer } from '@techbridge/search';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { CliModule } from '../../cli/src/cli.module';
import { ProgressBar } from '../../cli/src/progress-bar';
import { needDocument, resultDocument } from './catalog-search-documents';
import { EvalFixture, loadEvalFixture, weightsFromEnvironment } from './eval/matching-fixture';

const TOP_K = 20;

/** What the benchmark needs from a corpus: a candidate source, result lookup by id, and a full scan. */
export interface BenchCorpus {
  size: number;
  source: CandidateSource;
  /** Results by id, as the match job would load them for scoring. */
  load(ids: readonly string[]): Promise<MatchableResult[]>;
  /** Every result, prepared: the brute-force baseline. */
  all(): Iterable<PreparedResult>;
}

function flag(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

/** Deterministic synthetic results: fixture results recombined within their field. */
function synthesise(fixture: EvalFixture, count: number): MatchableResult[] {
  let seed = 42;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const byField = new Map<string, MatchableResult[]>();
  for (const result of fixture.results) byField.set(result.fieldCode, [...(byField.get(result.fieldCode) ?? []), result]);
  const out: MatchableResult[] = [];
  for (let index = 0; index < count; index += 1) {
    const base = fixture.results[Math.floor(random() * fixture.results.length)];
    const siblings = byField.get(base.fieldCode)!;
    const other = siblings[Math.floor(random() * siblings.length)];
    const granted = Math.floor(random() * 6);
    out.push({
      ...base,
      id: `s${index}`,
      title: random() < 0.5 ? base.title : `${base.title}（${other.keywords[0] ?? ''}）`,
      summary: random() < 0.5 ? base.summary : `${base.summary}；${other.summary}`,
      keywords: [...new Set([...base.keywords, ...other.keywords.slice(0, 1)])],
      trl: 1 + Math.floor(random() * 9),
      grantedPatents: granted,
      patents: granted + Math.floor(random() * 3),
      publishedAt: new Date(fixture.now.getTime() - Math.floor(random() * 900) * 86_400_000),
    });
  }
  return out;
}

/**
 * Results carry an `updatedAt`, as rows loaded from PostgreSQL do, so both legs read their
 * features from the same warm cache: brute force prepares every result once up front and the
 * candidates of ours hit those entries (otherwise ours would segment each candidate again).
 */
function inMemoryCorpus(tokenizer: MatchTokenizer, text: MatchText, results: (MatchableResult & { updatedAt: Date })[]): BenchCorpus {
  const byId = new Map(results.map((result) => [result.id, result]));
  const prepared = results.map((result) => text.prepareResult(result));
  return {
    size: results.length,
    source: new InMemoryCandidateSource(tokenizer, results),
    load: (ids) => Promise.resolve(ids.map((id) => byId.get(id)!)),
    all: () => prepared,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

interface Measured {
  ourTimes: number[];
  bruteTimes: number[];
  candidates: number;
  requests: number;
  recall: number;
}

/** Times candidates + score against brute force for one need and prints the figures side by side. */
async function measure(corpus: BenchCorpus, need: MatchableNeed, text: MatchText, context: ScorerContext, runs: number, bruteRuns: number): Promise<Measured> {
  const phases = { candidates: [] as number[], load: [] as number[], score: [] as number[] };
  const ours = async () => {
    let mark = performance.now();
    const preparedNeed = text.prepareNeed(need);
    // The keywords, the concept expansion and the engine requests all count as the candidate phase.
    const expansion = text.conceptExpansion(preparedNeed);
    const requests = candidateRequests(need, text.keywords(need), CANDIDATE_LIMIT, expansion.terms, expansion.fieldCodes);
    const collected = await collectCandidates(corpus.source, requests, ENOUGH_CANDIDATES);
    phases.candidates.push(performance.now() - mark);
    mark = performance.now();
    const loaded = await corpus.load(collected.ids);
    phases.load.push(performance.now() - mark);
    mark = performance.now();
    const ranked = rankCandidates(
      preparedNeed,
      loaded.map((result) => text.prepareResult(result)),
      context,
      TOP_K,
    );
    phases.score.push(performance.now() - mark);
    return { ids: ranked.map((entry) => entry.result.id), candidates: collected.ids.length, requests: collected.requests };
  };
  const brute = () => rankCandidates(text.prepareNeed(need), corpus.all(), context, TOP_K).map((entry) => entry.result.id);

  await ours(); // warm-up: jieba dictionary, JIT, connection pool
  const ourTimes: number[] = [];
  let last = await ours();
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    last = await ours();
    ourTimes.push(performance.now() - started);
  }
  const bruteTimes: number[] = [];
  let reference: string[] = [];
  for (let run = 0; run < bruteRuns; run += 1) {
    const started = performance.now();
    reference = brute();
    bruteTimes.push(performance.now() - started);
  }
  ourTimes.sort((a, b) => a - b);
  bruteTimes.sort((a, b) => a - b);
  const row = (name: string, times: number[]) =>
    `${name.padEnd(26)} p50 ${percentile(times, 50).toFixed(1).padStart(8)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(8)} ms   (${times.length} runs)\n`;
  process.stdout.write(`\n${row('candidates + score', ourTimes)}${row(`brute force (${corpus.size})`, bruteTimes)}`);
  process.stdout.write(`speed-up (p50 brute / p50 ours): ${(percentile(bruteTimes, 50) / percentile(ourTimes, 50)).toFixed(1)}×\n`);
  process.stdout.write(`candidates scored: ${last.candidates} from ${last.requests} request(s)\n`);
  const median = (values: number[]) =>
    percentile(
      [...values].sort((a, b) => a - b),
      50,
    ).toFixed(1);
  process.stdout.write(
    `  of which (p50): keywords + engine ${median(phases.candidates)} ms, load ${median(phases.load)} ms, tokenize + score ${median(phases.score)} ms\n`,
  );
  const recall = overlapAt(last.ids, reference, TOP_K);
  process.stdout.write(`recall@${TOP_K} of ours vs brute force: ${recall.toFixed(3)}\n`);
  process.stdout.write('Goals: p95 ≤ 150 ms, ≥ 50× faster, recall@20 ≥ 0.95 of brute force.\n');
  return { ourTimes, bruteTimes, candidates: last.candidates, requests: last.requests, recall };
}

async function memoryLeg(): Promise<void> {
  const count = Number(flag('--results', '100000'));
  const fixture = loadEvalFixture();
  const need: MatchableNeed = fixture.needs.find((entry) => entry.id === flag('--need', 'n01')) ?? fixture.needs[0];
  const tokenizer = new MatchTokenizer();
  process.stdout.write('\n== leg 1: in-memory synthetic corpus ==\n');
  const started = Date.now();
  const results = synthesise(fixture, count).map((result) => ({ ...result, updatedAt: fixture.now }));
  const text = new MatchText(tokenizer, MatchText.frequenciesOf(tokenizer, results), new ResultFeatureCache(count), undefined, new ConceptExtractor());
  const corpus = inMemoryCorpus(tokenizer, text, results);
  process.stdout.write(`corpus: ${corpus.size} synthetic results built, tokenized and indexed in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  process.stdout.write(`need ${need.id} [${need.fieldCode}] ${need.title}\n`);
  const context: ScorerContext = { weights: weightsFromEnvironment(), taxonomy: Taxonomy.default(), feedback: FeedbackStats.empty(), now: fixture.now };
  await measure(corpus, need, text, context, Number(flag('--runs', '30')), Number(flag('--brute-runs', '5')));
}

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);

async function databaseLeg(): Promise<void> {
  const resultCount = Number(flag('--results', '100000'));
  const needCount = Number(flag('--needs', '2000'));
  const runtime = await prepareRuntime({ migrate: false });
  const name = `tb_bench_matching_${process.pid}`;
  const admin = new Client({ connectionString: runtime.databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(runtime.databaseUrl);
  url.pathname = `/${name}`;
  process.stdout.write(`\n== leg 2: seeded catalogue in PostgreSQL, PostgreSQL search engine (scratch database ${name}) ==\n`);
  let app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>> | null = null;
  try {
    await runMigrations(url.toString());
    const config = loadConfig({
      ...process.env,
      DATABASE_URL: url.toString(),
      JWT_SECRET: runtime.jwtSecret,
      SEARCH_ENGINE: 'postgres',
      SEED_DEMO: 'false',
      RUN_WORKER: 'false',
      LOG_LEVEL: 'warn',
    });
    app = await NestFactory.createApplicationContext(
      CliModule.forRoot({ config, databaseUrl: url.toString(), jwtSecret: runtime.jwtSecret, stop: async () => undefined }, true),
      {
        logger: ['error', 'warn'],
      },
    );
    const bar = new ProgressBar();
    let started = performance.now();
    await app.get(SeedRegistry).runAll({ results: resultCount, needs: needCount, progress: (step, done, total) => bar.update(step, done, total) });
    bar.finish();
    process.stdout.write(`seeded ${resultCount} results and ${needCount} needs in ${seconds(started)} s\n`);

    const projection = app.get(CatalogIndexProjection);
    const indexer = app.get(SearchIndexer);
    started = performance.now();
    let indexed = 0;
    for (let after: string | null = null; ;) {
      const page = await projection.resultDocumentsAfter(after, 2000);
      if (page.length === 0) break;
      await indexer.upsert('results', page.filter((doc) => doc.indexable).map(resultDocument));
      indexed += page.length;
      after = page[page.length - 1].id;
      bar.update('index', indexed, resultCount);
    }
    for (let after: string | null = null; ;) {
      const page = await projection.needDocumentsAfter(after, 2000);
      if (page.length === 0) break;
      await indexer.upsert('needs', page.filter((doc) => doc.indexable).map(needDocument));
      after = page[page.length - 1].id;
    }
    bar.finish();
    process.stdout.write(`indexed the catalogue in the PostgreSQL engine in ${seconds(started)} s\n`);
    // Planner statistics, as autovacuum would gather them shortly after a bulk load: without
    // them PostgreSQL misjudges the candidate load as costly and JIT-compiles it (~0.6 s a query).
    await app.get(DataSource).query('ANALYZE');

    started = performance.now();
    const frequencies = await app.get(CorpusFrequencies).current();
    process.stdout.write(`document frequencies over ${frequencies.documentCount} published documents in ${seconds(started)} s\n`);
    const scorer = app.get(MatchScorerService);
    // `--concepts off` (with MATCH_WEIGHTS='{"concept":0}'): the word-only path, as a baseline.
    const text = flag('--concepts', 'on') === 'off' ? new MatchText(scorer.tokenizer, frequencies, scorer.featureCache) : scorer.text(frequencies);
    const reader = app.get(MatchCorpusReader);
    const recompute = app.get(MatchRecomputeService);
    const field = flag('--field', 'JL.SSB');
    const dataSource = app.get(DataSource);
    const needIds: { id: string }[] = await dataSource.query(`SELECT id FROM tech_need WHERE status = 'PUBLISHED' AND field_code = $1 ORDER BY id LIMIT 1`, [
      field,
    ]);
    if (needIds.length === 0) throw new Error(`No published need in ${field}`);
    const [need] = await reader.needs([needIds[0].id]);
    // One pass before anything is cached: what a need costs before the recompute jobs have
    // filled the feature cache (the timed runs below read it warm, as the jobs leave it).
    started = performance.now();
    const coldExpansion = text.conceptExpansion(need);
    const coldRequests = candidateRequests(need, text.keywords(need), CANDIDATE_LIMIT, coldExpansion.terms, coldExpansion.fieldCodes);
    const coldIds = await collectCandidates(recompute.resultSource, coldRequests, ENOUGH_CANDIDATES);
    const coldLoaded = (await reader.results(coldIds.ids)).filter((result) => result.matchable);
    rankCandidates(
      text.prepareNeed(need),
      coldLoaded.map((result) => text.prepareResult(result)),
      scorer.context(await recompute.feedbackStats()),
      TOP_K,
    );
    process.stdout.write(
      `cold feature cache: candidates + score of one need ${(performance.now() - started).toFixed(1)} ms (${coldIds.ids.length} candidates)\n`,
    );

    started = performance.now();
    const all: LoadedResult[] = [];
    for await (const page of reader.scanResults()) all.push(...page);
    const prepared = all.map((result) => text.prepareResult(result));
    process.stdout.write(
      `brute-force corpus: ${prepared.length} matchable results loaded and vectorised in ${seconds(started)} s (feature cache now holds ${scorer.featureCache.size})\n`,
    );

    process.stdout.write(`need ${need.id} [${need.fieldCode}] ${need.title} (keywords: ${text.keywords(need).join(' ')})\n`);
    const context = scorer.context(await recompute.feedbackStats());
    const corpus: BenchCorpus = {
      size: prepared.length,
      source: recompute.resultSource,
      load: async (ids) => (await reader.results(ids)).filter((result) => result.matchable),
      all: () => prepared,
    };
    await measure(corpus, need, text, context, Number(flag('--runs', '30')), Number(flag('--brute-runs', '5')));

    // What a resident index would give on this corpus: candidates from an in-process inverted
    // index over the same matchable results and rows from memory, no database in the path. Not
    // how the system runs (its candidates come from the SearchEngine port): a figure for deciding.
    started = performance.now();
    const resident = inMemoryCorpus(scorer.tokenizer, text, all);
    process.stdout.write(`\nresident index (not the running system): ${resident.size} results indexed in memory in ${seconds(started)} s`);
    await measure(resident, need, text, context, Number(flag('--runs', '30')), Number(flag('--brute-runs', '5')));

    // Recall over many needs, so one lucky need does not decide the figure.
    const sample: { id: string }[] = await dataSource.query(`SELECT id FROM tech_need WHERE status = 'PUBLISHED' ORDER BY md5(id::text) LIMIT $1`, [
      Number(flag('--recall-needs', '30')),
    ]);
    const recalls: number[] = [];
    for (const row of sample) {
      const [entry] = await reader.needs([row.id]);
      const expansion = text.conceptExpansion(entry);
      const requests = candidateRequests(entry, text.keywords(entry), CANDIDATE_LIMIT, expansion.terms, expansion.fieldCodes);
      const collected = await collectCandidates(corpus.source, requests, ENOUGH_CANDIDATES);
      const ours = rankCandidates(
        text.prepareNeed(entry),
        (await corpus.load(collected.ids)).map((result) => text.prepareResult(result)),
        context,
        TOP_K,
      );
      const brute = rankCandidates(text.prepareNeed(entry), prepared, context, TOP_K);
      recalls.push(
        overlapAt(
          ours.map((x) => x.result.id),
          brute.map((x) => x.result.id),
          TOP_K,
        ),
      );
    }
    recalls.sort((a, b) => a - b);
    const meanRecall = recalls.reduce((sum, value) => sum + value, 0) / Math.max(1, recalls.length);
    process.stdout.write(
      `recall@${TOP_K} vs brute force over ${recalls.length} published needs: mean ${meanRecall.toFixed(3)}, min ${recalls[0]?.toFixed(2)}, median ${percentile(recalls, 50)?.toFixed(2)}\n`,
    );

    // Full batch recompute of every published need, as after a bulk import (`--batch no` skips it).
    if (flag('--batch', 'yes') === 'no') return;
    const ids = await reader.publishedNeedIds();
    const feedback = await recompute.feedbackStats();
    let pairs = 0;
    let rows = 0;
    started = performance.now();
    for (const [index, id] of ids.entries()) {
      const outcome = await recompute.recomputeNeed(id, { frequencies, feedback });
      pairs += outcome.scored;
      rows += outcome.upserted;
      bar.update('recompute', index + 1, ids.length);
    }
    bar.finish();
    const elapsed = (performance.now() - started) / 1000;
    const [stored] = await dataSource.query(`SELECT count(*)::int AS n FROM match`);
    process.stdout.write(
      `batch recompute: ${ids.length} published needs in ${elapsed.toFixed(1)} s — ${(ids.length / elapsed).toFixed(1)} needs/s, ${pairs} pairs scored, ${Math.round(pairs / elapsed)} pairs/s; ${rows} rows written, ${stored.n} matches stored\n`,
    );
    process.stdout.write(
      `(brute force for the same batch would score ${ids.length} × ${prepared.length} = ${(ids.length * prepared.length).toExponential(2)} pairs)\n`,
    );
  } finally {
    await app?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await runtime.stop();
  }
}

async function main(): Promise<void> {
  const corpus = flag('--corpus', 'both');
  if (corpus === 'memory' || corpus === 'both') await memoryLeg();
  if (corpus === 'db' || corpus === 'both') await databaseLeg();
}

void main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
