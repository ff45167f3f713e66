import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
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

/** The mutation that makes a move, as the API names it. */
export enum DealMoveMutation {
  ADVANCE_DEAL = 'ADVANCE_DEAL',
  SIGN_CONTRACT = 'SIGN_CONTRACT',
  ACCEPT_OFFER = 'ACCEPT_OFFER',
}

registerEnumType(DealMoveMutation, {
  name: 'DealMoveMutation',
  description: 'Which mutation makes a move of a deal.',
  valuesMap: {
    ADVANCE_DEAL: { description: 'advanceDeal (with lostReason when reasonRequired).' },
    SIGN_CONTRACT: { description: 'signContract, which records the contract.' },
    ACCEPT_OFFER: { description: "acceptOffer on the latest offer in the deal's conversation (the other side than its author)." },
  },
});

@ObjectType('DealMove', { description: 'A stage change the caller may make on a deal from where it stands now.' })
export class DealMoveModel {
  @Field(() => DealStage)
  to: DealStage;

  @Field(() => DealMoveMutation)
  mutation: DealMoveMutation;

  @Field(() => Boolean, { description: 'The move needs a written reason (LOST).' })
  reasonRequired: boolean;
}

@ObjectType('Commission', { description: "A broker's commission on a contract amount, at the configured rate of its contract type." })
export class CommissionModel {
  @Field(() => ContractType)
  contractType: ContractType;

  @Field(() => MoneyScalar, { description: 'The contract amount it is computed on (CNY).' })
  baseAmount: string;

  @Field(() => String, { description: 'Rate in percent with two decimals, e.g. "5.00".' })
  ratePercent: string;

  @Field(() => MoneyScalar, { description: 'Commission in CNY, rounded half-up to the fen.' })
  amount: string;
}

@ObjectType('Deal', {
  description:
    "A broker-run deal between a result's owner and an enterprise with a need, from introduction to a signed contract. Visible to its broker, both organizations' members and administrators.",
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

  @Field(() => String, { description: "The result's industry field at opening (taxonomy code); brokers were matched on it." })
  fieldCode: string;

  @Field(() => String, { nullable: true, description: 'Why the deal was lost (LOST only).' })
  lostReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Deadline of the current stage (working days, Asia/Shanghai); null in final stages.' })
  dueAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

export const { Edge: DealEdge, Connection: DealConnection } = connectionTypes(DealModel, 'Deal');
