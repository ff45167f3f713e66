import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IdentityLoaders, OrganizationModel } from '@techbridge/identity';
import { CurrentUser, GraphQLContext, groupByKeys, isAdmin, Principal } from '@techbridge/platform';

import { TechNeedModel } from '../needs/tech-need.model';
import { ResearchResultModel } from '../results/research-result.model';
import { CatalogAccessService, NdaAcceptanceRow } from './catalog-access.service';
import { CatalogItemType } from './catalog-item';
import { NdaAcceptanceModel } from './nda-acceptance.model';

const DESCRIPTION = "Who accepted this item's NDA, oldest first: for the owner organization's members and administrators; empty for anyone else.";

abstract class NdaAcceptanceFields {
  constructor(
    private readonly access: CatalogAccessService,
    private readonly identity: IdentityLoaders,
  ) {}

  protected async acceptances(
    itemType: CatalogItemType,
    itemId: string,
    ownerId: string,
    ctx: GraphQLContext,
    principal: Principal | null,
  ): Promise<NdaAcceptanceModel[]> {
    // Who looked at the details is the owner's business, not the market's.
    if (!principal || !(isAdmin(principal) || principal.organizationId === ownerId)) return [];
    const rows = await ctx.loaders
      .get<string, NdaAcceptanceRow[]>(`catalog.ndaAcceptances.${itemType}`, async (ids) =>
        groupByKeys(ids, await this.access.ndaAcceptances(itemType, ids), (row) => row.itemId),
      )
      .load(itemId);
    return Promise.all(
      rows.map(async (row) => {
        const user = await this.identity.user(ctx.loaders, row.userId);
        const organization = user?.organizationId ? await this.identity.organization(ctx.loaders, user.organizationId) : null;
        return {
          displayName: user?.displayName ?? '',
          organization: organization as OrganizationModel | null,
          acceptedAt: row.acceptedAt,
        };
      }),
    );
  }
}

@Resolver(() => ResearchResultModel)
export class ResultNdaAcceptanceResolver extends NdaAcceptanceFields {
  constructor(access: CatalogAccessService, identity: IdentityLoaders) {
    super(access, identity);
  }

  @ResolveField(() => [NdaAcceptanceModel], { description: DESCRIPTION })
  async ndaAcceptances(
    @Parent() result: ResearchResultModel,
    @Context() ctx: GraphQLContext,
    @CurrentUser() principal: Principal | null,
  ): Promise<NdaAcceptanceModel[]> {
    return this.acceptances('RESULT', result.id, result.ownerId, ctx, principal);
  }
}

@Resolver(() => TechNeedModel)
export class NeedNdaAcceptanceResolver extends NdaAcceptanceFields {
  constructor(access: CatalogAccessService, identity: IdentityLoaders) {
    super(access, identity);
  }

  @ResolveField(() => [NdaAcceptanceModel], { description: DESCRIPTION })
  async ndaAcceptances(
    @Parent() need: TechNeedModel,
    @Context() ctx: GraphQLContext,
    @CurrentUser() principal: Principal | null,
  ): Promise<NdaAcceptanceModel[]> {
    return this.acceptances('NEED', need.id, need.enterpriseId, ctx, principal);
  }
}
