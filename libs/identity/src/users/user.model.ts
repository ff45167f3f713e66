import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { connectionTypes } from '@techbridge/platform';

import { Role } from './role.enum';

@ObjectType('User', { description: 'A person with an account.' })
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => [Role])
  roles: Role[];

  organizationId: string | null;

  emailVerifiedAt?: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When the record was created.' })
  createdAt: Date;
}

export const { Edge: UserEdge, Connection: UserConnection } = connectionTypes(UserModel, 'User');
