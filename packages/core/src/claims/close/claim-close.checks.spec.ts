import { CLOSE_READY_CHECKS } from '../claim.workflow';
import { CLOSE_READY, denialsRouted, editsResolved, eraPosted, submissionAccepted, variancesExplained, zeroBalance } from './claim-close.checks';
import type { ClaimCloseFacts } from './claim-close.facts';

const settled: ClaimCloseFacts = {
  claimId: 'claim-1',
  patientControlNumber: 'RFM000017',
  payerName: 'Acme Health',
  payerClaimNumber: 'ICN-17',
  openErrors: [],
  payments: [{ traceNumber: 'CHK1', statusCode: '1', reversal: false, reversed: false }],
  flaggedVariances: [],
  unroutedDenials: [],
  openAccounts: [],
};

describe('Close-ready checks', () => {
  it('are the gate the claim workflow names, in its order, and all pass for a settled claim', () => {
    expect(CLOSE_READY.map((check) => check.name)).toEqual([...CLOSE_READY_CHECKS]);
    expect(CLOSE_READY.map((check) => check.evaluate(settled))).toEqual(CLOSE_READY.map(() => ({ pass: true })));
  });

  it('refuses open scrub errors, naming each field', () => {
    expect(editsResolved.evaluate({ ...settled, openErrors: [{ field: 'lines[1].modifiers', message: 'GP is required' }] })).toEqual({
      pass: false,
      reason: 'claim RFM000017 has 1 open scrub error(s): lines[1].modifiers: GP is required — fix and scrub again, or override with a reason',
    });
  });

  it('wants the payer’s acceptance or a remittance', () => {
    expect(submissionAccepted.evaluate({ ...settled, payerClaimNumber: null, payments: [] }).pass).toBe(false);
    expect(submissionAccepted.evaluate({ ...settled, payments: [] }).pass).toBe(true);
    expect(submissionAccepted.evaluate({ ...settled, payerClaimNumber: null }).pass).toBe(true);
  });

  it('wants a payment that stands: none posted, or reversed without its correction, is refused', () => {
    expect(eraPosted.evaluate({ ...settled, payments: [] })).toEqual({ pass: false, reason: 'no remittance from Acme Health is posted for claim RFM000017: post its 835 or key in the paper EOB' });
    const reversed = eraPosted.evaluate({ ...settled, payments: [{ traceNumber: 'CHK1', statusCode: '1', reversal: false, reversed: true }, { traceNumber: 'CHK2', statusCode: '22', reversal: true, reversed: false }] });
    expect(reversed).toEqual({ pass: false, reason: "the payment of claim RFM000017 was reversed (check CHK2): post Acme Health's corrected payment" });
  });

  it('names each unexplained variance, unrouted denial and open account with its amount', () => {
    expect(variancesExplained.evaluate({ ...settled, flaggedVariances: [{ procedureCode: '97110', traceNumber: 'CHK1', paidCents: 12000, expectedPaymentCents: 18000 }] })).toEqual({
      pass: false,
      reason: 'claim RFM000017 has 1 unexplained payment variance(s): 97110 paid $120.00 against $180.00 expected (check CHK1) — review each in the variance queue and explain it',
    });
    expect(denialsRouted.evaluate({ ...settled, unroutedDenials: [{ groupCode: 'CO', reasonCode: '50', amountCents: 24000, traceNumber: 'CHK1' }] })).toEqual({
      pass: false,
      reason: 'claim RFM000017 has denial(s) no work item took: CO-50 $240.00 (check CHK1) — route them to the denial queue',
    });
    expect(zeroBalance.evaluate({ ...settled, openAccounts: [{ procedureCode: '99213', owedBy: 'owed by the patient', balanceCents: 2000 }, { procedureCode: '97110', owedBy: 'owed by Acme Health', balanceCents: -500 }] })).toEqual({
      pass: false,
      reason: 'claim RFM000017 has balances left: 99213 owed by the patient $20.00; 97110 owed by Acme Health −$5.00 — collect, adjust or refund them (a negative balance is a credit: see the credit balance worklist)',
    });
  });
});
