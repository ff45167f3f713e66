import { parseCli, USAGE } from './cli-args';

describe('parseCli', () => {
  it('lists the commands for --help, -h, help and no command', () => {
    for (const argv of [['--help'], ['-h'], ['help'], [], ['seed', '--help']]) expect(parseCli(argv)).toEqual({ kind: 'help' });
    for (const command of ['migrate', 'reset', 'seed', 'reindex', 'kpis-rebuild']) expect(USAGE).toContain(`  ${command}`);
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
  });
});
