import { ValidationError } from '../errors/errors';
import { assertInstant } from './calendar-date';
import { assertTimeZone, localDay, startOfLocalDay } from './zoned-time';

/** The days of the sliding window and of the block after a conversation (the first day is day 1). */
const WINDOW_DAYS = 7;
/** Placed calls per debt allowed within any {@link WINDOW_DAYS} consecutive days. */
const MAX_CALLS = 7;

/** A telephone call about one or more debts, as the collector's call log records it. Since SDK 1.9.0. @public */
export interface CallRecord {
  /** When the call was made. */
  readonly at: Date;
  /** The debts the call was about (a call about several debts counts for each). */
  readonly debtIds: readonly string[];
  /** Who placed the call: calls the consumer makes do not count toward the limit. */
  readonly initiatedBy: 'collector' | 'consumer';
  /** Whether the call connected to the dialled number (answered or voicemail); calls that do not connect do not count. */
  readonly connected: boolean;
  /** Whether a telephone conversation about the debts took place (whoever called): it starts a 7-day block. */
  readonly conversation: boolean;
  /**
   * When the consumer gave the collector consent to this call, if they did: a call placed with consent given within
   * the last 7 days (the day of consent is day 1) does not count.
   */
  readonly consentGivenAt?: Date;
}

/** A call the collector wants to place, and what it needs to decide. Since SDK 1.9.0. @public */
export interface CallRequest {
  /** When the call would be placed. */
  readonly at: Date;
  /** The debts it would be about. */
  readonly debtIds: readonly string[];
  /** The consumer's IANA time zone: days are calendar days there. */
  readonly timeZone: string;
  /** The calls about the consumer's debts so far (records after `at` are not considered). */
  readonly history: readonly CallRecord[];
  /** When the consumer consented to this call, if they did (consent within 7 days lifts both limits). */
  readonly consentGivenAt?: Date;
}

/** The rule a call would break (12 CFR 1006.14(b)(2)(i) and (ii)). Since SDK 1.9.0. @public */
export type CallLimitRule = 'seven-calls-in-seven-days' | 'seven-days-after-conversation';

/** Why a call about one debt is refused, and when a call about it is next allowed. Since SDK 1.9.0. @public */
export interface CallRefusal {
  /** The rule the call would break. */
  readonly rule: CallLimitRule;
  /** The debt the rule is about. */
  readonly debtId: string;
  /** The first instant a call about this debt is allowed again (the start of a day in the consumer's time zone). */
  readonly nextAllowedAt: Date;
}

/**
 * Whether a call may be placed: allowed, or refused with each rule and debt that forbid it and the first instant
 * the call is allowed (the latest of the refusals). Since SDK 1.9.0.
 * @public
 */
export type CallDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly refusals: readonly CallRefusal[]; readonly nextAllowedAt: Date };

function consentCovers(call: { readonly at: Date; readonly consentGivenAt?: Date }, timeZone: string): boolean {
  if (!call.consentGivenAt || call.consentGivenAt.getTime() > call.at.getTime()) return false;
  return localDay(call.at, timeZone) - localDay(call.consentGivenAt, timeZone) < WINDOW_DAYS;
}

function counts(call: CallRecord, timeZone: string): boolean {
  return call.initiatedBy === 'collector' && call.connected && !consentCovers(call, timeZone);
}

function checkRequest(request: CallRequest): void {
  assertInstant(request.at, 'at');
  assertTimeZone(request.timeZone, 'timeZone');
  if (!Array.isArray(request.debtIds) || request.debtIds.length === 0) {
    throw new ValidationError([{ field: 'debtIds', message: 'name at least one debt the call is about' }]);
  }
  if (request.consentGivenAt !== undefined) assertInstant(request.consentGivenAt, 'consentGivenAt');
  request.history.forEach((call, index) => {
    assertInstant(call.at, `history[${index}].at`);
    if (call.consentGivenAt !== undefined) assertInstant(call.consentGivenAt, `history[${index}].consentGivenAt`);
    if (!Array.isArray(call.debtIds) || call.debtIds.length === 0) {
      throw new ValidationError([{ field: `history[${index}].debtIds`, message: 'name at least one debt the call was about' }]);
    }
  });
}

/** The refusals for one debt, given the calls before `at` about it and today's day number. */
function refusalsFor(debtId: string, calls: readonly CallRecord[], today: number, timeZone: string): CallRefusal[] {
  const refusals: CallRefusal[] = [];
  const lastConversationDay = Math.max(...calls.filter((call) => call.conversation).map((call) => localDay(call.at, timeZone)));
  if (today - lastConversationDay < WINDOW_DAYS) {
    refusals.push({ rule: 'seven-days-after-conversation', debtId, nextAllowedAt: startOfLocalDay(lastConversationDay + WINDOW_DAYS, timeZone) });
  }
  const countedDays = calls
    .filter((call) => counts(call, timeZone))
    .map((call) => localDay(call.at, timeZone))
    .filter((day) => today - day < WINDOW_DAYS)
    .sort((a, b) => a - b);
  if (countedDays.length >= MAX_CALLS) {
    // The window holds fewer than MAX_CALLS once the (n − MAX_CALLS + 1)-th oldest call has left it.
    const leaving = countedDays[countedDays.length - MAX_CALLS] as number;
    refusals.push({ rule: 'seven-calls-in-seven-days', debtId, nextAllowedAt: startOfLocalDay(leaving + WINDOW_DAYS, timeZone) });
  }
  return refusals;
}

/**
 * Whether the collector may place a telephone call about `debtIds` at `at` (12 CFR 1006.14(b)): per debt, not more
 * than 7 placed calls within 7 consecutive days, and none within 7 days after a telephone conversation about it (the
 * day of the conversation is day 1). Calls that do not connect, calls the consumer makes and calls placed with the
 * consumer's consent given within the last 7 days do not count; a call or conversation about several debts counts for
 * each. Days are calendar days in the consumer's time zone. A call placed with consent given within 7 days is allowed.
 * Throws {@link ValidationError} for an unknown time zone, an invalid instant or a call about no debt.
 * Since SDK 1.9.0.
 * @public
 */
export function mayPlaceCall(request: CallRequest): CallDecision {
  checkRequest(request);
  const { at, timeZone } = request;
  if (consentCovers(request, timeZone)) return { allowed: true };
  const today = localDay(at, timeZone);
  const past = request.history.filter((call) => call.at.getTime() <= at.getTime());
  const refusals = [...new Set(request.debtIds)].flatMap((debtId) =>
    refusalsFor(debtId, past.filter((call) => call.debtIds.includes(debtId)), today, timeZone),
  );
  if (refusals.length === 0) return { allowed: true };
  const nextAllowedAt = new Date(Math.max(...refusals.map((refusal) => refusal.nextAllowedAt.getTime())));
  return { allowed: false, refusals, nextAllowedAt };
}
