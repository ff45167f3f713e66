import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ContractType } from '@techbridge/brokerage';
import { connectionTypes, MoneyScalar } from '@techbridge/platform';

import { MessageKind } from './message-kind.enum';

@ObjectType('Offer', { description: 'A structured offer made in a deal conversation.' })
export class OfferModel {
  @Field(() => MoneyScalar, { description: 'Offered price in CNY yuan.' })
  amount: string;

  @Field(() => ContractType)
  contractType: ContractType;

  @Field(() => String, { nullable: true, description: 'Free-text terms (payment schedule, scope, warranties…).' })
  terms: string | null;
}

@ObjectType('MessageAttachment', {
  description: 'A file sent with a message. Download it from `url` with the Bearer token (participants, the deal’s broker and administrators).',
})
export class MessageAttachmentModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The file name as uploaded (UTF-8).' })
  name: string;

  @Field({ description: 'Sniffed from the content at upload.' })
  contentType: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  size: number;

  @Field({ description: '`/files/<id>`.' })
  url: string;
}

@ObjectType('Message', { description: 'A chat message; `seq` numbers a conversation’s messages 1, 2, 3 … with no gap.' })
export class MessageModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, {
    nullable: true,
    description: 'The sender’s own id for the message; a resend with the same id stores nothing new. Null for SYSTEM messages.',
  })
  clientMessageId: string | null;

  @Field(() => ID)
  conversationId: string;

  @Field(() => Int, { description: 'Position in the conversation, from 1, without gaps.' })
  seq: number;

  /** Resolved through the sender field resolver; null for SYSTEM messages. */
  senderId: string | null;

  @Field(() => MessageKind)
  kind: MessageKind;

  @Field()
  body: string;

  @Field(() => OfferModel, { nullable: true, description: 'Set on OFFER messages.' })
  offer: OfferModel | null;

  /** Resolved by the message resolver (which adds each file's url); null or absent when none. */
  attachments?: Omit<MessageAttachmentModel, 'url'>[] | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

/** History pages; `messages` documents how they run backwards. */
export const { Edge: MessageEdge, Connection: MessageConnection } = connectionTypes(MessageModel, 'Message', false);
