import { ConfigError, loadConfig, SECRET_VARIABLES } from './app.config';

describe('AppConfig', () => {
  it('has working defaults for the embedded mode', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.embeddedDatabase).toBe(true);
    expect(config.seedDemo).toBe(true);
    expect(config.runWorker).toBe(true);
    expect(config.SEARCH_ENGINE).toBe('postgres');
    expect(config.CORS_ORIGINS).toEqual([]);
  });

  it('turns demo seeding off by default on a managed database, and needs JWT_SECRET there', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@h/db' })).toThrow(/JWT_SECRET/);
    const config = loadConfig({ DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: 'x'.repeat(32), CORS_ORIGINS: 'https://a.example, https://b.example' });
    expect(config.seedDemo).toBe(false);
    expect(config.runWorker).toBe(false);
    expect(config.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
  });

  it('reports every problem on its own line, naming the variable and never its value', () => {
    const secret = 'super-secret-value';
    try {
      loadConfig({
        PORT: 'abc',
        SEARCH_ENGINE: 'meilisearch',
        ADMIN_EMAIL: 'a@b.example',
        ADMIN_PASSWORD: 'short',
        DATABASE_URL: 'mysql://x',
        JWT_SECRET: secret,
      });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems.map((line) => line.split(':')[0]).sort()).toEqual(['ADMIN_PASSWORD', 'DATABASE_URL', 'JWT_SECRET', 'MEILI_HOST', 'PORT']);
      expect((error as Error).message).not.toContain(secret);
      expect((error as Error).message).not.toContain('mysql://x');
    }
  });

  it('serves GraphiQL by default except under production, and GRAPHQL_IDE decides when set', () => {
    expect(loadConfig({}).graphqlIde).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', JWT_SECRET: 'x'.repeat(32) }).graphqlIde).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_IDE: 'true', DATABASE_URL: 'postgres://db/x', JWT_SECRET: 'x'.repeat(32) }).graphqlIde).toBe(true);
    expect(loadConfig({ GRAPHQL_IDE: 'off' }).graphqlIde).toBe(false);
  });

  it('lists the secret variables', () => {
    expect(SECRET_VARIABLES).toContain('JWT_SECRET');
  });

  it('refuses impossible dates in PUBLIC_HOLIDAYS and PUBLIC_WORKDAYS, a make-up workday on a weekday or also a holiday', () => {
    expect(() => loadConfig({ PUBLIC_HOLIDAYS: '2026-02-30' })).toThrow(/PUBLIC_HOLIDAYS/);
    expect(() => loadConfig({ PUBLIC_HOLIDAYS: '2026-01-01,2025-13-01' })).toThrow(/PUBLIC_HOLIDAYS/);
    expect(() => loadConfig({ PUBLIC_WORKDAYS: '2026-02-29' })).toThrow(/PUBLIC_WORKDAYS/);
    expect(() => loadConfig({ PUBLIC_WORKDAYS: '2026-09-27' })).not.toThrow();
    // 2026-09-28 is a Monday: nothing to make up.
    expect(() => loadConfig({ PUBLIC_WORKDAYS: '2026-09-28' })).toThrow(/weekday/);
    expect(() => loadConfig({ PUBLIC_HOLIDAYS: '2026-10-10', PUBLIC_WORKDAYS: '2026-10-10' })).toThrow(/also in PUBLIC_HOLIDAYS/);
    const config = loadConfig({ PUBLIC_HOLIDAYS: '2024-02-29, 2026-10-01', PUBLIC_WORKDAYS: '2026-09-27,2026-10-10' });
    expect(config.PUBLIC_WORKDAYS).toEqual(['2026-09-27', '2026-10-10']);
  });

  it('refuses published demo secrets under NODE_ENV=production, naming the variable but not the value', () => {
    const managed = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://app:Str0ng-unique-pw@db/techbridge',
      JWT_SECRET: 'a-real-secret-of-more-than-32-characters!!',
    };
    expect(() => loadConfig(managed)).not.toThrow();
    for (const [name, env] of [
      ['JWT_SECRET', { JWT_SECRET: 'local-trial-secret-change-me-0123456789' }],
      ['MEILI_API_KEY', { MEILI_API_KEY: 'local-trial-master-key-change-me' }],
      ['DATABASE_URL', { DATABASE_URL: 'postgres://techbridge:techbridge-local@postgres:5432/techbridge' }],
      ['ADMIN_PASSWORD', { ADMIN_EMAIL: 'ops@example.org', ADMIN_PASSWORD: 'Admin#2026demo' }],
    ] as const) {
      let error: unknown;
      try {
        loadConfig({ ...managed, ...env });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([expect.stringMatching(new RegExp(`^${name}: `))]);
      expect((error as Error).message).not.toMatch(/change-me|techbridge-local|2026demo/);
      // The same values are fine for a local trial.
      expect(() => loadConfig({ ...managed, ...env, NODE_ENV: 'development' })).not.toThrow();
    }
  });

  it('introspection and trust proxy default by NODE_ENV and follow their variables', () => {
    expect(loadConfig({}).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'off' }).introspection).toBe(false);
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(() => loadConfig({ TRUST_PROXY: 'a b' })).toThrow(/TRUST_PROXY/);
  });
});
