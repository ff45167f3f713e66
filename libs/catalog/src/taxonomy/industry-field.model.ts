import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('IndustryField', { description: 'A node of the industry-chain taxonomy: a chain plan (parentCode null) or a field within it.' })
export class IndustryFieldModel {
  @Field({ description: 'Stable code: CHAIN (e.g. `JL`) or CHAIN.FIELD (e.g. `JL.SSB`).' })
  code: string;

  @Field()
  nameZh: string;

  @Field()
  nameEn: string;

  @Field(() => String, { nullable: true, description: 'The chain plan: 强链, 建链, 布链 or 海创.' })
  chainPlan: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the chain a field belongs to; null for a chain.' })
  parentCode: string | null;

  @Field(() => [String], { description: 'Search keywords in Chinese and English (fields only).' })
  keywords: string[];
}
