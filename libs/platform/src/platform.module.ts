import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditService } from './audit/audit.service';
import { AuditLogEntity } from './audit/audit-log.entity';
import { AuthGuard } from './auth/auth.guard';
import { AuthThrottlerGuard } from './auth/auth-throttler.guard';
import { TokenService } from './auth/token.service';
import { AppConfig } from './config/app.config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { DATABASE_URL } from './database/database.tokens';
import { GraphQLExceptionFilter } from './graphql/graphql-exception.filter';
import { GraphQLValidationPipe } from './graphql/validation.pipe';
import { HealthController, ReadinessIndicators } from './health/health.controller';
import { JobsService } from './jobs/jobs.service';
import { WorkerRunner } from './jobs/worker-runner.service';
import { GraphQLObservabilityPlugin } from './observability/graphql-observability.plugin';
import { MetricsService } from './observability/metrics.service';
import { OpsServer } from './observability/ops-server';
import { OutboxRelay } from './outbox/outbox.relay';
import { OutboxService } from './outbox/outbox.service';
import { OutboxEventEntity } from './outbox/outbox-event.entity';
import { OutboxHandlerRegistry } from './outbox/outbox-handlers';
import { RateLimitStore } from './rate-limit/rate-limit.store';
import { SeedRegistry } from './seeding/seed-registry';
import { FieldCodes } from './taxonomy/field-codes.service';

export interface PlatformOptions {
  config: AppConfig;
  /** The resolved database URL: DATABASE_URL, or the embedded server's. */
  databaseUrl: string;
  /** Secret for access tokens: JWT_SECRET, or the one kept under DATA_DIR. */
  jwtSecret: string;
  /** Serve /health (HTTP processes only). */
  http?: boolean;
}

/** Config, database, auth, outbox and jobs: what every process of the application stands on. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { config } = options;
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(options.databaseUrl, config.DATABASE_POOL_SIZE), autoLoadEntities: true }),
        TypeOrmModule.forFeature([OutboxEventEntity, AuditLogEntity]),
        JwtModule.register({ secret: options.jwtSecret, signOptions: { algorithm: 'HS256', issuer: 'techbridge' }, verifyOptions: { issuer: 'techbridge' } }),
        ThrottlerModule.forRoot([{ name: 'auth', ttl: config.AUTH_RATE_WINDOW_SECONDS * 1000, limit: config.AUTH_RATE_LIMIT }]),
        ...(options.http ? [TerminusModule] : []),
      ],
      controllers: options.http ? [HealthController] : [],
      providers: [
        { provide: DATABASE_URL, useValue: options.databaseUrl },
        TokenService,
        AuthThrottlerGuard,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useClass: GraphQLValidationPipe },
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
        OutboxService,
        OutboxHandlerRegistry,
        OutboxRelay,
        JobsService,
        WorkerRunner,
        AuditService,
        FieldCodes,
        SeedRegistry,
        RateLimitStore,
        ...(options.http ? [ReadinessIndicators] : []),
        MetricsService,
        OpsServer,
        ...(options.http ? [GraphQLObservabilityPlugin] : []),
      ],
      exports: [
        DATABASE_URL,
        RateLimitStore,
        FieldCodes,
        SeedRegistry,
        TokenService,
        AuthThrottlerGuard,
        OutboxService,
        OutboxHandlerRegistry,
        OutboxRelay,
        JobsService,
        WorkerRunner,
        AuditService,
        JwtModule,
        ThrottlerModule,
        MetricsService,
        OpsServer,
      ],
    };
  }
}
