import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RemittanceDetail } from '../api/views';
import { renderWithTheme } from '../test/render';
import { RemittanceClaims } from './remittance-claims';

const DETAIL: RemittanceDetail = {
  remittance: {
    id: 'r1', source: 'x12', traceNumber: 'EFT100', traceOriginator: '1999999999', payerName: 'ACME HEALTH', payerRecordId: null, method: 'ACH', paymentCents: 7000,
    paymentDate: '2026-11-20', receivedOn: '2026-11-21', claimCount: 1, unmatchedCount: 0, warnings: [], postedBy: 'user:1', createdAt: '2026-11-21T10:00:00Z',
  },
  claims: [
    {
      id: 'c1', remittanceId: 'r1', position: 1, patientControlNumber: 'LEG-1001', statusCode: '1', chargeCents: 12500, paymentCents: 8000, patientResponsibilityCents: 2000,
      payerClaimNumber: 'PCN-9', match: 'matched', unmatchedReason: null, claimId: 'claim-1', createdAt: '2026-11-21T10:00:00Z',
      lines: [
        {
          id: 'l1', remittanceClaimId: 'c1', procedureCode: '99213', modifiers: ['25'], chargeCents: 12500, paymentCents: 8000, allowedCents: 10000, units: 1, serviceDate: '2026-11-02',
          lineItemControlNumber: 'LEG-A-1', remarkCodes: ['N130'], matchMethod: 'control-number', contractAllowedCents: null, expectedPaymentCents: null, varianceStatus: 'none', varianceNote: null, createdAt: '2026-11-21T10:00:00Z',
        },
      ],
      adjustments: [
        { id: 'a1', remittanceLineId: 'l1', groupCode: 'CO', reasonCode: '45', amountCents: 2500, quantity: null, disposition: 'contractual' },
        { id: 'a2', remittanceLineId: 'l1', groupCode: 'PR', reasonCode: '2', amountCents: 2000, quantity: null, disposition: 'patient' },
        { id: 'a3', remittanceLineId: null, groupCode: 'OA', reasonCode: 'ZZ9', amountCents: -2000, quantity: null, disposition: 'other' },
      ],
    },
  ],
  providerAdjustments: [{ id: 'p1', providerIdentifier: '1234567893', fiscalPeriodDate: '2026-12-31', reasonCode: 'WO', reference: 'LEG-0999', amountCents: 1000, disposition: 'recoupment' }],
};

describe('RemittanceClaims', () => {
  it('shows each adjustment with its group and reason in plain words, the amount and what posting did', () => {
    const reasons = new Map([
      ['45', 'Charge above the allowed or contracted amount'],
      ['2', "Patient's coinsurance share"],
    ]);
    renderWithTheme(<RemittanceClaims detail={DETAIL} reasons={reasons} />);

    const lineAdjustments = within(screen.getByRole('list', { name: 'Adjustments of 99213' })).getAllByRole('listitem');
    expect(lineAdjustments.map((item) => item.textContent)).toEqual([
      'CO-45 $25.00 — Contractual obligation (written off by contract): Charge above the allowed or contracted amount (adjusted off (contract))',
      "PR-2 $20.00 — Patient responsibility: Patient's coinsurance share (moved to the patient)",
    ]);
    // A reason the reference does not have keeps its code and the group's words only.
    const claimLevel = within(screen.getByRole('list', { name: 'Claim-level adjustments of LEG-1001' })).getAllByRole('listitem');
    expect(claimLevel.map((item) => item.textContent)).toEqual(['OA-ZZ9 -$20.00 — Other adjustment (adjusted off)']);
  });

  it('shows the line figures and the provider-level adjustments', () => {
    renderWithTheme(<RemittanceClaims detail={DETAIL} reasons={new Map()} />);
    const rows = within(screen.getByRole('table', { name: 'Service lines of LEG-1001' })).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('99213:25');
    expect(rows[1]?.textContent).toContain('$125.00$100.00$80.00');
    expect(rows[1]?.textContent).toContain('N130');
    const plb = within(screen.getByRole('table', { name: 'Provider-level adjustments' })).getAllByRole('row');
    expect(plb[1]?.textContent).toBe('WO1234567893LEG-0999$10.00recoupment');
    expect(screen.getByText(/charged \$125\.00 · paid \$80\.00 · patient responsibility \$20\.00 · payer claim PCN-9/)).toBeTruthy();
  });
});
