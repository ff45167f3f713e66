import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_SCORER_OPTIONS, MatchableNeed, MatchableResult, normaliseWeights, MatchWeights, ScorerOptions } from '@techbridge/matching';

/** Kinds of need of the harder set (issue 21's table). */
export const NEED_KINDS = ['synonym', 'symptom', 'crosslang', 'neighbour', 'trlprice'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

export const NEED_KIND_NAMES: Record<NeedKind, string> = {
  synonym: 'synonym / abbreviation gap',
  symptom: 'problem worded as a symptom',
  crosslang: 'English on one side, Chinese on the other',
  neighbour: 'solving result in a neighbouring field',
  trlprice: 'text fits but TRL or price does not',
};

export interface EvalNeed extends MatchableNeed {
  split: 'tune' | 'holdout';
  /** Result id → grade 1–3. */
  relevant: Record<string, number>;
  /** Harder set only: the kinds this need belongs to. */
  kinds?: NeedKind[];
  /** Harder set only: results written to share the need's words but solve another problem. */
  distractors?: string[];
}

export interface EvalFixture {
  now: Date;
  needs: EvalNeed[];
  results: MatchableResult[];
}

const FIXTURE = 'libs/matching/fixtures/eval/matching-eval.json';
const HARD_FIXTURE = 'libs/matching/fixtures/eval/matching-eval-hard.json';

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

/** The easy set (default) or the harder one (`hard`: its needs and results only; the eval adds the easy results as background). */
export function loadEvalFixture(which: 'easy' | 'hard' = 'easy'): EvalFixture {
  const raw = JSON.parse(readFileSync(join(repositoryRoot(), which === 'hard' ? HARD_FIXTURE : FIXTURE), 'utf8')) as {
    now: string;
    needs: Dated<EvalNeed>[];
    results: Dated<MatchableResult>[];
  };
  const date = (value: string | null) => (value ? new Date(value) : null);
  return {
    now: new Date(raw.now),
    needs: raw.needs.map((need) => ({
      ...need,
      publishedAt: date(need.publishedAt),
    })),
    results: raw.results.map((result) => ({
      ...result,
      publishedAt: date(result.publishedAt),
    })),
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
