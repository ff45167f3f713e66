import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionTypes } from '@techbridge/platform';

import { MailMessageEntity } from './mail-message.entity';

export enum MailStatusCode {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  KEPT = 'KEPT',
  FAILED = 'FAILED',
}
registerEnumType(MailStatusCode, {
  name: 'MailStatus',
  description: 'QUEUED: waiting to be sent or retried; SENT: handed to the SMTP server; KEPT: kept here (no SMTP_URL); FAILED: given up after retries.',
});

@ObjectType('MailMessage', {
  description: 'An outgoing mail, as the administrators see it. Bodies of mail sent over SMTP are not kept.',
})
export class MailMessageModel {
  @Field(() => ID)
  id: string;

  @Field()
  to: string;

  @Field()
  language: string;

  @Field({
    description: 'password-reset, email-verification, notification or digest.',
  })
  template: string;

  @Field()
  subject: string;

  @Field(() => String, {
    nullable: true,
    description: 'Plain-text body; null once sent over SMTP.',
  })
  text: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'HTML body; null once sent over SMTP.',
  })
  html: string | null;

  @Field(() => MailStatusCode)
  status: MailStatusCode;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  sentAt: Date | null;

  static from(row: MailMessageEntity): MailMessageModel {
    return Object.assign(new MailMessageModel(), {
      id: row.id,
      to: row.toAddress,
      language: row.language,
      template: row.template,
      subject: row.subject,
      text: row.textBody,
      html: row.htmlBody,
      status: row.status as MailStatusCode,
      attempts: row.attempts,
      lastError: row.lastError,
      createdAt: row.createdAt,
      sentAt: row.sentAt,
    });
  }
}

export const { Edge: MailMessageEdge, Connection: MailMessageConnection } = connectionTypes(MailMessageModel, 'MailMessage');
