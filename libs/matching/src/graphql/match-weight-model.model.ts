import { Field, Float, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

import { WeightModelEntry } from '../learning/match-weight-model.service';
import { MATCH_FACTORS } from '../scoring/match-weights';

@ObjectType('FactorWeight', { description: 'One factor’s normalised weight in a learned model.' })
export class FactorWeightModel {
  @Field({ description: 'A score factor (text, concept, field, maturity, price, mode, region, ip, freshness, feedback).' })
  factor: string;

  @Field(() => Float, { description: 'Normalised weight: the weights of an entry sum to 1.' })
  weight: number;
}

@ObjectType('MatchWeightModel', {
  description:
    'One entry of a learned weight model version: the factor weights for needs of one industry field (or `*`, every other field), trained from broker signal by `matching-train`.',
})
export class MatchWeightModelModel {
  @Field(() => Int)
  version: number;

  @Field({ description: 'An industry field code, or `*` for the global entry that serves every field without its own.' })
  fieldCode: string;

  @Field(() => [FactorWeightModel], { description: 'In the scorer’s factor order.' })
  weights: FactorWeightModel[];

  @Field(() => Float, {
    nullable: true,
    description: 'Mean nDCG@10 on the held-out needs with the weights in use at training time (null: no held-out need of this field).',
  })
  ndcg10Before: number | null;

  @Field(() => Float, { nullable: true, description: 'The same with this entry’s weights.' })
  ndcg10After: number | null;

  @Field(() => Int, { description: 'Held-out needs behind the two figures.' })
  holdoutNeeds: number;

  @Field(() => Int, { description: 'Preference pairs the entry was trained on.' })
  trainingPairs: number;

  @Field(() => GraphQLISODateTime)
  trainedAt: Date;

  @Field({ description: 'Whether scores use this entry now (one version is active at most).' })
  active: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  activatedAt: Date | null;

  static from(entry: WeightModelEntry): MatchWeightModelModel {
    const model = new MatchWeightModelModel();
    model.version = entry.version;
    model.fieldCode = entry.fieldCode;
    model.weights = MATCH_FACTORS.map((factor) => ({ factor, weight: entry.weights[factor] }));
    model.ndcg10Before = entry.metrics.ndcg10Before ?? null;
    model.ndcg10After = entry.metrics.ndcg10After ?? null;
    model.holdoutNeeds = entry.metrics.holdoutNeeds ?? 0;
    model.trainingPairs = entry.trainingSize;
    model.trainedAt = entry.trainedAt;
    model.active = entry.active;
    model.activatedAt = entry.activatedAt;
    return model;
  }
}
