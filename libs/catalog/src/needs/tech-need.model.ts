import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { connectionTypes, MoneyScalar } from '@techbridge/platform';

import { AccessLevel } from '../access/catalog-access.policy';
import { NeedStatus, TransferMode, Visibility } from '../catalog.enums';
import { PriceRangeModel } from '../common/price-range.model';
import { TechNeedEntity } from './tech-need.entity';

@ObjectType('Pledge', { description: "An organization's current pledge to a collective need." })
export class PledgeModel {
  @Field(() => MoneyScalar)
  amount: string;

  @Field(() => GraphQLISODateTime, { description: 'When the amount was last set.' })
  pledgedAt: Date;

  organizationId: string;
}

@ObjectType('CollectiveFunding', { description: 'Collective R&D (集采研发): several enterprises fund one need together.' })
export class CollectiveFundingModel {
  @Field(() => MoneyScalar)
  targetAmount: string;

  @Field(() => MoneyScalar)
  pledgedAmount: string;

  @Field({ description: 'Pledges reached the target; no more pledges are taken.' })
  funded: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  fundedAt: Date | null;

  needId: string;
}

@ObjectType('TechNeed', { description: 'A technical need posted by an enterprise.' })
export class TechNeedModel {
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

  @Field()
  fieldCode: string;

  @Field(() => Int, { nullable: true })
  minTrl: number | null;

  @Field(() => PriceRangeModel)
  budget: PriceRangeModel;

  @Field(() => GraphQLISODateTime, { nullable: true })
  deadline: Date | null;

  @Field(() => [TransferMode])
  preferredModes: TransferMode[];

  @Field(() => Visibility)
  visibility: Visibility;

  @Field(() => NeedStatus)
  status: NeedStatus;

  @Field(() => CollectiveFundingModel, { nullable: true, description: 'Present for collective R&D needs.' })
  collective: CollectiveFundingModel | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  enterpriseId: string;

  access: Exclude<AccessLevel, 'NONE'>;

  static from(entity: TechNeedEntity, access: Exclude<AccessLevel, 'NONE'>): TechNeedModel {
    return Object.assign(new TechNeedModel(), {
      id: entity.id,
      title: entity.title,
      summary: entity.summary,
      description: access === 'FULL' ? entity.description : null,
      keywords: entity.keywords,
      fieldCode: entity.fieldCode,
      minTrl: entity.minTrl,
      budget: { min: entity.budgetMin, max: entity.budgetMax, negotiable: entity.budgetNegotiable },
      deadline: entity.deadline,
      preferredModes: entity.preferredModes,
      visibility: entity.visibility,
      status: entity.status,
      collective:
        entity.collectiveTarget === null
          ? null
          : Object.assign(new CollectiveFundingModel(), {
              targetAmount: entity.collectiveTarget,
              pledgedAmount: entity.pledgedAmount,
              funded: entity.fundedAt !== null,
              fundedAt: entity.fundedAt,
              needId: entity.id,
            }),
      createdAt: entity.createdAt,
      publishedAt: entity.publishedAt,
      enterpriseId: entity.enterpriseId,
      access,
    });
  }
}

export const { Edge: TechNeedEdge, Connection: TechNeedConnection } = connectionTypes(TechNeedModel, 'TechNeed');
