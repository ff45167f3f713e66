import { Logger } from '@nestjs/common';
import type { Namespace, Server } from 'socket.io';

import { MetricsService } from './metrics.service';

/**
 * Counts and logs the sockets of every namespace of a socket.io server: a line when a socket
 * is accepted (after the namespace's authentication) and when it goes, and each event in and
 * out by name. Payloads are never logged.
 */
export function observeSockets(server: Server, metrics: MetricsService, logger = new Logger('Sockets')): void {
  const watch = (namespace: Namespace): void => {
    const labels = { namespace: namespace.name };
    namespace.on('connection', (socket) => {
      const opened = Date.now();
      const userId = (socket.data as { userId?: string } | undefined)?.userId;
      metrics.socketConnections.inc(labels);
      metrics.socketConnectionsTotal.inc(labels);
      logger.log({
        msg: 'socket connected',
        namespace: namespace.name,
        socketId: socket.id,
        userId,
        transport: socket.conn.transport.name,
      });
      socket.onAny((event: string) =>
        metrics.socketMessages.inc({
          ...labels,
          event: metrics.socketEventLabel.of(event),
          direction: 'in',
        }),
      );
      socket.onAnyOutgoing((event: string) =>
        metrics.socketMessages.inc({
          ...labels,
          event: metrics.socketEventLabel.of(event),
          direction: 'out',
        }),
      );
      socket.once('disconnect', (reason: string) => {
        metrics.socketConnections.dec(labels);
        logger.log({
          msg: 'socket disconnected',
          namespace: namespace.name,
          socketId: socket.id,
          userId,
          reason,
          durationMs: Date.now() - opened,
        });
      });
    });
  };
  server.on('new_namespace', watch);
  for (const namespace of server._nsps.values()) watch(namespace);
}
