import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { connectionTypes } from '@techbridge/platform';

import { NotificationKind } from './notification-kind.enum';

@ObjectType('Notification', { description: 'A message to the signed-in user (deal reminders, escalations).' })
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => ID, { nullable: true, description: 'The deal it is about, if any.' })
  dealId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null while unread.' })
  readAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

export const { Edge: NotificationEdge, Connection: NotificationConnection } = connectionTypes(NotificationModel, 'Notification');
