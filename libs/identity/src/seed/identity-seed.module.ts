import { Module, OnModuleInit } from '@nestjs/common';
import { SeedRegistry } from '@techbridge/platform';

import { IdentityModule } from '../identity.module';
import { IdentitySeeder } from './identity.seeder';

/** The demo accounts; composed only by demo builds (see apps/demo). */
@Module({
  imports: [IdentityModule],
  providers: [IdentitySeeder],
  exports: [IdentitySeeder],
})
export class IdentitySeedModule implements OnModuleInit {
  constructor(
    private readonly seeds: SeedRegistry,
    private readonly seeder: IdentitySeeder,
  ) {}

  onModuleInit(): void {
    this.seeds.register({
      name: 'identity',
      order: 10,
      run: async () => ((await this.seeder.seedDemoAccounts()) ? 'demo accounts created' : 'demo accounts already present'),
    });
  }
}
