import { Field, Int, ObjectType } from '@nestjs/graphql';

import { PilotPlatformModel } from '../platforms/pilot-platform.model';

@ObjectType('PilotSuggestionReason', { description: 'One factor of a suggestion, with its points and a reason in Chinese and English.' })
export class PilotSuggestionReasonModel {
  @Field({
    description:
      "FIELD (serves the result's field or its whole chain), CHAIN (another field of the chain), CAPABILITY (capabilities share terms with the result), DISTRICT.",
  })
  factor: string;

  @Field(() => Int)
  points: number;

  @Field()
  zh: string;

  @Field()
  en: string;
}

@ObjectType('PilotPlatformSuggestion', { description: 'A pilot platform suggested for a result that needs pilot-scale trials.' })
export class PilotPlatformSuggestionModel {
  @Field(() => PilotPlatformModel)
  platform: PilotPlatformModel;

  @Field(() => Int, { description: "0 to 100: the sum of the reasons' points." })
  score: number;

  @Field(() => [PilotSuggestionReasonModel])
  reasons: PilotSuggestionReasonModel[];
}
