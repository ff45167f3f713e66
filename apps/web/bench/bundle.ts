import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** Static imports of a chunk, itself included (what the browser must load before it runs). */
function closure(manifest: Record<string, ManifestChunk>, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

export interface RouteBundle {
  route: string;
  /** gzipped JavaScript loaded before the route renders (shell + route chunk + their imports), bytes. */
  initialJs: number;
  /** of which the route's own chunks beyond the shell, bytes. */
  routeJs: number;
}

/** Per-route initial JavaScript from Vite's manifest (dist/.vite/manifest.json), gzipped at level 9. */
export function routeBundles(dist: string, routes: Record<string, string>): { shellJs: number; routes: RouteBundle[] } {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const size = (key: string) => {
    const file = manifest[key].file;
    return file.endsWith('.js') ? gzipSync(readFileSync(join(dist, file)), { level: 9 }).length : 0;
  };
  const shell = closure(manifest, 'index.html');
  const shellJs = [...shell].reduce((sum, key) => sum + size(key), 0);
  return {
    shellJs,
    routes: Object.entries(routes).map(([route, source]) => {
      const own = [...closure(manifest, source)].filter((key) => !shell.has(key));
      const routeJs = own.reduce((sum, key) => sum + size(key), 0);
      return { route, initialJs: shellJs + routeJs, routeJs };
    }),
  };
}
