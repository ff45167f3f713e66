import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { connectionTypes } from '@techbridge/platform';

import { AccessLevel } from '../access/catalog-access.policy';
import { ResultClass, ResultStatus, TransferMode, Visibility } from '../catalog.enums';
import { PriceRangeModel } from '../common/price-range.model';
import { ResearchResultEntity } from './research-result.entity';

@ObjectType('Patent')
export class PatentModel {
  @Field()
  number: string;

  @Field()
  title: string;

  @Field()
  granted: boolean;
}

@ObjectType('Evaluation', { description: "The administrators' evaluation of a submitted result." })
export class EvaluationModel {
  @Field(() => Int, { description: '0 to 100.' })
  score: number;

  @Field(() => Int)
  technicalMaturity: number;

  @Field(() => Int)
  marketPotential: number;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field({ description: 'false: the result was rejected.' })
  approved: boolean;

  @Field(() => GraphQLISODateTime)
  evaluatedAt: Date;
}

@ObjectType('ResearchResult', { description: 'A research result offered for transfer.' })
export class ResearchResultModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => String, { nullable: true, description: 'Null unless the caller may see details (owner, admin, assigned broker, or NDA accepted for TEASER).' })
  description: string | null;

  @Field(() => [String])
  keywords: string[];

  @Field(() => ResultClass)
  resultClass: ResultClass;

  @Field({ description: 'Industry field code (industryFields).' })
  fieldCode: string;

  @Field(() => Int, { description: 'Technology readiness level, 1 to 9.' })
  trl: number;

  @Field(() => [TransferMode])
  transferModes: TransferMode[];

  @Field(() => PriceRangeModel)
  askingPrice: PriceRangeModel;

  @Field({ description: 'Needs pilot-scale trials (中试) before production.' })
  needsPilot: boolean;

  @Field(() => Visibility)
  visibility: Visibility;

  @Field(() => ResultStatus)
  status: ResultStatus;

  @Field(() => Int, { nullable: true, description: 'Year for which this major result was selected (自主创新重大成果评选).' })
  selectedYear: number | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  evaluatedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  /** Owner organization id, for the `owner` field. */
  ownerId: string;

  /** What the caller may see; decided by CatalogAccessPolicy. */
  access: Exclude<AccessLevel, 'NONE'>;

  /** The caller's view of a row: the description only with full access. */
  static from(entity: ResearchResultEntity, access: Exclude<AccessLevel, 'NONE'>): ResearchResultModel {
    return Object.assign(new ResearchResultModel(), {
      id: entity.id,
      title: entity.title,
      summary: entity.summary,
      description: access === 'FULL' ? entity.description : null,
      keywords: entity.keywords,
      resultClass: entity.resultClass,
      fieldCode: entity.fieldCode,
      trl: entity.trl,
      transferModes: entity.transferModes,
      askingPrice: { min: entity.priceMin, max: entity.priceMax, negotiable: entity.priceNegotiable },
      needsPilot: entity.needsPilot,
      visibility: entity.visibility,
      status: entity.status,
      selectedYear: entity.selectedYear,
      createdAt: entity.createdAt,
      submittedAt: entity.submittedAt,
      evaluatedAt: entity.evaluatedAt,
      publishedAt: entity.publishedAt,
      ownerId: entity.ownerId,
      access,
    });
  }
}

export const { Edge: ResearchResultEdge, Connection: ResearchResultConnection } = connectionTypes(ResearchResultModel, 'ResearchResult');
