import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { MoneyScalar } from '@techbridge/platform';
import { IsDate, IsEnum, IsOptional, IsString, Matches } from 'class-validator';

import { CONTRACT_NO_PATTERN } from '../contract.rules';
import { ContractType } from '../contract-type.enum';

@InputType('ContractInput', { description: 'The signed technology contract of a deal in TERMS_AGREED.' })
export class ContractInput {
  @Field(() => ContractType)
  @IsEnum(ContractType)
  type: ContractType;

  @Field(() => MoneyScalar, { description: 'Contract amount in CNY, greater than zero.' })
  @IsString()
  amount: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was signed; not in the future.' })
  @IsDate()
  signedAt: Date;

  @Field(() => String, { nullable: true, description: 'Registry number: 1 to 40 letters, digits, "-" or "/"; unique.' })
  @IsOptional()
  @IsString()
  @Matches(CONTRACT_NO_PATTERN, { message: 'contractNo takes 1 to 40 letters, digits, "-" or "/"' })
  contractNo?: string | null;
}
