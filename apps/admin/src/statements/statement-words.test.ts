import { describe, expect, it } from 'vitest';
import type { StatementDelivery } from '../api/views';
import { deliveryText, outcomeReason, skippedText } from './statement-words';

describe('statement outcomes in plain words', () => {
  it('names the channel of a statement sent', () => {
    expect(outcomeReason('sent', 'email')).toBe('Sent by email');
    expect(outcomeReason('sent', 'print')).toBe('Sent by the print vendor');
    expect(outcomeReason('sent', 'fax-vendor')).toBe('Sent by fax-vendor');
  });

  it('says why an account was skipped, and shows a reason it does not know as the server wrote it', () => {
    expect(outcomeReason('skipped', 'open-dispute')).toBe('The patient disputes the bill');
    expect(outcomeReason('skipped', 'pending-insurance')).toBe('Insurance is still answering a claim');
    expect(outcomeReason('skipped', 'below-minimum')).toBe('Balance under the minimum for a statement');
    expect(outcomeReason('skipped', 'no-print-channel')).toBe('No email consent, and no print channel to mail it');
    expect(outcomeReason('skipped', 'a-new-reason')).toBe('a-new-reason');
  });

  it("keeps a failure's error and says what settling means", () => {
    expect(outcomeReason('failed', 'email: connection refused')).toBe('Not delivered: email: connection refused');
    expect(outcomeReason('settled', 'nothing owed')).toBe('The patient owes nothing now: the account is marked paid');
  });

  it('lists the skipped accounts by reason, largest count first, or none', () => {
    expect(skippedText({ considered: 6, sent: 1, failed: 0, settled: 0, skipped: { 'open-dispute': 1, 'pending-insurance': 3, 'below-minimum': 1 } })).toBe(
      'Insurance is still answering a claim: 3; Balance under the minimum for a statement: 1; The patient disputes the bill: 1',
    );
    expect(skippedText({ considered: 1, sent: 1, failed: 0, settled: 0, skipped: {} })).toBe('none');
  });

  it('describes a delivery attempt with its reference or error', () => {
    const delivery: StatementDelivery = { id: 'd1', statementId: 's1', channel: 'email', attempt: 1, outcome: 'delivered', reference: '<m1@clinic.test>', error: null, createdAt: '2026-12-01T10:00:00Z' };
    expect(deliveryText(delivery)).toBe('email: delivered (<m1@clinic.test>)');
    expect(deliveryText({ ...delivery, attempt: 2, outcome: 'failed', reference: null, error: 'mailbox full' })).toBe('email (attempt 2): failed — mailbox full');
  });
});
