import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ServiceTeamModel } from '@techbridge/identity';

import { PlatformFunnelModel } from './platform-funnel.model';
import { PlatformFunnelService } from './platform-funnel.service';

/** The team's view of its platform's funnel; whoever may see the team sees it (identity's ServiceTeamService decides). */
@Resolver(() => ServiceTeamModel)
export class ServiceTeamFunnelResolver {
  constructor(private readonly funnels: PlatformFunnelService) {}

  @ResolveField(() => PlatformFunnelModel, { description: "The platform's results: collected → evaluated → published → matched → contracted." })
  async funnel(@Parent() team: ServiceTeamModel): Promise<PlatformFunnelModel> {
    return this.funnels.funnel(team.organizationId);
  }
}
