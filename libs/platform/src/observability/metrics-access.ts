import { timingSafeEqual } from 'node:crypto';

import { AppConfig } from '../config/app.config';

export type MetricsExposure = 'own-port' | 'token' | 'open' | 'off';

/** Where metrics are served: on METRICS_PORT, behind METRICS_TOKEN, open (outside production), or not on the public port at all. */
export function metricsExposure(config: Pick<AppConfig, 'METRICS_PORT' | 'METRICS_TOKEN' | 'NODE_ENV'>): MetricsExposure {
  if (config.METRICS_PORT !== undefined) return 'own-port';
  if (config.METRICS_TOKEN) return 'token';
  return config.NODE_ENV === 'production' ? 'off' : 'open';
}

/** Compares the presented bearer token in constant time. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const presented = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim();
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
