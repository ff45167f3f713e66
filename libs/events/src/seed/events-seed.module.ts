import { Module, OnModuleInit } from '@nestjs/common';
import { IdentityModule } from '@techbridge/identity';
import { SeedRegistry } from '@techbridge/platform';

import { EventsModule } from '../events.module';
import { EventsSeeder } from './events.seeder';

/** The demo matchmaking events; composed only by demo builds (see apps/demo). */
@Module({ imports: [IdentityModule, EventsModule], providers: [EventsSeeder], exports: [EventsSeeder] })
export class EventsSeedModule implements OnModuleInit {
  constructor(
    private readonly seeds: SeedRegistry,
    private readonly seeder: EventsSeeder,
  ) {}

  onModuleInit(): void {
    this.seeds.register({ name: 'events', order: 50, run: () => this.seeder.run() });
  }
}
