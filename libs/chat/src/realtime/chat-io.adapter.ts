import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { AppConfig, MetricsService, observeSockets } from '@techbridge/platform';
import { createClient } from 'redis';
import { Namespace, Server, ServerOptions } from 'socket.io';

type RedisClient = ReturnType<typeof createClient>;

/**
 * socket.io for the API: path /socket.io, websocket (and polling) transports, a packet size
 * cap and CORS origins from config, and, when REDIS_URL is set, the Redis adapter so that
 * rooms span every API instance. Redis clients are made in `connect()` at boot, never at import.
 */
export class ChatIoAdapter extends IoAdapter {
  private readonly logger = new Logger('ChatIoAdapter');
  private redis: RedisClient[] = [];
  private redisAdapter: ReturnType<typeof createAdapter> | null = null;

  constructor(
    private readonly app: INestApplicationContext,
    private readonly config: AppConfig,
  ) {
    super(app);
  }

  /** Connects the Redis pub/sub pair when REDIS_URL is set; a no-op otherwise. */
  async connect(): Promise<void> {
    if (!this.config.REDIS_URL) return;
    const pub = createClient({ url: this.config.REDIS_URL });
    const sub = pub.duplicate();
    for (const client of [pub, sub]) client.on('error', (error: Error) => this.logger.error(`Redis: ${error.message}`));
    await Promise.all([pub.connect(), sub.connect()]);
    this.redis = [pub, sub] as RedisClient[];
    this.redisAdapter = createAdapter(pub, sub);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    // Built from this project's socket.io (Nest's adapter package may carry another copy).
    const settings: Partial<ServerOptions> = {
      ...options,
      path: '/socket.io',
      transports: ['websocket', 'polling'],
      serveClient: false,
      maxHttpBufferSize: this.config.CHAT_MAX_PAYLOAD_BYTES,
      cors: this.config.CORS_ORIGINS.length > 0 ? { origin: this.config.CORS_ORIGINS, credentials: true } : undefined,
    };
    const server = this.httpServer && port === 0 ? new Server(this.httpServer, settings) : new Server(port, settings);
    if (this.redisAdapter) server.adapter(this.redisAdapter);
    observeSockets(server, this.app.get(MetricsService, { strict: false }));
    return server;
  }

  /** Closes the whole server (Nest hands over the namespace), disconnecting every socket. */
  override async close(server: object): Promise<void> {
    const root = (server as Namespace).server ?? (server as Server);
    await new Promise<void>((resolve) => {
      void root.close(() => resolve());
    });
  }

  override async dispose(): Promise<void> {
    const clients = this.redis;
    this.redis = [];
    await Promise.all(clients.map((client) => (client.isOpen ? client.close() : undefined)));
  }
}
