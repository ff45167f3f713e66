/**
 * Micro-benchmark of matching one need against N results: candidates (keyword search with
 * relaxation) + scoring versus brute-force scoring of all N. Prints p50/p95 of both, the
 * ratio, and recall@20 of ours against brute force.
 * Run: npm run bench:matching [-- --results 100000 --need n01 --runs 30]
 *
 * The corpus is synthetic, built in memory from the evaluation fixture's vocabulary. A
 * database- and search-engine-backed corpus implements the same `BenchCorpus` and slots in.
 */
import {
  CandidateSource,
  candidateRequests,
  collectCandidates,
  FeedbackStats,
  InMemoryCandidateSource,
  MatchableNeed,
  MatchableResult,
  MatchText,
  MatchTokenizer,
  overlapAt,
  PreparedResult,
  rankCandidates,
  ScorerContext,
  Taxonomy,
} from '@techbridge/matching';
import { EvalFixture, loadEvalFixture, weightsFromEnvironment } from '../eval/matching-fixture';

const ENOUGH_CANDIDATES = 100;
const CANDIDATE_LIMIT = 200;
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

function inMemoryCorpus(tokenizer: MatchTokenizer, text: MatchText, results: MatchableResult[]): BenchCorpus {
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

async function main(): Promise<void> {
  const count = Number(flag('--results', '100000'));
  const runs = Number(flag('--runs', '30'));
  const bruteRuns = Number(flag('--brute-runs', '5'));
  const fixture = loadEvalFixture();
  const need: MatchableNeed = fixture.needs.find((entry) => entry.id === flag('--need', 'n01')) ?? fixture.needs[0];
  const tokenizer = new MatchTokenizer();

  let started = Date.now();
  const results = synthesise(fixture, count);
  const text = new MatchText(tokenizer, MatchText.frequenciesOf(tokenizer, results));
  const corpus = inMemoryCorpus(tokenizer, text, results);
  process.stdout.write(`corpus: ${corpus.size} synthetic results built, tokenized and indexed in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  process.stdout.write(`need ${need.id} [${need.fieldCode}] ${need.title}\n`);

  const context: ScorerContext = { weights: weightsFromEnvironment(), taxonomy: Taxonomy.default(), feedback: FeedbackStats.empty(), now: fixture.now };

  const ours = async () => {
    const preparedNeed = text.prepareNeed(need);
    const collected = await collectCandidates(corpus.source, candidateRequests(need, text.keywords(need), CANDIDATE_LIMIT), ENOUGH_CANDIDATES);
    const loaded = await corpus.load(collected.ids);
    const ranked = rankCandidates(preparedNeed, loaded.map((result) => text.prepareResult(result)), context, TOP_K);
    return { ids: ranked.map((entry) => entry.result.id), candidates: collected.ids.length, requests: collected.requests };
  };
  const brute = () => rankCandidates(text.prepareNeed(need), corpus.all(), context, TOP_K).map((entry) => entry.result.id);

  await ours(); // warm-up: jieba dictionary, JIT
  const ourTimes: number[] = [];
  let last = await ours();
  for (let run = 0; run < runs; run += 1) {
    started = performance.now();
    last = await ours();
    ourTimes.push(performance.now() - started);
  }
  const bruteTimes: number[] = [];
  let reference: string[] = [];
  for (let run = 0; run < bruteRuns; run += 1) {
    started = performance.now();
    reference = brute();
    bruteTimes.push(performance.now() - started);
  }
  ourTimes.sort((a, b) => a - b);
  bruteTimes.sort((a, b) => a - b);
  const row = (name: string, times: number[]) => `${name.padEnd(26)} p50 ${percentile(times, 50).toFixed(1).padStart(8)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(8)} ms   (${times.length} runs)\n`;
  process.stdout.write(`\n${row('candidates + score', ourTimes)}${row(`brute force (${corpus.size})`, bruteTimes)}`);
  process.stdout.write(`speed-up (p50 brute / p50 ours): ${(percentile(bruteTimes, 50) / percentile(ourTimes, 50)).toFixed(1)}×\n`);
  process.stdout.write(`candidates scored: ${last.candidates} from ${last.requests} request(s)\n`);
  process.stdout.write(`recall@${TOP_K} of ours vs brute force: ${overlapAt(last.ids, reference, TOP_K).toFixed(3)}\n`);
  process.stdout.write('Goals: p95 ≤ 150 ms, ≥ 50× faster, recall@20 ≥ 0.95 of brute force.\n');
}

void main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
