import { existsSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';

import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@techbridge/platform';
import type { NextFunction, Request, Response } from 'express';

/** Paths the API answers itself; the console's client routes never shadow them. */
export const API_PATHS = ['/graphql', '/graphiql', '/socket.io', '/health', '/metrics', '/files', '/events/', '/insights/'];

export function isApiPath(path: string): boolean {
  return API_PATHS.some((prefix) => path.startsWith(prefix));
}

/** Hashed build output never changes under its name; the HTML that names it must always be revalidated. */
export function cacheControlFor(filePath: string): string {
  const name = basename(filePath);
  if (name.endsWith('.html')) return 'no-cache';
  if (/[\\/]assets[\\/]/.test(filePath)) return 'public, max-age=31536000, immutable';
  return 'public, max-age=3600';
}

const COMPRESSED_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * The copy of `file` the build compressed ahead of time (`.br`, else `.gz`) that the request
 * accepts, so the console's JavaScript goes out compressed without compressing it per request.
 */
export function precompressed(req: Request, file: string): { path: string; encoding: 'br' | 'gzip' } | null {
  if (!COMPRESSED_TYPES[extname(file)]) return null;
  const accepted = req.acceptsEncodings('br', 'gzip');
  if (accepted === 'br' && existsSync(`${file}.br`)) return { path: `${file}.br`, encoding: 'br' };
  if ((accepted === 'br' || accepted === 'gzip') && existsSync(`${file}.gz`)) return { path: `${file}.gz`, encoding: 'gzip' };
  return null;
}

function sendPrecompressed(req: Request, res: Response, file: string, cacheControl: string): boolean {
  res.vary('Accept-Encoding');
  const copy = precompressed(req, file);
  if (!copy) return false;
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Content-Encoding', copy.encoding);
  res.setHeader('Content-Type', COMPRESSED_TYPES[extname(file)]);
  res.sendFile(copy.path);
  return true;
}

/**
 * Serves the built console (apps/web/dist) at `/`: files as they are, index.html for any other
 * GET that asks for a page (client routes), and GraphiQL at /graphiql when GRAPHQL_IDE is on.
 * Nothing here answers an API path, so /graphql, /health, /events/… reach their handlers.
 */
export function mountWebConsole(app: NestExpressApplication, config: AppConfig): void {
  const logger = new Logger('WebConsole');
  const dist = resolve(config.WEB_DIST_DIR);
  const index = join(dist, 'index.html');
  const graphiql = join(dist, 'graphiql.html');
  const built = existsSync(index);
  if (!built) logger.warn(`No console build at ${dist}: run \`npm run build:web\` to serve it at /`);

  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // A browser opening /graphql gets the IDE instead of Apollo's CSRF refusal.
    if (req.path === '/graphql' && config.graphqlIde && req.accepts(['json', 'html']) === 'html' && !req.query.query) return res.redirect(302, '/graphiql');
    if (req.path === '/graphiql' || req.path === '/graphiql/') {
      if (!config.graphqlIde) return next();
      if (!existsSync(graphiql)) return res.status(503).type('text/plain').send('GraphiQL is part of the console build: run `npm run build:web`.');
      res.setHeader('Cache-Control', 'no-cache');
      return res.sendFile(graphiql);
    }
    if (req.path === '/graphiql.html' && !config.graphqlIde) return res.status(404).end();
    return next();
  });

  if (!built) return;
  app.use('/assets', (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = resolve(dist, 'assets', `.${req.path}`);
    if (!file.startsWith(join(dist, 'assets')) || !existsSync(file)) return next();
    if (!sendPrecompressed(req, res, file, cacheControlFor(file))) next();
  });
  app.useStaticAssets(dist, {
    index: false,
    redirect: false,
    fallthrough: true,
    setHeaders: (res: Response, filePath: string) => res.setHeader('Cache-Control', cacheControlFor(filePath)),
  });

  // SPA fallback: a page request for any non-API path is the console's own route.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (isApiPath(req.path) || req.path.startsWith('/assets/')) return next();
    if (req.accepts(['html', 'json']) !== 'html') return next();
    if (sendPrecompressed(req, res, index, 'no-cache')) return;
    res.setHeader('Cache-Control', 'no-cache');
    return res.sendFile(index);
  });
}
