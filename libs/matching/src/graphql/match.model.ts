import { Field, Float, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

import { MatchEntity } from '../records/match.entity';
import { ScoreFactorBreakdown } from '../scoring/match-scorer';
import { MatchStatus } from './match-status.enum';

@ObjectType('ScoreFactor', { description: 'One explained part of a match score: contributions of all factors add up to the score.' })
export class ScoreFactorModel {
  @Field({ description: 'text | field | maturity | price | mode | region | ip | freshness | feedback (more may be added)' })
  factor: string;

  @Field(() => Float, { description: 'Normalised weight (all weights sum to 1).' })
  weight: number;

  @Field(() => Float, { description: 'The factor’s value, 0 to 1.' })
  value: number;

  @Field(() => Float, { description: '100 × weight × value, rounded to hundredths.' })
  contribution: number;

  @Field({ description: 'One line in Chinese, built from public and teaser fields only.' })
  reasonZh: string;

  @Field({ description: 'The same line in English.' })
  reasonEn: string;
}

@ObjectType('Match', { description: 'An explained 0–100 score between a research result and a technical need.' })
export class MatchModel {
  @Field(() => ID)
  id: string;

  resultId: string;
  needId: string;

  @Field(() => Float, { description: '0–100, the sum of the factor contributions.' })
  score: number;

  @Field(() => [ScoreFactorModel])
  factors: ScoreFactorModel[];

  @Field(() => MatchStatus)
  status: MatchStatus;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  static from(entity: MatchEntity): MatchModel {
    const model = new MatchModel();
    model.id = entity.id;
    model.resultId = entity.resultId;
    model.needId = entity.needId;
    model.score = Number(entity.score);
    model.factors = entity.factors.map((factor: ScoreFactorBreakdown) => ({
      factor: factor.factor,
      weight: factor.weight,
      value: factor.value,
      contribution: factor.contribution,
      reasonZh: factor.reasonZh,
      reasonEn: factor.reasonEn,
    }));
    model.status = entity.status as MatchStatus;
    model.createdAt = entity.createdAt;
    return model;
  }
}
