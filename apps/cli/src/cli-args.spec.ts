import { parseCli, USAGE } from './cli-args';

describe('parseCli', () => {
  it('lists the commands for --help, -h, help and no command', () => {
    for (const argv of [['--help'], ['-h'], ['help'], [], ['seed', '--help']]) expect(parseCli(argv)).toEqual({ kind: 'help' });
    for (const command of ['migrate', 'reset', 'seed', 'reindex', 'kpis-rebuild', 'matching-train', 'matching-activate'])
      expect(USAGE).toContain(`  ${command}`);
  });

  it('refuses an unknown command, option or extra argument', () => {
    expect(parseCli(['migrat'])).toEqual({
      kind: 'error',
      message: 'Unknown command: migrat',
    });
    expect(parseCli(['--verbose'])).toEqual({
      kind: 'error',
      message: 'Unknown option --verbose',
    });
    expect(parseCli(['migrate', '--force'])).toMatchObject({
      kind: 'error',
      message: expect.stringContaining("Unknown option '--force'") as string,
    });
    expect(parseCli(['seed', '--result', '10'])).toMatchObject({
      kind: 'error',
      message: expect.stringContaining("'--result'") as string,
    });
    expect(parseCli(['migrate', 'now'])).toEqual({
      kind: 'error',
      message: 'migrate: unexpected argument now',
    });
    expect(parseCli(['reindex', 'everything'])).toEqual({
      kind: 'error',
      message: 'reindex takes results, needs or all (not everything)',
    });
    expect(parseCli(['seed', '--results', 'ten'])).toEqual({
      kind: 'error',
      message: 'seed: --results takes a whole number (not ten)',
    });
    expect(parseCli(['seed', '--results'])).toMatchObject({ kind: 'error' });
    expect(parseCli(['matching-train', '--min-pairs', '-3'])).toMatchObject({ kind: 'error' });
    expect(parseCli(['matching-train', '--min-pairs', '1.5'])).toEqual({
      kind: 'error',
      message: 'matching-train: --min-pairs takes a whole number (not 1.5)',
    });
    expect(parseCli(['matching-train', '--min-pairs', '0'])).toEqual({
      kind: 'error',
      message: 'matching-train: --min-pairs takes a whole number of at least 1',
    });
    expect(parseCli(['matching-train', '--dry-run=yes'])).toMatchObject({ kind: 'error' });
    expect(parseCli(['matching-train', '--activate', '3'])).toMatchObject({
      kind: 'error',
      message: expect.stringContaining("'--activate'") as string,
    });
    expect(parseCli(['matching-activate'])).toEqual({ kind: 'error', message: 'matching-activate takes a version number (none given)' });
    expect(parseCli(['matching-activate', '0'])).toEqual({ kind: 'error', message: 'matching-activate takes a version number (not 0)' });
    expect(parseCli(['matching-activate', '2', '3'])).toEqual({ kind: 'error', message: 'matching-activate: unexpected argument 3' });
    expect(parseCli(['matching-train', 'now'])).toEqual({
      kind: 'error',
      message: 'matching-train: unexpected argument now',
    });
  });

  it('parses each command with its options', () => {
    expect(parseCli(['migrate'])).toEqual({ kind: 'run', command: 'migrate' });
    expect(parseCli(['seed', '--results', '100', '--needs=20'])).toEqual({
      kind: 'run',
      command: 'seed',
      results: 100,
      needs: 20,
    });
    expect(parseCli(['seed'])).toEqual({
      kind: 'run',
      command: 'seed',
      results: undefined,
      needs: undefined,
    });
    expect(parseCli(['reindex'])).toEqual({
      kind: 'run',
      command: 'reindex',
      target: 'all',
    });
    expect(parseCli(['reindex', 'needs'])).toEqual({
      kind: 'run',
      command: 'reindex',
      target: 'needs',
    });
    expect(parseCli(['kpis-rebuild'])).toEqual({
      kind: 'run',
      command: 'kpis-rebuild',
    });
    expect(parseCli(['matching-activate', '12'])).toEqual({ kind: 'run', command: 'matching-activate', version: 12 });
    expect(parseCli(['matching-train'])).toEqual({
      kind: 'run',
      command: 'matching-train',
      dryRun: false,
      minPairs: undefined,
      seed: undefined,
    });
    expect(parseCli(['matching-train', '--dry-run', '--min-pairs', '50', '--seed=7'])).toEqual({
      kind: 'run',
      command: 'matching-train',
      dryRun: true,
      minPairs: 50,
      seed: 7,
    });
  });
});
