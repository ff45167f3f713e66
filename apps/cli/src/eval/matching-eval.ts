/**
 * Evaluation of matching on the labelled fixtures: precision@5, recall@20 and nDCG@10 of the
 * scorer over all results (brute force) and of the candidate step + scorer, per split; on the
 * harder set also per kind of need, with the share of the top 5 taken by hard distractors.
 * Run: npm run eval:matching   (--concepts off for the scorer without the concept layer;
 * MATCH_WEIGHTS='{"text":0.4}' to try other weights; --option name=value; --verbose)
 */
import {
  CANDIDATE_LIMIT,
  ConceptCredits,
  DEFAULT_CONCEPT_CREDITS,
  ENOUGH_CANDIDATES,
  candidateRequests,
  collectCandidates,
  FeedbackStats,
  InMemoryCandidateSource,
  MatchableResult,
  MatchText,
  MatchTokenizer,
  mean,
  ndcgAt,
  overlapAt,
  PreparedResult,
  precisionAt,
  rankCandidates,
  recallAt,
  ScorerContext,
  Taxonomy,
} from '@techbridge/matching';
import { ConceptExtractor, SearchSynonyms, seedConceptGraph } from '@techbridge/search';
import { EvalNeed, loadEvalFixture, NEED_KIND_NAMES, NEED_KINDS, scorerOptionsFromArguments, weightsFromEnvironment } from './matching-fixture';

export interface NeedFigures {
  need: EvalNeed;
  brute: string[];
  candidates: string[];
  candidateCount: number;
  requests: number;
}

export interface EvalRun {
  easy: NeedFigures[];
  hard: NeedFigures[];
  context: ScorerContext;
}

/**
 * Runs both sets with the given scorer context (weights, options) and concept layer on or off:
 * the easy needs against the easy results, the harder needs against the harder results and the
 * easy ones together (a catalogue where the look-alikes compete with everything else).
 */
export async function runEvaluation(options: { concepts: boolean; context?: Partial<ScorerContext>; credits?: Partial<ConceptCredits>; verbose?: boolean }): Promise<EvalRun> {
  const easy = loadEvalFixture('easy');
  const hard = loadEvalFixture('hard');
  const tokenizer = new MatchTokenizer();
  const graph = options.concepts ? seedConceptGraph() : undefined;
  const extractor = graph ? new ConceptExtractor(graph) : undefined;
  const allResults: MatchableResult[] = [...easy.results, ...hard.results];
  // Each set with the document frequencies of its own catalogue, as the service counts them.
  const credits = { ...DEFAULT_CONCEPT_CREDITS, ...options.credits };
  const easyText = new MatchText(tokenizer, MatchText.frequenciesOf(tokenizer, [...easy.results, ...easy.needs], extractor), undefined, undefined, extractor, credits);
  const hardText = new MatchText(tokenizer, MatchText.frequenciesOf(tokenizer, [...allResults, ...easy.needs, ...hard.needs], extractor), undefined, undefined, extractor, credits);
  const base: ScorerContext = {
    weights: weightsFromEnvironment(),
    taxonomy: Taxonomy.default(),
    feedback: FeedbackStats.empty(),
    now: easy.now,
    options: scorerOptionsFromArguments(),
    conceptGraph: graph,
  };
  const context: ScorerContext = { ...base, ...options.context };
  const synonyms = graph ? new SearchSynonyms(graph) : undefined;
  const run = async (text: MatchText, needs: EvalNeed[], results: MatchableResult[]): Promise<NeedFigures[]> => {
    const prepared = new Map(results.map((result) => [result.id, text.prepareResult(result)]));
    const pool: PreparedResult[] = [...prepared.values()];
    const source = new InMemoryCandidateSource(
      tokenizer,
      pool.map((entry) => entry.result),
      synonyms,
    );
    const out: NeedFigures[] = [];
    for (const need of needs) {
      const preparedNeed = text.prepareNeed(need);
      const brute = rankCandidates(preparedNeed, pool, context, 20).map((entry) => entry.result.id);
      const requests = candidateRequests(need, text.keywords(need), CANDIDATE_LIMIT, text.conceptTerms(preparedNeed));
      const collected = await collectCandidates(source, requests, ENOUGH_CANDIDATES);
      const candidates = rankCandidates(
        preparedNeed,
        collected.ids.map((id) => prepared.get(id)!),
        context,
        20,
      ).map((entry) => entry.result.id);
      out.push({
        need,
        brute,
        candidates,
        candidateCount: collected.ids.length,
        requests: collected.requests,
      });
      if (options.verbose) {
        const grades = new Map(Object.entries(need.relevant));
        const distractors = new Set(need.distractors ?? []);
        process.stdout.write(
          `\n${need.id} [${need.fieldCode}] ${need.title}\n  keywords: ${text.keywords(need).join(' ')}\n  concepts: ${[...(preparedNeed.concepts?.weights.keys() ?? [])].join(' ')} → ${text.conceptTerms(preparedNeed).join(' ')}\n`,
        );
        for (const id of brute.slice(0, 8)) {
          const result = prepared.get(id)!.result;
          process.stdout.write(`  ${distractors.has(id) ? 'D' : (grades.get(id) ?? 0)} ${id} ${result.fieldCode} TRL${result.trl} ${result.title}\n`);
        }
      }
    }
    return out;
  };
  return {
    easy: await run(easyText, easy.needs, easy.results),
    hard: await run(hardText, hard.needs, allResults),
    context,
  };
}

/** Share of the first k ranked ids that are labelled distractors. */
export function distractorShare(ranked: readonly string[], distractors: readonly string[], k: number): number {
  const set = new Set(distractors);
  return ranked.slice(0, k).filter((id) => set.has(id)).length / k;
}

export interface Figures {
  p5: number;
  r20: number;
  ndcg10: number;
  distractors5: number;
}

export function figuresOf(entries: readonly NeedFigures[], pick: 'brute' | 'candidates'): Figures {
  const metric = (fn: typeof precisionAt, k: number) => mean(entries.map((entry) => fn(entry[pick], new Map(Object.entries(entry.need.relevant)), k)));
  return {
    p5: metric(precisionAt, 5),
    r20: metric(recallAt, 20),
    ndcg10: metric(ndcgAt, 10),
    distractors5: mean(entries.map((entry) => distractorShare(entry[pick], entry.need.distractors ?? [], 5))),
  };
}

function print(label: string, run: EvalRun): void {
  const f = (value: number) => value.toFixed(3);
  const pct = (value: number) => `${(value * 100).toFixed(1).padStart(5)} %`;
  const row = (name: string, entries: NeedFigures[]) => {
    const brute = figuresOf(entries, 'brute');
    const cands = figuresOf(entries, 'candidates');
    const vsBrute = mean(entries.map((entry) => overlapAt(entry.candidates, entry.brute, 20)));
    return (
      `${name.padEnd(44)} ${String(entries.length).padStart(3)} | ${f(brute.p5)} ${f(brute.r20)} ${f(brute.ndcg10)} ${pct(brute.distractors5)} |` +
      ` ${f(cands.p5)} ${f(cands.r20)} ${f(cands.ndcg10)} ${pct(cands.distractors5)}  ${f(vsBrute)} | ${mean(entries.map((entry) => entry.candidateCount))
        .toFixed(0)
        .padStart(5)} ${mean(entries.map((entry) => entry.requests)).toFixed(1)}\n`
    );
  };
  const header = `${'set / split / kind'.padEnd(44)}   n | brute force: P@5 R@20  nDCG@10 distr@5 | candidates+scorer: P@5 R@20 nDCG@10 distr@5  R@20 vs brute | cands req\n`;
  process.stdout.write(`\n== ${label} ==\nweights: ${JSON.stringify(Object.fromEntries(Object.entries(run.context.weights).map(([key, value]) => [key, Number(value.toFixed(3))])))}\n${header}`);
  for (const [name, entries] of [
    ['easy: all', run.easy],
    ['easy: tune', run.easy.filter((entry) => entry.need.split === 'tune')],
    ['easy: holdout', run.easy.filter((entry) => entry.need.split === 'holdout')],
    ['hard: all', run.hard],
    ['hard: tune', run.hard.filter((entry) => entry.need.split === 'tune')],
    ['hard: holdout', run.hard.filter((entry) => entry.need.split === 'holdout')],
  ] as const) {
    process.stdout.write(row(name, [...entries]));
  }
  for (const kind of NEED_KINDS)
    process.stdout.write(
      row(
        `hard kind: ${NEED_KIND_NAMES[kind]}`,
        run.hard.filter((entry) => entry.need.kinds?.includes(kind)),
      ),
    );
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const conceptsFlag = process.argv.indexOf('--concepts');
  const only = conceptsFlag >= 0 ? process.argv[conceptsFlag + 1] : 'both';
  const easy = loadEvalFixture('easy');
  const hard = loadEvalFixture('hard');
  process.stdout.write(
    `Matching evaluation: easy set ${easy.needs.length} needs × ${easy.results.length} results; harder set ${hard.needs.length} needs × ${hard.results.length + easy.results.length} results (its own ${hard.results.length} and the easy ones)\n`,
  );
  if (only === 'off' || only === 'both')
    print(
      'concept layer off',
      await runEvaluation({
        concepts: false,
        verbose: verbose && only === 'off',
      }),
    );
  if (only === 'on' || only === 'both') print('concept layer on', await runEvaluation({ concepts: true, verbose }));
  process.stdout.write('\nGoals: easy set P@5 ≥ 0.8 and nDCG@10 ≥ 0.85 with no loss; harder set P@5 ≥ 0.9, nDCG@10 ≥ 0.95, distractors in the top 5 ≤ 5 %.\n');
}

if (require.main === module) {
  void main().catch((error: Error) => {
    process.stderr.write(`${error.stack ?? error.message}\n`);
    process.exit(1);
  });
}
