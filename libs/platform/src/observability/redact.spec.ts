import { AppLogger } from './app-logger';
import { Redactor } from './redact';

describe('Redactor', () => {
  const redactor = Redactor.fromConfig(
    {
      JWT_SECRET: 'jwt-secret-value-0123456789abcdef',
      DATABASE_URL: 'postgres://app:db%2Fpass-word@db:5432/tb',
      METRICS_TOKEN: 'metrics-token-abcdef',
    },
    ['runtime-only-secret-xyz'],
  );

  it('masks configured secret values, each URL password, JWTs, bearer values and password pairs', () => {
    const text = redactor.text(
      'jwt-secret-value-0123456789abcdef db/pass-word postgres://u:hunter22@h/x eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijk Bearer abcdefghijkl password=swordfish {"token":"t0k3nvalue"} runtime-only-secret-xyz metrics-token-abcdef',
    );
    for (const secret of [
      'jwt-secret-value',
      'db/pass-word',
      'hunter22',
      'eyJhbGci',
      'abcdefghijkl',
      'swordfish',
      't0k3nvalue',
      'runtime-only',
      'metrics-token',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('postgres://u:[redacted]@h/x');
  });

  it('leaves ordinary text alone and copies records rather than changing them', () => {
    const record = {
      msg: 'request',
      path: '/graphql',
      nested: { note: 'uses jwt-secret-value-0123456789abcdef' },
    };
    expect(redactor.value(record)).toEqual({
      msg: 'request',
      path: '/graphql',
      nested: { note: 'uses [redacted]' },
    });
    expect(record.nested.note).toContain('jwt-secret');
    expect(redactor.text('Applied 3 migration(s)')).toBe('Applied 3 migration(s)');
  });
});

describe('AppLogger', () => {
  function written(run: (logger: AppLogger) => void, format: 'json' | 'pretty'): string {
    const chunks: string[] = [];
    const spies = (['stdout', 'stderr'] as const).map((name) =>
      jest.spyOn(process[name], 'write').mockImplementation((chunk: string | Uint8Array) => {
        chunks.push(String(chunk));
        return true;
      }),
    );
    try {
      run(
        new AppLogger(new Redactor(['s3cr3t-value']), {
          format,
          levels: ['error', 'warn', 'log'],
        }),
      );
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
    return chunks.join('');
  }

  it('writes one JSON object per line with the fields of a record at the top level', () => {
    const out = written((logger) => logger.log({ msg: 'request', status: 200, durationMs: 3.2 }, 'HTTP'), 'json');
    const line = JSON.parse(out.trim()) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: 'log',
      context: 'HTTP',
      message: 'request',
      status: 200,
      durationMs: 3.2,
    });
    expect(new Date(line.time as string).getTime()).toBeGreaterThan(0);
  });

  it('redacts messages and stacks in both formats', () => {
    for (const format of ['json', 'pretty'] as const) {
      const out = written((logger) => logger.error('failed with s3cr3t-value', 'Error: s3cr3t-value\n    at x', 'Ctx'), format);
      expect(out).toContain('[redacted]');
      expect(out).not.toContain('s3cr3t-value');
    }
  });

  it('prints a record as text with key=value fields in the pretty format', () => {
    const out = written((logger) => logger.log({ msg: 'job finished', queue: 'search.index', durationMs: 12 }, 'JobsService'), 'pretty');
    expect(out).toContain('job finished queue=search.index durationMs=12');
  });
});

describe('AppLogger without a stack', () => {
  it('logs an error that has no stack', () => {
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(() =>
        new AppLogger(new Redactor([]), {
          format: 'pretty',
          levels: ['error'],
        }).error('plain failure'),
      ).not.toThrow();
    } finally {
      spy.mockRestore();
    }
  });
});
