import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '@techbridge/platform';
import { IsBoolean, IsOptional } from 'class-validator';

@ObjectType('PriceRange', { description: 'A range in CNY yuan; either bound may be open; negotiable means the parties settle it.' })
export class PriceRangeModel {
  @Field(() => MoneyScalar, { nullable: true })
  min: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  max: string | null;

  @Field()
  negotiable: boolean;
}

@InputType('PriceRangeInput', { description: 'min ≤ max when both are given; without either bound the range must be negotiable.' })
export class PriceRangeInput {
  @Field(() => MoneyScalar, { nullable: true })
  @IsOptional()
  min?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  @IsOptional()
  max?: string | null;

  @Field()
  @IsBoolean()
  negotiable: boolean;
}
