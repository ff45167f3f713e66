import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { connectionTypes, MoneyScalar } from '@techbridge/platform';
import { ContractType } from '../contracts/contract-type.enum';
import { DealStage } from './deal-stage.enum';

@ObjectType('StageChange', { description: 'One move of a deal: the audit trail, oldest first.' })
export class StageChangeModel {
  @Field(() => DealStage, { nullable: true, description: 'Null on the opening row.' })
  from: DealStage | null;

  @Field(() => DealStage)
  to: DealStage;

  /** Resolved as `by`. */
  byUserId: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => GraphQLISODateTime)
  at: Date;
}

@ObjectType('Contract', { description: 'The signed technology contract of a deal; its amount counts towards the turnover.' })
export class ContractModel {
  @Field(() => ContractType)
  type: ContractType;

  @Field(() => MoneyScalar, { description: 'Contract amount in CNY yuan.' })
  amount: string;

  @Field(() => GraphQLISODateTime)
  signedAt: Date;

  @Field(() => String, { nullable: true, description: 'Registry number, unique.' })
  contractNo: string | null;
}

@ObjectType('Deal', {
  description: "A broker-run deal between a result's owner and an enterprise with a need, from introduction to a signed contract. Visible to its broker, both organizations' members and administrators.",
})
export class DealModel {
  @Field(() => ID)
  id: string;

  resultId: string;
  needId: string | null;
  matchId: string | null;
  brokerId: string | null;
  conversationId: string | null;
  ownerOrgId: string;
  enterpriseOrgId: string | null;

  @Field(() => DealStage)
  stage: DealStage;

  @Field(() => String, { nullable: true, description: 'Why the deal was lost (LOST only).' })
  lostReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Deadline of the current stage (working days, Asia/Shanghai); null in final stages.' })
  dueAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

export const { Edge: DealEdge, Connection: DealConnection } = connectionTypes(DealModel, 'Deal');
