import { parseArgs, ParseArgsConfig } from 'node:util';

export const USAGE = `Usage: techbridge <command> [options]

Commands:
  migrate                          apply pending migrations
  reset                            drop everything, migrate, seed the demo data
  seed [--results N] [--needs M]   seed demo data (N results, M needs; default: the demo scale)
  reindex [results|needs|all]      rebuild the search index from PostgreSQL (default: all); searches keep answering meanwhile
  kpis-rebuild                     recompute the KPI daily rollup (every figure, every year) from the base tables
  matching-train [--dry-run] [--min-pairs N] [--seed N]
                                   learn the match factor weights per field from broker signal (shortlists,
                                   dismissals, deals, contracts); activated only if it beats the weights in use
                                   on the newest signal (nDCG@10); --dry-run stores nothing
  matching-activate <version>      make a stored weight model version the active one (a rollback too)
  help                             show this text

Options:
  -h, --help                       show this text (or: techbridge <command> --help)

Configuration comes from the environment and .env (see .env.example); nothing starts before
the command line is understood.
`;

export type CliCommand =
  | { command: 'migrate' }
  | { command: 'reset' }
  | { command: 'seed'; results?: number; needs?: number }
  | { command: 'reindex'; target: 'results' | 'needs' | 'all' }
  | { command: 'kpis-rebuild' }
  | { command: 'matching-train'; dryRun: boolean; minPairs?: number; seed?: number }
  | { command: 'matching-activate'; version: number };

export type ParsedCli = { kind: 'help' } | { kind: 'error'; message: string } | ({ kind: 'run' } & CliCommand);

type Options = NonNullable<ParseArgsConfig['options']>;
const HELP: Options = { help: { type: 'boolean', short: 'h' } };

/** The options and positional arguments each command accepts. */
const COMMANDS: Record<CliCommand['command'], { options: Options; positionals: number }> = {
  migrate: { options: {}, positionals: 0 },
  reset: { options: {}, positionals: 0 },
  seed: {
    options: { results: { type: 'string' }, needs: { type: 'string' } },
    positionals: 0,
  },
  reindex: { options: {}, positionals: 1 },
  'kpis-rebuild': { options: {}, positionals: 0 },
  'matching-train': {
    options: { 'dry-run': { type: 'boolean' }, 'min-pairs': { type: 'string' }, seed: { type: 'string' } },
    positionals: 0,
  },
  'matching-activate': { options: {}, positionals: 1 },
};

function wholeNumber(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^\d+$/.test(text)) throw new Error(`--${name} takes a whole number (not ${text})`);
  return Number(text);
}

/**
 * Understands the whole command line before anything starts (no database, no migration): an
 * unknown command, option or extra argument is an error with the usage text.
 */
export function parseCli(argv: string[]): ParsedCli {
  const name = argv.find((arg) => !arg.startsWith('-'));
  if (name === undefined || name === 'help') {
    const rest = argv.filter((arg) => arg !== name);
    const unknown = rest.find((arg) => arg !== '--help' && arg !== '-h');
    return unknown ? { kind: 'error', message: `Unknown option ${unknown}` } : { kind: 'help' };
  }
  if (!Object.hasOwn(COMMANDS, name)) return { kind: 'error', message: `Unknown command: ${name}` };
  const command = name as CliCommand['command'];
  const spec = COMMANDS[command];
  const args = [...argv];
  args.splice(argv.indexOf(name), 1);
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: { ...HELP, ...spec.options },
      strict: true,
      allowPositionals: true,
    }));
  } catch (error) {
    return {
      kind: 'error',
      message: `${command}: ${(error as Error).message.split('. ')[0]}`,
    };
  }
  if (values.help) return { kind: 'help' };
  if (positionals.length > spec.positionals)
    return {
      kind: 'error',
      message: `${command}: unexpected argument ${positionals[spec.positionals]}`,
    };
  try {
    switch (command) {
      case 'seed':
        return {
          kind: 'run',
          command,
          results: wholeNumber('results', values.results),
          needs: wholeNumber('needs', values.needs),
        };
      case 'reindex': {
        const target = positionals[0] ?? 'all';
        if (target !== 'results' && target !== 'needs' && target !== 'all')
          return {
            kind: 'error',
            message: `reindex takes results, needs or all (not ${target})`,
          };
        return { kind: 'run', command, target };
      }
      case 'matching-activate': {
        const version = positionals[0];
        if (version === undefined || !/^[1-9]\d*$/.test(version))
          return { kind: 'error', message: `matching-activate takes a version number (${version === undefined ? 'none given' : `not ${version}`})` };
        return { kind: 'run', command, version: Number(version) };
      }
      case 'matching-train': {
        const minPairs = wholeNumber('min-pairs', values['min-pairs']);
        if (minPairs === 0) throw new Error('--min-pairs takes a whole number of at least 1');
        return {
          kind: 'run',
          command,
          dryRun: values['dry-run'] === true,
          minPairs,
          seed: wholeNumber('seed', values.seed),
        };
      }
      case 'migrate':
      case 'reset':
      case 'kpis-rebuild':
        return { kind: 'run', command };
    }
  } catch (error) {
    return {
      kind: 'error',
      message: `${command}: ${(error as Error).message}`,
    };
  }
}
