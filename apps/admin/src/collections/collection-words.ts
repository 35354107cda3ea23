import type {
  AgencyActivityKind,
  AgencyFeePosting,
  AgencyFile,
  CollectionCommunication,
  CollectionCommunicationKind,
  CreditReportingRule,
  DisputeMedium,
  OptOutChannel,
  PlacementBatchState,
  PlacementExclusion,
  PlacementState,
} from '../api/views';
import { formatCents } from '../money/cents';

/**
 * Why an account was left out of a placement batch, in plain words: the codes of core's placement decision
 * (packages/core/src/collections/placement-decision.ts), what protects the patient first.
 */
export const EXCLUSION_REASONS: Readonly<Record<PlacementExclusion, string>> = {
  'pending-insurance': 'A claim is still with insurance',
  'payment-plan': 'On a payment plan in good standing',
  'open-dispute': 'The patient disputes the bill',
  'financial-assistance-pending': 'A financial-assistance application is pending',
  'nsa-dispute-window': 'No Surprises Act dispute window open',
  'on-hold': 'The account is on hold',
  'final-notice-not-sent': 'No final notice has been sent',
  'final-notice-not-expired': 'The final notice has not expired yet',
  'too-soon-after-first-statement': 'Too soon after the first statement',
  'below-minimum': 'Balance under the minimum for placement',
};

/** A reason code in words; a code this screen does not know shows as the server wrote it. */
export const exclusionReason = (code: string): string => (EXCLUSION_REASONS as Readonly<Record<string, string>>)[code] ?? code;

export const BATCH_STATES: Readonly<Record<PlacementBatchState, string>> = {
  proposed: 'Awaiting a manager',
  placed: 'Placed with the agency',
  failed: 'Failed: the agency did not take it',
  rejected: 'Rejected by a manager',
};

export const PLACEMENT_STATES: Readonly<Record<PlacementState, string>> = {
  placed: 'With the agency',
  recalled: 'Recalled',
  returned: 'Returned by the agency',
  closed: 'Closed',
};

export const ACTIVITY_KINDS: Readonly<Record<AgencyActivityKind, string>> = {
  payment: 'Payment',
  adjustment: 'Adjustment',
  return: 'Returned by the agency',
  dispute: 'Dispute',
  bankruptcy: 'Bankruptcy',
  deceased: 'Debtor deceased',
};

const activityKind = (kind: string): string => (ACTIVITY_KINDS as Readonly<Record<string, string>>)[kind] ?? kind;

const LAST_ACTIVITY = /^(\S+) on (\S+)$/;

/** The placed-accounts list's last activity ("payment on 2026-03-10") in words: "Payment on 2026-03-10". */
export function lastActivityText(lastActivity: string | null): string {
  if (!lastActivity) return 'None yet';
  const match = LAST_ACTIVITY.exec(lastActivity);
  return match ? `${activityKind(match[1] ?? '')} on ${match[2]}` : lastActivity;
}

const CLOSED_REASONS: Readonly<Record<string, string>> = { paid: 'Paid in full', bankruptcy: 'Bankruptcy', deceased: 'Debtor deceased' };

/** Why a placement ended: paid, bankruptcy, deceased, or the recall's or return's own words. */
export const closedReasonText = (reason: string): string => CLOSED_REASONS[reason] ?? reason;

export const FEE_POSTINGS: Readonly<Record<AgencyFeePosting, string>> = {
  gross: 'Gross: the whole payment posts; the agency’s fee is the clinic’s expense',
  net: 'Net: what the agency remits posts; its fee is written off',
};

export const COMMUNICATION_KINDS: Readonly<Record<CollectionCommunicationKind, string>> = { 'validation-notice': 'Validation notice', email: 'Email', call: 'Call' };

export const OPT_OUT_CHANNELS: Readonly<Record<OptOutChannel, string>> = { email: 'Email', text: 'Text messages', phone: 'Phone calls' };

export const DISPUTE_MEDIA: Readonly<Record<DisputeMedium, string>> = {
  paper: 'In writing, on paper',
  electronic: 'In writing, electronically',
  oral: 'Orally (by phone or in person)',
};

/** What happened to a communication: sent (a call: made), or refused with the rule that stopped it. */
export function communicationOutcome(communication: Pick<CollectionCommunication, 'kind' | 'outcome' | 'reason'>): string {
  if (communication.outcome === 'refused') return `Refused: ${communication.reason ?? 'a rule stopped it'}`;
  return communication.kind === 'call' ? 'Made' : 'Sent';
}

/** A call's details in words: who called, whether it connected and was a conversation, and consent. */
export function callDetailsText(details: NonNullable<CollectionCommunication['details']>): string {
  const who = details.initiatedBy === 'consumer' ? 'The debtor called' : 'Collector called';
  const reached = !details.connected ? 'did not connect' : details.conversation ? 'spoke with the debtor' : 'connected, no conversation';
  return `${who}, ${reached}${details.consentGivenAt ? ', with the debtor’s consent' : ''}`;
}

/** An import log entry in a line: refused with its issues, or read with what its rows did. */
export function agencyFileSummary(file: Pick<AgencyFile, 'status' | 'issues' | 'rowCount' | 'postedCount' | 'duplicateCount' | 'failures'>): string {
  if (file.status === 'refused') return `Refused: ${file.issues.length} issue(s), nothing posted`;
  return `Read: ${file.rowCount} row(s) — ${file.postedCount} posted, ${file.duplicateCount} seen before, ${file.failures.length} failed`;
}

/** A credit-reporting rule in a sentence. */
export function creditRuleText(rule: CreditReportingRule): string {
  if (!rule.reportingAllowed) return 'The state does not allow medical debt on credit reports';
  return `Reporting allowed: never under ${formatCents(rule.minimumInitialBalanceCents)}, not before ${rule.waitingDays} days, ${rule.noticeWaitDays} days after a notice`;
}
