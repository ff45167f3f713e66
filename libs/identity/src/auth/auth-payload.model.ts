import { Field, ObjectType } from '@nestjs/graphql';

import { UserModel } from '../users/user.model';

@ObjectType('AuthPayload', { description: 'Tokens for a signed-in user. The access token is short-lived; rotate with refreshToken.' })
export class AuthPayload {
  @Field()
  accessToken: string;

  @Field({ description: 'Single-use: each refresh returns a new one, and reusing an old one ends the session family.' })
  refreshToken: string;

  @Field(() => UserModel)
  user: UserModel;
}
