import type { PatientAccountState, PatientDispute, StatementDelivery, StatementListing, StatementRun, StatementRunCounts, StatementRunResult } from '../api/views';

/**
 * Why a run sent an account nothing, in words: the skip reasons of core's statement decision
 * (packages/core/src/statements/statement-decision.ts) and the run's own (no channel to deliver through).
 */
export const SKIP_REASONS: Readonly<Record<string, string>> = {
  'credit-balance': 'The patient has a credit, not a balance',
  'payment-plan': 'On a payment plan',
  'in-collections': 'Placed with a collection agency',
  'pending-insurance': 'Insurance is still answering a claim',
  'open-dispute': 'The patient disputes the bill',
  'financial-assistance-pending': 'A financial-assistance application is pending',
  'on-hold': 'On hold (see the account)',
  'below-minimum': 'Balance under the minimum for a statement',
  'sent-recently': 'A statement went out within the cadence',
  'final-notice-sent': 'The final notice was already sent',
  'no-email-channel': 'Consented to email, but no email channel is enabled',
  'no-print-channel': 'No email consent, and no print channel to mail it',
};

/** What the run did with an account, in a word or two. */
export const RESULT_LABELS: Readonly<Record<StatementRunResult, string>> = {
  sent: 'Sent',
  skipped: 'Skipped',
  failed: 'Failed',
  settled: 'Settled (paid)',
  'written-off': 'Written off',
};

/** Delivery channels by id, in words; another plugin's channel shows its id. */
const CHANNELS: Readonly<Record<string, string>> = { email: 'email', print: 'the print vendor' };

export const channelName = (channel: string): string => CHANNELS[channel] ?? channel;

/** A skip reason's code in words (an unknown code as it is). */
export const skipReason = (reason: string): string => SKIP_REASONS[reason] ?? reason;

/**
 * An outcome's reason in plain words. The server's `reason` means something different per result: the channel a
 * statement went through, the skip reason's code, the error of a failure (as the server wrote it), and "nothing owed".
 */
export function outcomeReason(result: StatementRunResult, reason: string): string {
  switch (result) {
    case 'sent':
      return `Sent by ${channelName(reason)}`;
    case 'skipped':
      return skipReason(reason);
    case 'failed':
      return `Not delivered: ${reason}`;
    case 'settled':
      return 'The patient owes nothing now: the account is marked paid';
    case 'written-off':
      return `Small balance ${reason}`;
  }
}

/** The skipped accounts of a run by reason, in words and largest first: "Insurance is still answering a claim: 3; …". */
export function skippedText(counts: StatementRunCounts): string {
  const entries = Object.entries(counts.skipped).filter(([, count]) => count > 0);
  if (entries.length === 0) return 'none';
  return entries
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .map(([reason, count]) => `${skipReason(reason)}: ${count}`)
    .join('; ');
}

export const TRIGGER_LABELS: Readonly<Record<StatementRun['trigger'], string>> = { manual: 'Run now by a user', schedule: 'Daily schedule' };

export const ACCOUNT_STATES: Readonly<Record<PatientAccountState, string>> = {
  current: 'Current (no statement in progress)',
  'statement-cycle': 'In the statement cycle',
  'final-notice': 'Final notice sent',
  'payment-plan': 'On a payment plan',
  collections: 'In collections',
  paid: 'Paid',
  'written-off': 'Written off',
};

export const KIND_LABELS: Readonly<Record<StatementListing['kind'], string>> = { statement: 'Statement', 'final-notice': 'Final notice' };

export const DISPUTE_STATES: Readonly<Record<PatientDispute['state'], string>> = {
  open: 'Open (statements held)',
  answered: 'Answered (statements held)',
  resolved: 'Resolved',
};

/** One delivery attempt in words: "email, delivered (<message id>)" or "email, failed: <error>". */
export function deliveryText(delivery: StatementDelivery): string {
  const attempt = delivery.attempt > 1 ? ` (attempt ${delivery.attempt})` : '';
  if (delivery.outcome === 'delivered') return `${channelName(delivery.channel)}${attempt}: delivered${delivery.reference ? ` (${delivery.reference})` : ''}`;
  return `${channelName(delivery.channel)}${attempt}: failed${delivery.error ? ` — ${delivery.error}` : ''}`;
}
