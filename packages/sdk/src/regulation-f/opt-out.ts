import { ValidationError } from '../errors/errors';
import { assertInstant } from './calendar-date';

/** The electronic media a collector writes to the consumer by. Since SDK 1.9.0. @public */
export type ElectronicChannel = 'email' | 'text';

/** An email or text message about a debt, before it is sent. Since SDK 1.9.0. @public */
export interface ElectronicMessage {
  /** Email or text message (SMS). */
  readonly channel: ElectronicChannel;
  /** The email address or phone number it goes to. */
  readonly address: string;
  /** The body: plain text or HTML for an email, the text of a text message. */
  readonly body: string;
}

/** Whether a message carries an opt-out instruction, or why not. Since SDK 1.9.0. @public */
export type OptOutInstructionCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** A consumer's request to stop emails or texts to an address (12 CFR 1006.6(e)). Since SDK 1.9.0. @public */
export interface OptOutRecord {
  /** The medium opted out of. */
  readonly channel: ElectronicChannel;
  /** The address or phone number opted out; absent for every address on the channel. */
  readonly address?: string;
  /** When the opt-out was received. */
  readonly receivedAt: Date;
  /** When the consumer opted back in, if they did. */
  readonly withdrawnAt?: Date;
}

/** Whether a message may be sent given the opt-outs on record. Since SDK 1.9.0. @public */
export type OptOutDecision = { readonly allowed: true } | { readonly allowed: false; readonly optOut: OptOutRecord };

const LINK = /https?:\/\/\S+|mailto:\S+/i;
const EMAIL_WORDS = /\bunsubscribe\b|\bopt[\s-]?out\b|\bstop receiving\b/i;
const EMAIL_REPLY = /\breply\b/i;
const TEXT_STOP = /\b(reply|text|send)\b[^.]{0,40}\bSTOP\b/i;

function words(body: string): string {
  return body.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Whether an email or text message carries an instruction to opt out of further messages (12 CFR 1006.6(e)). With
 * `instruction` (the collector's own words, e.g. `Reply STOP to stop texts about this debt.`), the body must contain
 * it (case and spacing aside, HTML tags ignored). Without it, a text must tell the consumer to reply or text STOP, and
 * an email must mention unsubscribing or opting out and give a link, a `mailto:` address or a reply to do it by.
 * Since SDK 1.9.0.
 * @public
 */
export function checkOptOutInstruction(message: ElectronicMessage, instruction?: string): OptOutInstructionCheck {
  const body = typeof message.body === 'string' ? message.body : '';
  if (instruction !== undefined) {
    return words(body).includes(words(instruction)) ? { ok: true } : { ok: false, reason: `the ${message.channel} does not carry the opt-out instruction "${instruction}"` };
  }
  if (message.channel === 'text') {
    return TEXT_STOP.test(words(body)) ? { ok: true } : { ok: false, reason: 'the text message does not tell the consumer to reply STOP to opt out' };
  }
  if (!EMAIL_WORDS.test(words(body))) return { ok: false, reason: 'the email does not say how to unsubscribe or opt out' };
  if (!LINK.test(body) && !EMAIL_REPLY.test(words(body))) return { ok: false, reason: 'the email names no link, address or reply to opt out by' };
  return { ok: true };
}

function normalized(channel: ElectronicChannel, address: string): string {
  if (channel === 'email') return address.trim().toLowerCase();
  const digits = address.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

/**
 * Whether an email or text may be sent at `at`, honouring every opt-out on record at once: an opt-out received at or
 * before `at` for the message's channel and address (or for every address on the channel), and not withdrawn by
 * then, refuses it. Phone numbers compare by their digits (a leading US country code 1 aside), emails without case.
 * Throws {@link ValidationError} for an invalid instant. Since SDK 1.9.0.
 * @public
 */
export function maySendMessage(message: Pick<ElectronicMessage, 'channel' | 'address'>, at: Date, optOuts: readonly OptOutRecord[]): OptOutDecision {
  assertInstant(at, 'at');
  if (typeof message.address !== 'string' || message.address.trim() === '') throw new ValidationError([{ field: 'address', message: 'required' }]);
  optOuts.forEach((optOut, index) => assertInstant(optOut.receivedAt, `optOuts[${index}].receivedAt`));
  const address = normalized(message.channel, message.address);
  const active = optOuts.find(
    (optOut) =>
      optOut.channel === message.channel &&
      (optOut.address === undefined || normalized(optOut.channel, optOut.address) === address) &&
      optOut.receivedAt.getTime() <= at.getTime() &&
      !(optOut.withdrawnAt && optOut.withdrawnAt.getTime() > optOut.receivedAt.getTime() && optOut.withdrawnAt.getTime() <= at.getTime()),
  );
  return active ? { allowed: false, optOut: active } : { allowed: true };
}
