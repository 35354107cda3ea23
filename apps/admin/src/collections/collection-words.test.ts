import { describe, expect, it } from 'vitest';
import type { AgencyFile } from '../api/views';
import { agencyFileSummary, callDetailsText, closedReasonText, communicationOutcome, creditRuleText, EXCLUSION_REASONS, exclusionReason, lastActivityText } from './collection-words';

/** Every code of core's PLACEMENT_EXCLUSIONS (packages/core/src/collections/placement-decision.ts). */
const CORE_EXCLUSIONS = [
  'pending-insurance',
  'payment-plan',
  'open-dispute',
  'financial-assistance-pending',
  'nsa-dispute-window',
  'on-hold',
  'final-notice-not-sent',
  'final-notice-not-expired',
  'too-soon-after-first-statement',
  'below-minimum',
];

const FILE: Pick<AgencyFile, 'status' | 'issues' | 'rowCount' | 'postedCount' | 'duplicateCount' | 'failures'> = { status: 'read', issues: [], rowCount: 4, postedCount: 2, duplicateCount: 1, failures: [] };

describe('collections in plain words', () => {
  it('says why the rules left an account out of a placement batch', () => {
    expect(exclusionReason('payment-plan')).toBe('On a payment plan in good standing');
    expect(exclusionReason('pending-insurance')).toBe('A claim is still with insurance');
    expect(exclusionReason('nsa-dispute-window')).toBe('No Surprises Act dispute window open');
    expect(exclusionReason('open-dispute')).toBe('The patient disputes the bill');
    expect(exclusionReason('financial-assistance-pending')).toBe('A financial-assistance application is pending');
    expect(exclusionReason('final-notice-not-expired')).toBe('The final notice has not expired yet');
    expect(exclusionReason('below-minimum')).toBe('Balance under the minimum for placement');
  });

  it('words every reason core gives, and shows one it does not know as the server wrote it', () => {
    expect(Object.keys(EXCLUSION_REASONS).sort()).toEqual([...CORE_EXCLUSIONS].sort());
    for (const code of CORE_EXCLUSIONS) expect(exclusionReason(code)).not.toBe(code);
    expect(exclusionReason('a-new-reason')).toBe('a-new-reason');
  });

  it("reads the placed-accounts list's last activity and a placement's end", () => {
    expect(lastActivityText('payment on 2026-03-10')).toBe('Payment on 2026-03-10');
    expect(lastActivityText('deceased on 2026-03-11')).toBe('Debtor deceased on 2026-03-11');
    expect(lastActivityText(null)).toBe('None yet');
    expect(closedReasonText('paid')).toBe('Paid in full');
    expect(closedReasonText('the patient paid the clinic directly')).toBe('the patient paid the clinic directly');
  });

  it('says what came of a communication: sent, a call made, or refused with its rule', () => {
    expect(communicationOutcome({ kind: 'validation-notice', outcome: 'sent', reason: null })).toBe('Sent');
    expect(communicationOutcome({ kind: 'call', outcome: 'sent', reason: null })).toBe('Made');
    expect(communicationOutcome({ kind: 'call', outcome: 'refused', reason: 'it is 03:00 in America/Chicago: no calls before 8 a.m. or after 9 p.m.' })).toBe(
      'Refused: it is 03:00 in America/Chicago: no calls before 8 a.m. or after 9 p.m.',
    );
    expect(callDetailsText({ initiatedBy: 'collector', connected: true, conversation: true, consentGivenAt: null, debtIds: [] })).toBe('Collector called, spoke with the debtor');
    expect(callDetailsText({ initiatedBy: 'consumer', connected: false, conversation: false, consentGivenAt: '2026-03-01T15:00:00Z', debtIds: [] })).toBe(
      'The debtor called, did not connect, with the debtor’s consent',
    );
  });

  it('sums up an agency file: refused with its issues, or what its rows did', () => {
    expect(agencyFileSummary(FILE)).toBe('Read: 4 row(s) — 2 posted, 1 seen before, 0 failed');
    expect(agencyFileSummary({ ...FILE, failures: [{ line: 3, accountNumber: 'PA-9', reference: 'AG-3', reason: 'account PA-9 is not placed with this agency' }] })).toBe(
      'Read: 4 row(s) — 2 posted, 1 seen before, 1 failed',
    );
    expect(agencyFileSummary({ ...FILE, status: 'refused', rowCount: 0, postedCount: 0, duplicateCount: 0, issues: [{ field: 'line 2, amount', message: 'is not an amount' }] })).toBe(
      'Refused: 1 issue(s), nothing posted',
    );
  });

  it('states a credit-reporting rule with its threshold in dollars', () => {
    expect(creditRuleText({ reportingAllowed: true, minimumInitialBalanceCents: 50_000, waitingDays: 365, noticeWaitDays: 14 })).toBe(
      'Reporting allowed: never under $500.00, not before 365 days, 14 days after a notice',
    );
    expect(creditRuleText({ reportingAllowed: false, minimumInitialBalanceCents: 0, waitingDays: 0, noticeWaitDays: 0 })).toBe('The state does not allow medical debt on credit reports');
  });
});
