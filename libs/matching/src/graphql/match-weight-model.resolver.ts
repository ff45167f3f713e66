import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow, invalidField, Role } from '@techbridge/platform';

import { MatchWeightModelService } from '../learning/match-weight-model.service';
import { MatchWeightModelModel } from './match-weight-model.model';

export const DEFAULT_WEIGHT_MODEL_VERSIONS = 5;
export const MAX_WEIGHT_MODEL_VERSIONS = 50;

@Resolver(() => MatchWeightModelModel)
export class MatchWeightModelResolver {
  constructor(private readonly models: MatchWeightModelService) {}

  @Allow(Role.ADMIN)
  @Query(() => [MatchWeightModelModel], {
    description:
      'Admin: the newest learned weight model versions, newest first, the global entry first within a version; active or not, with their held-out figures.',
  })
  async matchWeightModels(
    @Args('versions', { type: () => Int, nullable: true, description: `1 to ${MAX_WEIGHT_MODEL_VERSIONS} (default ${DEFAULT_WEIGHT_MODEL_VERSIONS}).` })
    versions: number | null,
  ): Promise<MatchWeightModelModel[]> {
    const count = versions ?? DEFAULT_WEIGHT_MODEL_VERSIONS;
    if (!Number.isInteger(count) || count < 1 || count > MAX_WEIGHT_MODEL_VERSIONS) {
      throw invalidField('versions', `versions must be between 1 and ${MAX_WEIGHT_MODEL_VERSIONS}`);
    }
    return (await this.models.list(count)).map((entry) => MatchWeightModelModel.from(entry));
  }
}
