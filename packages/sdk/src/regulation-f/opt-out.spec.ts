import { ValidationError } from '../errors/errors';
import { checkOptOutInstruction, maySendMessage, type ElectronicMessage, type OptOutRecord } from './opt-out';

describe('checkOptOutInstruction', () => {
  it.each<[string, ElectronicMessage, string | undefined, boolean]>([
    ['a text with Reply STOP', { channel: 'text', address: '614-555-0100', body: 'Lakeside Recovery: your balance is due. Reply STOP to opt out.' }, undefined, true],
    ['a text with "text STOP to"', { channel: 'text', address: '614-555-0100', body: 'Questions? Call us. Text stop to end these messages' }, undefined, true],
    ['a text without STOP', { channel: 'text', address: '614-555-0100', body: 'Lakeside Recovery: your balance is due. Call (614) 555-0142.' }, undefined, false],
    ['a text that says STOP only in another sentence', { channel: 'text', address: '614-555-0100', body: 'Reply to confirm. STOP by our office.' }, undefined, false],
    ['an email with an unsubscribe link', { channel: 'email', address: 'pat@example.com', body: '<p>Your balance…</p><p><a href="https://lakeside.example/unsubscribe?t=1">Unsubscribe</a></p>' }, undefined, true],
    ['an email that says to reply to opt out', { channel: 'email', address: 'pat@example.com', body: 'To opt out of emails about this debt, reply with the word STOP.' }, undefined, true],
    ['an email that names no way to opt out', { channel: 'email', address: 'pat@example.com', body: 'Your balance is $120.00. Pay at https://pay.example/x' }, undefined, false],
    ['an email that says unsubscribe with no means', { channel: 'email', address: 'pat@example.com', body: 'You may unsubscribe at any time.' }, undefined, false],
    ['the collector’s own instruction, across HTML and spacing', { channel: 'email', address: 'pat@example.com', body: '<p>To stop   these emails,<br> write to optout@lakeside.example.</p>' }, 'To stop these emails, write to optout@lakeside.example.', true],
    ['the collector’s own instruction missing', { channel: 'text', address: '614-555-0100', body: 'Reply STOP to opt out.' }, 'Reply QUIT to stop texts.', false],
  ])('%s → %p', (_case, message, instruction, ok) => {
    const check = checkOptOutInstruction(message, instruction);
    expect(check.ok).toBe(ok);
    if (!check.ok) expect(check.reason).toMatch(/opt|unsubscribe|STOP/);
  });
});

describe('maySendMessage: an opt-out is honoured at once', () => {
  const optedOutAt = new Date('2024-05-01T14:00:00Z');
  const textOptOut: OptOutRecord = { channel: 'text', address: '+1 (614) 555-0100', receivedAt: optedOutAt };
  const emailOptOut: OptOutRecord = { channel: 'email', address: 'Pat@Example.com', receivedAt: optedOutAt };
  it.each<[string, { channel: 'email' | 'text'; address: string }, string, OptOutRecord[], boolean]>([
    ['a text one second before the opt-out', { channel: 'text', address: '614-555-0100' }, '2024-05-01T13:59:59Z', [textOptOut], true],
    ['a text the same instant', { channel: 'text', address: '614-555-0100' }, '2024-05-01T14:00:00Z', [textOptOut], false],
    ['a text a minute later, the number written differently', { channel: 'text', address: '6145550100' }, '2024-05-01T14:01:00Z', [textOptOut], false],
    ['a text to another number', { channel: 'text', address: '614-555-0199' }, '2024-05-01T14:01:00Z', [textOptOut], true],
    ['an email when only texts were opted out of', { channel: 'email', address: 'pat@example.com' }, '2024-05-01T14:01:00Z', [textOptOut], true],
    ['an email to the same address in other case', { channel: 'email', address: ' pat@EXAMPLE.com' }, '2024-05-01T14:01:00Z', [emailOptOut], false],
    ['an email after an opt-out of every email address', { channel: 'email', address: 'pat.work@example.com' }, '2024-05-01T14:01:00Z', [{ channel: 'email', receivedAt: optedOutAt }], false],
    ['a text after the consumer opted back in', { channel: 'text', address: '614-555-0100' }, '2024-06-01T14:00:00Z', [{ ...textOptOut, withdrawnAt: new Date('2024-05-20T12:00:00Z') }], true],
    ['a text before the opt-back-in', { channel: 'text', address: '614-555-0100' }, '2024-05-10T14:00:00Z', [{ ...textOptOut, withdrawnAt: new Date('2024-05-20T12:00:00Z') }], false],
  ])('%s → allowed %p', (_case, message, at, optOuts, allowed) => {
    const decision = maySendMessage(message, new Date(at), optOuts);
    expect(decision.allowed).toBe(allowed);
    if (!decision.allowed) expect(decision.optOut.receivedAt).toEqual(optedOutAt);
  });

  it('refuses bad input, naming the field', () => {
    expect(() => maySendMessage({ channel: 'text', address: '' }, new Date(), [])).toThrow(ValidationError);
    expect(() => maySendMessage({ channel: 'text', address: '1' }, new Date(), [{ channel: 'text', receivedAt: new Date('x') }])).toThrow('optOuts[0].receivedAt');
  });
});
