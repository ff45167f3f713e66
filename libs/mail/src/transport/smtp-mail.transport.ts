import { createTransport, Transporter } from 'nodemailer';

import { MailTransport, OutgoingMail } from './mail-transport';

/** nodemailer over SMTP_URL (pooled: one connection carries many mails). */
export class SmtpMailTransport implements MailTransport {
  readonly kind = 'smtp' as const;
  private readonly transporter: Transporter;

  constructor(url: string) {
    const parsed = new URL(url);
    // A server on this host (a relay or a test server) offers no certificate worth checking.
    const local = ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(parsed.hostname);
    const secure = parsed.protocol === 'smtps:';
    this.transporter = createTransport({
      host: parsed.hostname.replace(/^\[|\]$/g, ''),
      port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
      secure,
      auth: parsed.username
        ? {
            user: decodeURIComponent(parsed.username),
            pass: decodeURIComponent(parsed.password),
          }
        : undefined,
      pool: true,
      maxConnections: 2,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      tls: local ? { rejectUnauthorized: false } : undefined,
    });
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string | null }> {
    const info = (await this.transporter.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: { 'X-TechBridge-Mail-Id': mail.mailId },
    })) as { messageId?: string };
    return { messageId: info.messageId ?? null };
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}
