import { registerEnumType } from '@nestjs/graphql';

export enum BrokerLevel {
  JUNIOR = 'JUNIOR',
  INTERMEDIATE = 'INTERMEDIATE',
  SENIOR = 'SENIOR',
}

registerEnumType(BrokerLevel, {
  name: 'BrokerLevel',
  description: 'Certification level of a technology broker (初级 / 中级 / 高级).',
});

/** Higher is more senior; used to rank brokers. */
export const BROKER_LEVEL_RANK: Record<BrokerLevel, number> = { JUNIOR: 1, INTERMEDIATE: 2, SENIOR: 3 };
