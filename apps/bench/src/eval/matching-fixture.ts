import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { DEFAULT_SCORER_OPTIONS, MatchableNeed, MatchableResult, MatchWeights, normaliseWeights, ScorerOptions } from '@techbridge/matching';

export interface EvalNeed extends MatchableNeed {
  split: 'tune' | 'holdout';
  /** Result id → grade 1–3. */
  relevant: Record<string, number>;
}

export interface EvalFixture {
  now: Date;
  needs: EvalNeed[];
  results: MatchableResult[];
}

const FIXTURE = 'libs/matching/fixtures/eval/matching-eval.json';

/** The checkout root: the nearest folder above this script that holds the fixture. */
function repositoryRoot(): string {
  let folder = __dirname;
  while (!existsSync(join(folder, FIXTURE))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`${FIXTURE} not found above ${__dirname}`);
    folder = parent;
  }
  return folder;
}

type Dated<T> = Omit<T, 'publishedAt'> & { publishedAt: string | null };

export function loadEvalFixture(): EvalFixture {
  const raw = JSON.parse(readFileSync(join(repositoryRoot(), FIXTURE), 'utf8')) as { now: string; needs: Dated<EvalNeed>[]; results: Dated<MatchableResult>[] };
  const date = (value: string | null) => (value ? new Date(value) : null);
  return {
    now: new Date(raw.now),
    needs: raw.needs.map((need) => ({ ...need, publishedAt: date(need.publishedAt) })),
    results: raw.results.map((result) => ({ ...result, publishedAt: date(result.publishedAt) })),
  };
}

/** MATCH_WEIGHTS from the environment (a JSON object of factor → weight), as the services read it. */
export function weightsFromEnvironment(): MatchWeights {
  const text = process.env.MATCH_WEIGHTS;
  return normaliseWeights(text ? (JSON.parse(text) as Record<string, number>) : {});
}

/** Scorer options to try from the command line: `--option textSaturation=0.6`. */
export function scorerOptionsFromArguments(argv: string[] = process.argv): Partial<ScorerOptions> {
  const options: Partial<ScorerOptions> = {};
  argv.forEach((argument, index) => {
    if (argument !== '--option') return;
    const [name, value] = (argv[index + 1] ?? '').split('=');
    if (!(name in DEFAULT_SCORER_OPTIONS) || !Number.isFinite(Number(value))) throw new Error(`Unknown scorer option: ${argv[index + 1]}`);
    options[name as keyof ScorerOptions] = Number(value);
  });
  return options;
}
