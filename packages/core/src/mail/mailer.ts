import { Inject, Injectable } from '@nestjs/common';
import { ExternalServiceError } from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';

/** One message to send. */
export interface MailMessage {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  readonly attachments?: readonly { readonly filename: string; readonly content: Buffer; readonly contentType: string }[];
}

/** Where a message went: the SMTP server's message id, or the `.eml` file written to the outbox. */
export interface MailReceipt {
  readonly messageId: string;
  readonly outboxFile: string | null;
}

/**
 * Sends email through nodemailer: over SMTP when `mail.smtpUrl` is set (production), else written as one `.eml` file
 * per message to `mail.outboxDir` (the embedded default: nothing leaves the machine). A failure to send is a
 * retryable ExternalServiceError, so the job that sends retries it.
 */
@Injectable()
export class Mailer {
  private readonly transport: Transporter;

  constructor(@Inject(CORE_CONFIG) private readonly config: CoreConfig) {
    this.transport = config.mail.smtpUrl ? createTransport(config.mail.smtpUrl) : createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  }

  async send(message: MailMessage): Promise<MailReceipt> {
    const envelope = {
      from: this.config.mail.from,
      to: [...message.to],
      subject: message.subject,
      text: message.text,
      ...(message.html ? { html: message.html } : {}),
      ...(message.attachments ? { attachments: message.attachments.map((attachment) => ({ ...attachment })) } : {}),
    };
    let sent: { messageId: string; message?: unknown };
    try {
      sent = (await this.transport.sendMail(envelope)) as { messageId: string; message?: unknown };
    } catch (error) {
      throw new ExternalServiceError(`could not send email: ${(error as Error).message}`, 'smtp', true);
    }
    if (this.config.mail.smtpUrl) return { messageId: sent.messageId, outboxFile: null };
    const directory = resolve(this.config.mail.outboxDir);
    await mkdir(directory, { recursive: true });
    const file = join(directory, `${new Date().toISOString().replaceAll(':', '-')}-${randomUUID()}.eml`);
    await writeFile(file, sent.message as Buffer);
    return { messageId: sent.messageId, outboxFile: file };
  }
}
