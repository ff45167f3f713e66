import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, Runtime } from '@techbridge/platform';

import { loadDemoModules } from '../../api/src/demo-loader';
import { DOMAIN_MODULES } from '../../api/src/domain-modules';

/** Domain services for one-off commands: no HTTP, no worker. */
@Module({})
export class CliModule {
  /** `demo`: the seed commands compose the demo data's modules too. */
  static forRoot(runtime: Runtime, demo = false): DynamicModule {
    return {
      module: CliModule,
      imports: [
        PlatformModule.forRoot({ config: runtime.config, databaseUrl: runtime.databaseUrl, jwtSecret: runtime.jwtSecret }),
        ...DOMAIN_MODULES,
        ...(demo ? loadDemoModules() : []),
      ],
    };
  }
}
