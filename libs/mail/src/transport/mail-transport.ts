/** A mail ready to leave: what the transport port is handed. */
export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Our own id, sent as a header so a message can be traced back to its row. */
  mailId: string;
}

/**
 * Where mail goes. `smtp` hands it to a mail server; `kept` keeps it in the database only (the
 * embedded default: the administrators' mailbox shows it).
 */
export interface MailTransport {
  readonly kind: 'smtp' | 'kept';
  send(mail: OutgoingMail): Promise<{ messageId: string | null }>;
  close(): Promise<void>;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

export class KeptMailTransport implements MailTransport {
  readonly kind = 'kept' as const;

  async send(): Promise<{ messageId: null }> {
    return { messageId: null };
  }

  async close(): Promise<void> {}
}
