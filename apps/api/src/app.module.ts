import { DynamicModule, Module } from '@nestjs/common';
import { graphQLModule, PlatformModule, Runtime } from '@techbridge/platform';

import { DOMAIN_MODULES } from './domain-modules';

@Module({})
export class AppModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ config: runtime.config, databaseUrl: runtime.databaseUrl, jwtSecret: runtime.jwtSecret, http: true }),
        graphQLModule(runtime.config),
        ...DOMAIN_MODULES,
      ],
    };
  }
}
