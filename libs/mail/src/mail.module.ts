import { Inject, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, OutboxHandlerRegistry } from '@techbridge/platform';

import { MailQueuedPayload } from './mail.events';
import { MAIL_QUEUED_EVENT, MAIL_SEND_QUEUE, MailService } from './mail.service';
import { MailMessageEntity } from './mailbox/mail-message.entity';
import { MailboxResolver } from './mailbox/mailbox.resolver';
import { MailPreferenceEntity } from './preferences/mail-preference.entity';
import { MailPreferenceResolver } from './preferences/mail-preference.resolver';
import { MailPreferenceService } from './preferences/mail-preference.service';
import { KeptMailTransport, MAIL_TRANSPORT, MailTransport } from './transport/mail-transport';
import { SmtpMailTransport } from './transport/smtp-mail.transport';

/** Outgoing mail: templates, the send queue, the embedded mailbox and users' mail preferences. */
@Module({
  imports: [TypeOrmModule.forFeature([MailMessageEntity, MailPreferenceEntity])],
  providers: [
    {
      provide: MAIL_TRANSPORT,
      inject: [AppConfig],
      // Created at boot from config, never at import time; without SMTP_URL nothing connects anywhere.
      useFactory: (config: AppConfig): MailTransport => (config.SMTP_URL ? new SmtpMailTransport(config.SMTP_URL) : new KeptMailTransport()),
    },
    MailService,
    MailPreferenceService,
    MailboxResolver,
    MailPreferenceResolver,
  ],
  exports: [MailService, MailPreferenceService],
})
export class MailModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly handlers: OutboxHandlerRegistry,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
  ) {}

  onModuleInit(): void {
    // One job per mail: a mail server refusing one message never holds up or resends another.
    this.handlers.register(MAIL_SEND_QUEUE, [MAIL_QUEUED_EVENT], (jobs) => this.mail.onSendJobs(jobs), {
      perEventJobs: true,
      batchSize: 1,
      retryLimit: this.config.MAIL_RETRY_LIMIT,
      retryDelaySeconds: this.config.MAIL_RETRY_DELAY_SECONDS,
    });
    // Jobs out of retries land here (pg-boss dead letter): the mail is marked FAILED.
    this.handlers.register<MailQueuedPayload>(`${MAIL_SEND_QUEUE}.dead`, [], (jobs) => this.mail.onDeadJobs(jobs), { batchSize: 20 });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.transport.close();
  }
}
