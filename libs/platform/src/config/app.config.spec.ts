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
      loadConfig({ PORT: 'abc', SEARCH_ENGINE: 'meilisearch', ADMIN_EMAIL: 'a@b.example', ADMIN_PASSWORD: 'short', DATABASE_URL: 'mysql://x', JWT_SECRET: secret });
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
});
