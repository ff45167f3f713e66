import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, Runtime } from '@techbridge/platform';

import { DOMAIN_MODULES } from '../../api/src/domain-modules';

/** Domain services for one-off commands: no HTTP, no worker. */
@Module({})
export class CliModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: CliModule,
      imports: [PlatformModule.forRoot({ config: runtime.config, databaseUrl: runtime.databaseUrl, jwtSecret: runtime.jwtSecret }), ...DOMAIN_MODULES],
    };
  }
}
