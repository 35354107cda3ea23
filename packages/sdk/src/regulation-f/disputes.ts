import { ValidationError, type ValidationIssue } from '../errors/errors';
import { dateIssue, dayNumber, dayOf, isoDate } from './calendar-date';

/** Years records are kept after the last collection activity (12 CFR 1006.100(a)). */
const RETENTION_YEARS = 3;

/**
 * How a dispute reached the collector: in writing on paper, in writing electronically (through a channel the collector
 * accepts disputes by), or orally. Since SDK 1.9.0.
 * @public
 */
export type DisputeMedium = 'paper' | 'electronic' | 'oral';

/** A consumer's dispute of all or part of a debt. Since SDK 1.9.0. @public */
export interface DebtDispute {
  /** How it was made. */
  readonly medium: DisputeMedium;
  /** When the collector received it (ISO calendar date). */
  readonly receivedOn: string;
  /** The amount disputed, in integer cents (the whole debt, or the part disputed). */
  readonly disputedCents: number;
  /** When verification of the debt was recorded as sent to the consumer, if it was (ISO calendar date). */
  readonly verificationSentOn?: string;
}

/** What a dispute does to collection on a given date. Since SDK 1.9.0. @public */
export interface DisputeEffect {
  /** Whether collection of the disputed amount is stopped on that date. */
  readonly collectionStopped: boolean;
  /** The amount whose collection is stopped, in integer cents (0 when none is). */
  readonly stoppedCents: number;
  /** Whether the debt must be reported (to a credit bureau, to anyone) as disputed. */
  readonly reportAsDisputed: boolean;
  /** Why, in words a person can act on. */
  readonly reason: string;
}

function disputeIssues(dispute: DebtDispute, validationPeriodEndsOn: string, asOf: string): ValidationIssue[] {
  const issues = [
    dateIssue(dispute.receivedOn, 'receivedOn'),
    dispute.verificationSentOn === undefined ? undefined : dateIssue(dispute.verificationSentOn, 'verificationSentOn'),
    dateIssue(validationPeriodEndsOn, 'validationPeriodEndsOn'),
    dateIssue(asOf, 'asOf'),
  ].filter((issue): issue is ValidationIssue => issue !== undefined);
  if (!['paper', 'electronic', 'oral'].includes(dispute.medium)) issues.push({ field: 'medium', message: 'expected paper, electronic or oral' });
  if (!Number.isSafeInteger(dispute.disputedCents) || dispute.disputedCents <= 0) {
    issues.push({ field: 'disputedCents', message: `expected a whole number of cents above 0, got ${String(dispute.disputedCents)}` });
  }
  return issues;
}

/**
 * What a dispute does on `asOf` (15 U.S.C. 1692g(b), 12 CFR 1006.38): one made in writing (electronic included) and
 * received by `validationPeriodEndsOn` stops collection of the disputed amount until verification is recorded as sent;
 * an oral dispute, or a written one received after the validation period, does not stop collection. Every dispute
 * makes the debt reported as disputed (15 U.S.C. 1692e(8)). Throws {@link ValidationError} naming a bad field.
 * Since SDK 1.9.0.
 * @public
 */
export function disputeEffect(dispute: DebtDispute, validationPeriodEndsOn: string, asOf: string): DisputeEffect {
  const issues = disputeIssues(dispute, validationPeriodEndsOn, asOf);
  if (issues.length > 0) throw new ValidationError(issues);
  const going = { collectionStopped: false, stoppedCents: 0, reportAsDisputed: true } as const;
  if (dispute.medium === 'oral') return { ...going, reason: 'an oral dispute does not stop collection; report the debt as disputed' };
  if (dispute.receivedOn > validationPeriodEndsOn) {
    return { ...going, reason: `received after the validation period ended on ${validationPeriodEndsOn}: collection goes on; report the debt as disputed` };
  }
  if (dispute.verificationSentOn !== undefined && dispute.verificationSentOn <= asOf) {
    return { ...going, reason: `verification was sent on ${dispute.verificationSentOn}: collection may resume; report the debt as disputed` };
  }
  return {
    collectionStopped: true,
    stoppedCents: dispute.disputedCents,
    reportAsDisputed: true,
    reason: 'disputed in writing within the validation period: collection of the disputed amount stops until verification is sent',
  };
}

/**
 * The date until which the records of a debt are kept: three years after the last collection activity on it
 * (12 CFR 1006.100(a)); a call recording, three years after the call. February 29 plus three years is March 1.
 * Throws {@link ValidationError} naming `lastActivityOn` for a date that is not `YYYY-MM-DD`. Since SDK 1.9.0.
 * @public
 */
export function recordsKeptUntil(lastActivityOn: string): string {
  const date = isoDate(dayNumber(lastActivityOn, 'lastActivityOn'));
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return isoDate(dayOf(year + RETENTION_YEARS, month, day));
}
