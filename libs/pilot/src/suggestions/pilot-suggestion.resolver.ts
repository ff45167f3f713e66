import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ResearchResultModel, ResultStatus } from '@techbridge/catalog';
import { IdentityLoaders } from '@techbridge/identity';
import { GraphQLContext } from '@techbridge/platform';

import { PilotPlatformModel } from '../platforms/pilot-platform.model';
import { PilotPlatformSuggestionModel } from './pilot-suggestion.model';
import { PilotSuggestionService } from './pilot-suggestion.service';

const DEFAULT_SUGGESTIONS = 5;
const MAX_SUGGESTIONS = 20;

/** Adds pilot suggestions to the catalog's ResearchResult type. */
@Resolver(() => ResearchResultModel)
export class PilotSuggestionResolver {
  constructor(
    private readonly suggestions: PilotSuggestionService,
    private readonly identity: IdentityLoaders,
  ) {}

  @ResolveField(() => [PilotPlatformSuggestionModel], {
    description: `For a published result that needs pilot-scale trials: pilot platforms ranked by field, capability and district overlap, with reasons. Empty otherwise. first: 1 to ${MAX_SUGGESTIONS} (default ${DEFAULT_SUGGESTIONS}).`,
  })
  async suggestedPilotPlatforms(
    @Parent() result: ResearchResultModel,
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<PilotPlatformSuggestionModel[]> {
    if (!result.needsPilot || result.status !== ResultStatus.PUBLISHED) return [];
    const limit = Math.min(Math.max(first ?? DEFAULT_SUGGESTIONS, 0), MAX_SUGGESTIONS);
    const [candidates, owner] = await Promise.all([
      ctx.loaders
        .get<'all', Awaited<ReturnType<PilotSuggestionService['candidates']>>>('pilot.suggestionCandidates', async (keys) => {
          const loaded = await this.suggestions.candidates();
          return keys.map(() => loaded);
        })
        .load('all'),
      this.identity.organization(ctx.loaders, result.ownerId),
    ]);
    const ranked = this.suggestions.rank({ ...result, district: owner?.district ?? null }, candidates.platforms, limit);
    return ranked.map((suggestion) => ({
      platform: PilotPlatformModel.from(candidates.entities.get(suggestion.platformId)!),
      score: suggestion.score,
      reasons: suggestion.reasons,
    }));
  }
}
