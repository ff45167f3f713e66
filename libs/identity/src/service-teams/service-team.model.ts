import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

import { ServiceTeamEntity } from './service-team.entity';

@ObjectType('ServiceTeam', {
  description:
    "A key innovation platform's \"1+1+1+N\" service team: a bureau officer, a district liaison, the platform's conversion lead and N brokers. Team brokers see the platform's results as an assigned broker would and are preferred when a deal on them is assigned.",
})
export class ServiceTeamModel {
  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  organizationId: string;
  bureauOfficerId: string;
  districtLiaisonId: string;
  conversionLeadId: string;
  brokerIds: string[];

  static from(entity: ServiceTeamEntity, brokerIds: string[]): ServiceTeamModel {
    return Object.assign(new ServiceTeamModel(), {
      updatedAt: entity.updatedAt,
      organizationId: entity.organizationId,
      bureauOfficerId: entity.bureauOfficerId,
      districtLiaisonId: entity.districtLiaisonId,
      conversionLeadId: entity.conversionLeadId,
      brokerIds,
    });
  }
}
