import { INestApplication, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

import { AppConfig } from '../config/app.config';
import { MetricsService } from './metrics.service';
import { bearerMatches, metricsExposure } from './metrics-access';
import { requestLogging } from './request-logging.middleware';

/**
 * Installs, before any route: the request log line and timing, and the metrics endpoint on
 * the public port when the configuration puts it there (see metricsExposure).
 */
export function installObservability(app: INestApplication, config: AppConfig): void {
  const metrics = app.get(MetricsService);
  app.use(requestLogging(metrics, config.METRICS_PATH));
  const exposure = metricsExposure(config);
  if (exposure === 'off') {
    new Logger('Metrics').warn(`Metrics are off: set METRICS_PORT (a port of their own) or METRICS_TOKEN to serve ${config.METRICS_PATH}`);
    return;
  }
  if (exposure === 'own-port') return;
  app.use(config.METRICS_PATH, (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || (req.path !== '/' && req.path !== '')) return next();
    if (exposure === 'token' && !bearerMatches(req.headers.authorization, config.METRICS_TOKEN!)) {
      res.status(401).set('www-authenticate', 'Bearer').type('text/plain').send('Metrics need a bearer token\n');
      return;
    }
    metrics.metrics().then(
      (text) => res.status(200).set('cache-control', 'no-store').type(metrics.contentType).send(text),
      (error: unknown) => next(error),
    );
  });
}
