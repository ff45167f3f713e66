import { DynamicModule, Module } from '@nestjs/common';
import { graphQLModule, PlatformModule, Runtime } from '@techbridge/platform';

import { loadDemoModules } from './demo-loader';
import { DOMAIN_MODULES } from './domain-modules';

@Module({})
export class AppModule {
  /** `demo` adds the demo seed modules (by default when the configuration seeds demo data). */
  static forRoot(runtime: Runtime, demo = runtime.config.seedDemo): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ config: runtime.config, databaseUrl: runtime.databaseUrl, jwtSecret: runtime.jwtSecret, http: true }),
        graphQLModule(runtime.config),
        ...DOMAIN_MODULES,
        ...(demo ? loadDemoModules() : []),
      ],
    };
  }
}
