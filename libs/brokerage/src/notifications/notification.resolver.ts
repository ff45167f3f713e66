import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection, ConnectionArgs, CurrentUser, Principal } from '@techbridge/platform';

import { NotificationConnection, NotificationModel } from './notification.model';
import { NotificationService } from './notification.service';

@Resolver(() => NotificationModel)
export class NotificationResolver {
  constructor(private readonly notifications: NotificationService) {}

  @Query(() => NotificationConnection, { description: "The signed-in user's notifications, newest first." })
  async myNotifications(
    @Args() args: ConnectionArgs,
    @CurrentUser() principal: Principal,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly: boolean,
  ): Promise<Connection<NotificationModel>> {
    return this.notifications.list(principal, args, unreadOnly);
  }

  @Mutation(() => NotificationModel, { description: 'Marks one of your notifications as read.' })
  async markNotificationRead(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal): Promise<NotificationModel> {
    return this.notifications.markRead(id, principal);
  }
}
