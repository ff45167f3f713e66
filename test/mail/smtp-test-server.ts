import { AddressInfo } from 'node:net';

import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  envelopeTo: string[];
  parsed: ParsedMail;
}

export interface SmtpTestServer {
  url: string;
  received: ReceivedMail[];
  /** Refuses the next `count` messages with a temporary error (451), as a busy server would. */
  refuseNext(count: number): void;
  /** Waits for a mail to `address` (matching `subject` if given) and returns it. */
  waitFor(address: string, predicate?: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

/** A real SMTP server (the `smtp-server` package) on a random local port; messages are parsed with `mailparser`. */
export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      if (refusals > 0) {
        refusals -= 1;
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('Try again later'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          received.push({
            envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            parsed,
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext: (count) => {
      refusals = count;
    },
    waitFor: async (address, predicate = () => true, timeoutMs = 20000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mail = received.find((item) => item.envelopeTo.includes(address) && predicate(item));
        if (mail) return mail;
        if (Date.now() > deadline) throw new Error(`No mail to ${address} within ${timeoutMs} ms (received ${received.length})`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The token of the first link in a mail's text that goes to `path` (e.g. /reset-password). */
export function tokenFromMail(mail: ReceivedMail, path: string): string {
  const text = mail.parsed.text ?? '';
  const match = new RegExp(`${path.replace('/', '\\/')}\\?token=([^\\s]+)`).exec(text);
  if (!match) throw new Error(`No ${path} link in: ${text}`);
  return decodeURIComponent(match[1]);
}
