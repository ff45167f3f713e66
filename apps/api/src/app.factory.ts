import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ChatIoAdapter } from '@techbridge/chat';
import { createAppLogger, graphQLShapeGuard, installObservability, Runtime } from '@techbridge/platform';

import { AppModule } from './app.module';
import { securityHeaders } from './security-headers';
import { mountWebConsole } from './web/web-console';

/** Builds the HTTP application (GraphQL at /graphql, socket.io at /chat, /health, the console at /) without listening. */
export async function createApiApp(runtime: Runtime, options: { demo?: boolean } = {}): Promise<INestApplication> {
  const { config } = runtime;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(runtime, options.demo), {
    logger: createAppLogger(config, [runtime.jwtSecret]),
    bodyParser: true,
    cors: config.CORS_ORIGINS.length > 0 ? { origin: config.CORS_ORIGINS, credentials: true } : false,
  });
  // First, so that even a body the parser refuses is answered with the headers.
  app.use(...securityHeaders());
  app.useBodyParser('json', { limit: config.BODY_LIMIT });
  app.use('/graphql', graphQLShapeGuard(config));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  installObservability(app, config);
  // The console's files and client routes, registered before Nest's routes but never on an API path.
  mountWebConsole(app, config);
  // socket.io on the same port; with REDIS_URL its rooms span every API instance.
  const sockets = new ChatIoAdapter(app, config);
  await sockets.connect();
  app.useWebSocketAdapter(sockets);
  return app;
}
