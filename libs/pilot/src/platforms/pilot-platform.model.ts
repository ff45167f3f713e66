import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { connectionTypes } from '@techbridge/platform';

import { PilotPlatformEntity } from './pilot-platform.entity';

@ObjectType('PilotPlatform', { description: 'A pilot-scale (中试) facility that carries lab results towards production.' })
export class PilotPlatformModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => [String], { description: 'Industry field or chain codes served.' })
  fieldCodes: string[];

  @Field(() => [String], { description: 'Process steps, equipment and batch sizes.' })
  capabilities: string[];

  @Field(() => String, { nullable: true })
  district: string | null;

  @Field(() => String, { nullable: true })
  priceNotes: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  operatorId: string;

  static from(entity: PilotPlatformEntity): PilotPlatformModel {
    return Object.assign(new PilotPlatformModel(), {
      id: entity.id,
      name: entity.name,
      fieldCodes: entity.fieldCodes,
      capabilities: entity.capabilities,
      district: entity.district,
      priceNotes: entity.priceNotes,
      createdAt: entity.createdAt,
      operatorId: entity.operatorId,
    });
  }
}

export const { Edge: PilotPlatformEdge, Connection: PilotPlatformConnection } = connectionTypes(PilotPlatformModel, 'PilotPlatform');
