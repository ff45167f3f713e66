import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Connection, ConnectionArgs, Role } from '@techbridge/platform';

import { MailService } from '../mail.service';
import { MailMessageConnection, MailMessageModel } from './mail-message.model';

@Resolver(() => MailMessageModel)
export class MailboxResolver {
  constructor(private readonly mail: MailService) {}

  @Allow(Role.ADMIN)
  @Query(() => MailMessageConnection, {
    description: 'Admin: outgoing mail, newest first. Without SMTP_URL this is the demo mailbox (bodies kept), e.g. to follow a password reset.',
  })
  async mailbox(@Args() args: ConnectionArgs, @Args('to', { type: () => String, nullable: true }) to: string | null): Promise<Connection<MailMessageModel>> {
    const page = await this.mail.list(args, to);
    return {
      ...page,
      edges: page.edges.map((edge) => ({
        cursor: edge.cursor,
        node: MailMessageModel.from(edge.node),
      })),
    };
  }
}
