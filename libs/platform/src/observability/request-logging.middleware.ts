import { randomUUID } from 'node:crypto';

import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

import { MetricsService } from './metrics.service';
import { startRequestRecord } from './request-record';

/** Paths a load balancer or Prometheus polls: their lines go to the verbose level. */
const PROBE = /^\/(health(\/live)?|metrics)$/;
const KNOWN_PREFIXES = ['/graphql', '/graphiql', '/health/live', '/health', '/socket.io', '/insights', '/events', '/files'];

function routeLabel(req: Request, metricsPath: string): string {
  const route = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof route === 'string') return `${req.baseUrl ?? ''}${route}`;
  // Mounted middleware (Apollo's) sees its own mount point stripped from req.path.
  const path = req.originalUrl.split('?')[0];
  if (path === metricsPath) return metricsPath;
  return KNOWN_PREFIXES.find((prefix) => path === prefix || path.startsWith(`${prefix}/`)) ?? 'other';
}

/**
 * One log line and one histogram observation per HTTP request (GraphQL included), written
 * when the response is finished. The line never carries a body, a header or a query string:
 * only the method, path, status, duration, the operation, error codes and correlation ids.
 */
export function requestLogging(metrics: MetricsService, metricsPath: string, logger = new Logger('HTTP')) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    const record = startRequestRecord(req, requestId);
    res.setHeader('X-Request-Id', requestId);
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = res.headersSent || res.writableFinished ? res.statusCode : 499;
      metrics.httpDuration.observe(
        {
          method: req.method,
          route: routeLabel(req, metricsPath),
          status: String(status),
        },
        seconds,
      );
      const path = req.originalUrl.split('?')[0];
      const principal = (req as Request & { principal?: { userId?: string } | null }).principal;
      const line = {
        msg: 'request',
        requestId,
        method: req.method,
        path,
        status,
        durationMs: Math.round(seconds * 10000) / 10,
        operation: record.operation,
        operationType: record.operationType,
        errors: record.errorCodes,
        correlationIds: record.correlationIds,
        userId: principal?.userId,
      };
      if (PROBE.test(path) || path === metricsPath) logger.verbose(line);
      else if (status >= 500) logger.warn(line);
      else logger.log(line);
    };
    res.once('finish', finish);
    res.once('close', finish);
    next();
  };
}
