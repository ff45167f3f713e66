import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@techbridge/catalog';
import { IdentityModule } from '@techbridge/identity';
import { SearchModule } from '@techbridge/search';

import { PilotBookingEntity } from './bookings/pilot-booking.entity';
import { PilotBookingResolver } from './bookings/pilot-booking.resolver';
import { PilotBookingService } from './bookings/pilot-booking.service';
import { PilotLoaders } from './pilot.loaders';
import { PilotPlatformEntity } from './platforms/pilot-platform.entity';
import { PilotPlatformResolver } from './platforms/pilot-platform.resolver';
import { PilotPlatformService } from './platforms/pilot-platform.service';
import { PlatformFunnelService } from './service-teams/platform-funnel.service';
import { ServiceTeamFunnelResolver } from './service-teams/service-team-funnel.resolver';
import { PilotSuggestionResolver } from './suggestions/pilot-suggestion.resolver';
import { PilotSuggestionService } from './suggestions/pilot-suggestion.service';

@Module({
  imports: [IdentityModule, CatalogModule, SearchModule, TypeOrmModule.forFeature([PilotPlatformEntity, PilotBookingEntity])],
  providers: [
    PilotPlatformService,
    PilotBookingService,
    PilotLoaders,
    PilotPlatformResolver,
    PilotBookingResolver,
    PilotSuggestionService,
    PilotSuggestionResolver,
    PlatformFunnelService,
    ServiceTeamFunnelResolver,
  ],
  exports: [PilotPlatformService, PilotBookingService, PilotLoaders, PilotSuggestionService, PlatformFunnelService],
})
export class PilotModule {}
