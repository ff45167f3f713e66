import { Module, OnModuleInit } from '@nestjs/common';
import { IdentityModule } from '@techbridge/identity';
import { SeedRegistry } from '@techbridge/platform';

import { PilotModule } from '../pilot.module';
import { PilotSeeder } from './pilot.seeder';

/** The demo pilot platforms; composed only by demo builds (see apps/demo). */
@Module({ imports: [IdentityModule, PilotModule], providers: [PilotSeeder], exports: [PilotSeeder] })
export class PilotSeedModule implements OnModuleInit {
  constructor(
    private readonly seeds: SeedRegistry,
    private readonly seeder: PilotSeeder,
  ) {}

  onModuleInit(): void {
    this.seeds.register({ name: 'pilot', order: 60, run: () => this.seeder.run() });
  }
}
