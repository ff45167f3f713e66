import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';

import { ConfigError } from './app.config';

export interface EnvFileResult {
  file: string;
  /** Names set from the file (never their values). */
  applied: string[];
  /** Names the file also sets but the real environment already had: the environment wins. */
  overridden: string[];
}

/**
 * Loads `.env` (or the file ENV_FILE names) from the working directory into `env`, dotenv
 * syntax as Node parses it. Precedence: the real environment, then the file, then the defaults
 * in AppConfig. A missing `.env` is fine; a missing ENV_FILE is a configuration error.
 */
export function loadEnvFile(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): EnvFileResult | null {
  const named = env.ENV_FILE;
  const file = resolve(cwd, named || '.env');
  if (!existsSync(file)) {
    if (named) throw new ConfigError([`ENV_FILE: ${named} does not exist`]);
    return null;
  }
  const values = parseEnv(readFileSync(file, 'utf8'));
  const applied: string[] = [];
  const overridden: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (env[name] !== undefined) {
      overridden.push(name);
      continue;
    }
    env[name] = value;
    applied.push(name);
  }
  return { file, applied: applied.sort(), overridden: overridden.sort() };
}
