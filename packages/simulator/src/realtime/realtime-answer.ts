import {
  InMemoryControlNumberSequence,
  read270,
  write271,
  type EligibilityInquiry270,
  type EligibilityResponse271Input,
  type InquiryPerson,
  type MemberInput271,
  type RequestError271,
} from '@openrcm/x12';
import { benefitsOf, planDates } from './realtime-benefits';
import type { SimulatedDependent, SimulatedMember } from './realtime-members';

/** What the default answer needs: the member table, the payers that are "down", the time and the sequence. */
export interface RealtimeAnswerOptions {
  readonly members: readonly SimulatedMember[];
  /** Payer ids (2100A NM109) that answer AAA 42, unable to respond now. */
  readonly unavailablePayers: readonly string[];
  readonly now: () => Date;
  readonly sequence: InMemoryControlNumberSequence;
}

/** A 270 the fake cannot read at all. */
export class UnreadableInquiryError extends Error {}

const TRACE_ORIGINATOR = '9999999999';
const reject = (code: string, followUp = 'C'): RequestError271[] => [{ validRequest: 'N', rejectReason: code, followUp }];
const same = (a: string | undefined, b: string) => (a ?? '').trim().toUpperCase() === b.toUpperCase();

function birthDateErrors(asked: InquiryPerson, birthDate: string): RequestError271[] {
  if (!asked.birthDate) return reject('58');
  return asked.birthDate === birthDate ? [] : reject('71');
}

function subscriberAnswer(q: EligibilityInquiry270, member: SimulatedMember | undefined): MemberInput271 {
  const asked = { lastName: q.subscriber.lastName, ...(q.subscriber.firstName ? { firstName: q.subscriber.firstName } : {}), memberId: q.subscriber.memberId };
  const trace = q.dependent ? {} : { traceNumber: q.traceNumber, traceOriginator: TRACE_ORIGINATOR };
  if (!/^[A-Z0-9]{2,30}$/i.test(q.subscriber.memberId)) return { ...asked, ...trace, errors: reject('72') };
  if (!member) return { ...asked, ...trace, errors: reject('75') };
  if (!same(q.subscriber.lastName, member.lastName)) return { ...asked, ...trace, errors: reject('73') };
  const named = { lastName: member.lastName, firstName: member.firstName, memberId: member.memberId, ...trace };
  if (q.dependent) return named;
  const errors = birthDateErrors(q.subscriber, member.birthDate);
  if (errors.length > 0) return { ...named, errors };
  return { ...named, birthDate: member.birthDate, dates: planDates(member), benefits: benefitsOf(member) };
}

function dependentAnswer(q: EligibilityInquiry270, asked: InquiryPerson, member: SimulatedMember): MemberInput271 {
  const trace = { traceNumber: q.traceNumber, traceOriginator: TRACE_ORIGINATOR };
  const found: SimulatedDependent | undefined = member.dependents.find((d) => same(asked.firstName, d.firstName) && same(asked.lastName, d.lastName));
  if (!found) return { lastName: asked.lastName, ...(asked.firstName ? { firstName: asked.firstName } : {}), ...trace, errors: reject('67') };
  const named = { lastName: found.lastName, firstName: found.firstName, ...trace };
  const errors = birthDateErrors(asked, found.birthDate);
  if (errors.length > 0) return { ...named, errors };
  return { ...named, birthDate: found.birthDate, relationship: found.relationship, dates: planDates(member), benefits: benefitsOf(member) };
}

/** The 271 for one 270 inquiry, by the rules of the fake (see the simulator's README). */
export function responseFor(q: EligibilityInquiry270, options: RealtimeAnswerOptions): EligibilityResponse271Input {
  const now = options.now().toISOString();
  const head = { referenceId: q.referenceId, createdDate: now.slice(0, 10), createdTime: now.slice(11, 16), payer: q.payer, provider: q.provider };
  if (options.unavailablePayers.includes(q.payer.id)) return { ...head, sourceErrors: [{ validRequest: 'Y', rejectReason: '42', followUp: 'R' }] };
  const member = options.members.find((m) => m.memberId === q.subscriber.memberId.toUpperCase());
  const subscriber = subscriberAnswer(q, member);
  if (!q.dependent || !member || subscriber.errors) return { ...head, subscriber };
  return { ...head, subscriber, dependent: dependentAnswer(q, q.dependent, member) };
}

/** Answers a 270 interchange with a 271 interchange (one 271 per 270 transaction set). */
export function answer270(x12: string, options: RealtimeAnswerOptions): string {
  const { transactions, interchanges } = read270(x12);
  if (transactions.length === 0) throw new UnreadableInquiryError('the payload holds no 270');
  const isa = interchanges[0];
  const numbers = { interchange: options.sequence.next('interchange'), group: options.sequence.next('group'), transaction: options.sequence.next('transaction', transactions.length) };
  const envelope = {
    sender: { qualifier: isa?.receiverQualifier ?? 'ZZ', id: isa?.receiverId ?? 'SIMULATOR' },
    receiver: { qualifier: isa?.senderQualifier ?? 'ZZ', id: isa?.senderId ?? 'SUBMITTER' },
    usage: 'T' as const,
    date: options.now().toISOString().slice(0, 10),
    time: options.now().toISOString().slice(11, 16),
  };
  return write271(transactions.map((q) => responseFor(q, options)), envelope, numbers);
}
