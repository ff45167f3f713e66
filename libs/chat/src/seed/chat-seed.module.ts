import { Module, OnModuleInit } from '@nestjs/common';
import { BrokerageModule } from '@techbridge/brokerage';
import { IdentityModule } from '@techbridge/identity';
import { SeedRegistry } from '@techbridge/platform';

import { ChatModule } from '../chat.module';
import { DealRoomSeeder } from './deal-room.seeder';

/** The demo deals and their rooms; composed only by demo builds (see apps/demo). */
@Module({ imports: [IdentityModule, BrokerageModule, ChatModule], providers: [DealRoomSeeder], exports: [DealRoomSeeder] })
export class ChatSeedModule implements OnModuleInit {
  constructor(
    private readonly seeds: SeedRegistry,
    private readonly seeder: DealRoomSeeder,
  ) {}

  onModuleInit(): void {
    this.seeds.register({ name: 'deals', order: 40, run: () => this.seeder.run() });
  }
}
