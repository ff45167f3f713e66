/**
 * Evaluation of matching on the labelled fixture: precision@5, recall@20 and nDCG@10 of the
 * scorer over all results (brute force) and of the candidate step + scorer, per split.
 * Run: npm run eval:matching   (MATCH_WEIGHTS='{"text":0.4}' to try other weights; --verbose)
 */
import {
  CANDIDATE_LIMIT,
  candidateRequests,
  collectCandidates,
  ENOUGH_CANDIDATES,
  FeedbackStats,
  InMemoryCandidateSource,
  MatchText,
  MatchTokenizer,
  mean,
  ndcgAt,
  overlapAt,
  precisionAt,
  rankCandidates,
  recallAt,
  ScorerContext,
  Taxonomy,
} from '@techbridge/matching';

import { EvalNeed, loadEvalFixture, scorerOptionsFromArguments, weightsFromEnvironment } from './matching-fixture';

interface NeedFigures {
  need: EvalNeed;
  brute: string[];
  candidates: string[];
  candidateCount: number;
  requests: number;
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const fixture = loadEvalFixture();
  const tokenizer = new MatchTokenizer();
  const text = new MatchText(tokenizer, MatchText.frequenciesOf(tokenizer, [...fixture.results, ...fixture.needs]));
  const context: ScorerContext = {
    weights: weightsFromEnvironment(),
    taxonomy: Taxonomy.default(),
    feedback: FeedbackStats.empty(),
    now: fixture.now,
    options: scorerOptionsFromArguments(),
  };
  const prepared = new Map(fixture.results.map((result) => [result.id, text.prepareResult(result)]));
  const source = new InMemoryCandidateSource(tokenizer, fixture.results);

  const figures: NeedFigures[] = [];
  for (const need of fixture.needs) {
    const preparedNeed = text.prepareNeed(need);
    const brute = rankCandidates(preparedNeed, prepared.values(), context, 20).map((entry) => entry.result.id);
    const collected = await collectCandidates(source, candidateRequests(need, text.keywords(need), CANDIDATE_LIMIT), ENOUGH_CANDIDATES);
    const candidates = rankCandidates(
      preparedNeed,
      collected.ids.map((id) => prepared.get(id)!),
      context,
      20,
    ).map((entry) => entry.result.id);
    figures.push({ need, brute, candidates, candidateCount: collected.ids.length, requests: collected.requests });
    if (verbose) {
      const grades = new Map(Object.entries(need.relevant));
      process.stdout.write(`\n${need.id} [${need.fieldCode}] ${need.title}\n  keywords: ${text.keywords(need).join(' ')}\n`);
      for (const id of brute.slice(0, 8)) {
        const result = prepared.get(id)!.result;
        process.stdout.write(`  ${grades.get(id) ?? 0} ${id} ${result.fieldCode} TRL${result.trl} ${result.title}\n`);
      }
    }
  }

  const rows: [string, NeedFigures[]][] = [
    ['all', figures],
    ['tune', figures.filter((entry) => entry.need.split === 'tune')],
    ['holdout', figures.filter((entry) => entry.need.split === 'holdout')],
  ];
  const pct = (value: number) => value.toFixed(3);
  process.stdout.write(`\nMatching evaluation: ${fixture.needs.length} needs × ${fixture.results.length} results\n`);
  process.stdout.write(
    `weights: ${JSON.stringify(Object.fromEntries(Object.entries(context.weights).map(([key, value]) => [key, Number(value.toFixed(3))])))}\n\n`,
  );
  process.stdout.write('split     needs | brute force: P@5   R@20  nDCG@10 | candidates+scorer: P@5   R@20  nDCG@10  R@20 vs brute | cands  requests\n');
  for (const [name, entries] of rows) {
    const metric = (pick: (entry: NeedFigures) => string[], fn: typeof precisionAt, k: number) =>
      mean(entries.map((entry) => fn(pick(entry), new Map(Object.entries(entry.need.relevant)), k)));
    const brute = (entry: NeedFigures) => entry.brute;
    const cands = (entry: NeedFigures) => entry.candidates;
    process.stdout.write(
      `${name.padEnd(9)} ${String(entries.length).padStart(5)} |              ${pct(metric(brute, precisionAt, 5))} ${pct(metric(brute, recallAt, 20))} ${pct(metric(brute, ndcgAt, 10))}  |` +
        `                    ${pct(metric(cands, precisionAt, 5))} ${pct(metric(cands, recallAt, 20))} ${pct(metric(cands, ndcgAt, 10))}  ` +
        `${pct(mean(entries.map((entry) => overlapAt(entry.candidates, entry.brute, 20))))}         | ${mean(entries.map((entry) => entry.candidateCount))
          .toFixed(0)
          .padStart(5)}  ${mean(entries.map((entry) => entry.requests)).toFixed(1)}\n`,
    );
  }
  process.stdout.write('\nGoals: precision@5 ≥ 0.8, nDCG@10 ≥ 0.85 (brute force); candidates should keep R@20 vs brute close to 1.\n');
}

void main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
