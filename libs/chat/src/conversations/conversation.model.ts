import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { UserModel } from '@techbridge/identity';

@ObjectType('Participant', { description: 'A member of a conversation and how far they have read.' })
export class ParticipantModel {
  userId: string;

  @Field(() => UserModel)
  user?: UserModel;

  @Field(() => Int, { description: 'Highest seq this participant has read; never moves backwards.' })
  lastReadSeq: number;
}

@ObjectType('Conversation', { description: 'A deal room: its participants and message sequence.' })
export class ConversationModel {
  @Field(() => ID)
  id: string;

  dealId: string | null;

  @Field(() => Int, { description: 'Seq of the newest message (0 when empty).' })
  lastSeq: number;
}
