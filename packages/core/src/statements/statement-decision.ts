import type { StatementKind } from '@openrcm/sdk';
import { addDays } from '../time/calendar-date';
import type { PatientAccountEvent, PatientAccountState } from './patient-account.workflow';

/** Why a run sent nothing to an account. */
export const STATEMENT_SKIP_REASONS = [
  'credit-balance',
  'financial-assistance-pending',
  'payment-plan',
  'in-collections',
  'pending-insurance',
  'open-dispute',
  'on-hold',
  'below-minimum',
  'sent-recently',
  'final-notice-sent',
] as const;
export type StatementSkipReason = (typeof STATEMENT_SKIP_REASONS)[number];

/** What the run knows of one account. */
export interface AccountFacts {
  readonly state: PatientAccountState;
  readonly statementsSent: number;
  readonly lastStatementOn: string | null;
  readonly holdUntil: string | null;
  /** What the patient owes on their own accounts of service lines, in cents. */
  readonly patientBalanceCents: number;
  /** What payers still owe on the patient's service lines, in cents (a claim not yet answered). */
  readonly payerBalanceCents: number;
  readonly openDisputes: number;
  /** Financial-assistance applications not decided yet. */
  readonly pendingAssistance: number;
}

/** The policy a run applies (the organization's statement settings). */
export interface StatementPolicy {
  readonly cadenceDays: number;
  readonly statementsBeforeFinalNotice: number;
  readonly minimumBalanceCents: number;
  readonly smallBalanceWriteOffCents: number;
}

/** What to do with an account: send a statement or the final notice, mark it paid, or skip it with the reason. */
export type StatementDecision =
  | { readonly action: 'send'; readonly kind: StatementKind; readonly events: readonly PatientAccountEvent[] }
  | { readonly action: 'settle' }
  /** A balance under the policy's threshold: written off, the account closed as written off. */
  | { readonly action: 'write-off'; readonly events: readonly PatientAccountEvent[] }
  | { readonly action: 'skip'; readonly reason: StatementSkipReason; readonly events: readonly PatientAccountEvent[] };

/** States in which the account's balance is worked by something other than statements. */
const WORKED_ELSEWHERE: Partial<Record<PatientAccountState, StatementSkipReason>> = { 'payment-plan': 'payment-plan', collections: 'in-collections' };

/**
 * Decides one account for a run on `runDate`. The reasons are checked in a fixed order, so an account skipped for
 * several reasons is counted under the first: what the account is in (plan, collections), then what holds it (a
 * payer still answering, a dispute, a financial-assistance application, a hold), then the policy (a small balance
 * written off, the minimum balance, the cadence, the final notice already sent).
 */
export function decideStatement(facts: AccountFacts, policy: StatementPolicy, runDate: string): StatementDecision {
  const owes = facts.patientBalanceCents > 0;
  const closed = facts.state === 'paid' || facts.state === 'written-off';
  if (!owes) {
    if (facts.patientBalanceCents === 0 && !closed && facts.state !== 'current') return { action: 'settle' };
    return { action: 'skip', reason: 'credit-balance', events: [] };
  }
  const reopen: PatientAccountEvent[] = closed ? ['new-balance'] : [];
  const skip = (reason: StatementSkipReason): StatementDecision => ({ action: 'skip', reason, events: reopen });
  const workedElsewhere = WORKED_ELSEWHERE[facts.state];
  if (workedElsewhere) return skip(workedElsewhere);
  if (facts.payerBalanceCents > 0) return skip('pending-insurance');
  if (facts.openDisputes > 0) return skip('open-dispute');
  if (facts.pendingAssistance > 0) return skip('financial-assistance-pending');
  if (facts.holdUntil && facts.holdUntil > runDate) return skip('on-hold');
  if (facts.patientBalanceCents < policy.smallBalanceWriteOffCents) return { action: 'write-off', events: [...reopen, 'write-off'] };
  if (facts.patientBalanceCents < policy.minimumBalanceCents) return skip('below-minimum');
  const sentInCycle = closed ? 0 : facts.statementsSent;
  if (!closed && facts.lastStatementOn && runDate < addDays(facts.lastStatementOn, policy.cadenceDays)) return skip('sent-recently');
  if (facts.state === 'final-notice') return skip('final-notice-sent');
  if (sentInCycle >= policy.statementsBeforeFinalNotice) return { action: 'send', kind: 'final-notice', events: [...reopen, 'send-final-notice'] };
  return { action: 'send', kind: 'statement', events: [...reopen, 'send-statement'] };
}
