import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * Secrets the embedded default generates once and keeps under the data folder (mode 0600),
 * so a restart keeps sessions and the database password valid.
 */
export async function readOrCreateSecret(dataDir: string, name: string, bytes = 48): Promise<string> {
  const file = resolve(dataDir, 'secrets', name);
  try {
    const value = (await readFile(file, 'utf8')).trim();
    if (value.length > 0) return value;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(resolve(dataDir, 'secrets'), { recursive: true, mode: 0o700 });
  const value = randomBytes(bytes).toString('base64url');
  await writeFile(file, `${value}\n`, { mode: 0o600 });
  return value;
}
