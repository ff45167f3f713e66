import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, Runtime } from '@techbridge/platform';

import { DOMAIN_MODULES } from '../../api/src/domain-modules';

/** The domain modules (for their outbox handlers and jobs) without GraphQL or HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot({ config: runtime.config, databaseUrl: runtime.databaseUrl, jwtSecret: runtime.jwtSecret }), ...DOMAIN_MODULES],
    };
  }
}
