import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadConfig } from './app.config';
import { loadEnvFile } from './env-file';

describe('loadEnvFile', () => {
  const dir = (): string => mkdtempSync(join(tmpdir(), 'tb-env-'));

  it('loads .env from the working directory, the real environment winning over the file', () => {
    const cwd = dir();
    writeFileSync(join(cwd, '.env'), '# comment\nPORT=4100\nLOG_LEVEL=debug # trailing note\nCORS_ORIGINS="https://a.example,https://b.example"\n');
    const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'warn' };
    const result = loadEnvFile(env, cwd);
    expect(result).toEqual({
      file: join(cwd, '.env'),
      applied: ['CORS_ORIGINS', 'PORT'],
      overridden: ['LOG_LEVEL'],
    });
    const config = loadConfig(env);
    expect(config.PORT).toBe(4100);
    expect(config.LOG_LEVEL).toBe('warn');
    expect(config.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
  });

  it('is quiet without a .env, and refuses a named ENV_FILE that does not exist', () => {
    const cwd = dir();
    expect(loadEnvFile({}, cwd)).toBeNull();
    expect(() => loadEnvFile({ ENV_FILE: 'missing.env' }, cwd)).toThrow('ENV_FILE: missing.env does not exist');
    writeFileSync(join(cwd, 'staging.env'), 'PORT=4200\n');
    const env: NodeJS.ProcessEnv = { ENV_FILE: 'staging.env' };
    expect(loadEnvFile(env, cwd)?.applied).toEqual(['PORT']);
    expect(env.PORT).toBe('4200');
  });
});
