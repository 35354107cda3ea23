import { createRoster, DEFAULT_MEMBERS } from '../roster';
import type { RosterMember } from '../roster';
import { adaClaim, balancedRemittances, batchOf, claimsOf, NOW, quietRules, x837 } from '../../test/payer-fixtures';
import { processInterchange } from './process-interchange';

const roster = () => {
  const ada = DEFAULT_MEMBERS[0] as RosterMember;
  return createRoster({ members: [{ ...ada, deductible: { totalCents: 150000, remainingCents: 0 } }, ...DEFAULT_MEMBERS.slice(1)] });
};

describe('crossover, reversal with correction, PLB', () => {
  it('crosses a paid primary claim over to the secondary payer: CLP02 19 with NM1*TT', () => {
    const rules = quietRules({ crossover: { rate: 1, payer: { name: 'Simulated Medigap', id: 'SIMPAYER3' } } }, { roster: roster() });
    const [claim] = claimsOf(processInterchange(x837([batchOf([adaClaim('X1')])]), rules, { seed: 1, now: NOW }));
    expect(claim!.status).toBe('19');
    expect(claim!.names.find((n) => n.entity === 'TT')).toEqual({ entity: 'TT', entityType: '2', lastName: 'Simulated Medigap', idQualifier: 'PI', id: 'SIMPAYER3' });
    expect(claim!.paymentCents).toBe(5600);
  });

  it('reverses a paid claim in a later 835 (CLP02 22, every amount negated) followed by its correction, carrying a negative balance forward (PLB FB)', () => {
    const rules = quietRules({ reversal: { rate: 1, correctionBasisPoints: 9000 } }, { roster: roster() });
    const answer = processInterchange(x837([batchOf([adaClaim('V1')])]), rules, { seed: 1, now: NOW });
    expect(answer.remit835.map((r) => r.kind)).toEqual(['payment', 'correction']);
    const [original] = claimsOf(answer, 'payment');
    const [remit] = balancedRemittances(answer.remit835[1]!.x12);
    const [reversal, correction] = remit!.claims;
    expect(reversal).toMatchObject({ patientControlNumber: 'V1', status: '22', chargeCents: -17000, paymentCents: -5600, patientResponsibilityCents: -3900 });
    expect(reversal!.lines.map((l) => [l.chargeCents, l.paymentCents, l.adjustments.map((a) => `${a.group}-${a.reason}:${a.amountCents}`)])).toEqual(
      original!.lines.map((l) => [-l.chargeCents, -l.paymentCents, l.adjustments.map((a) => `${a.group}-${a.reason}:${-a.amountCents}`)]),
    );
    // The correction allows 90 %: 82.80 and 2.70; copay 25.00 and 20 % coinsurance leave 46.24 + 2.16.
    expect(correction).toMatchObject({ patientControlNumber: 'V1', status: '1', paymentCents: 4840, payerClaimControlNumber: original!.payerClaimControlNumber });
    expect(remit!.providerAdjustments.flatMap((p) => p.items)).toEqual([{ reason: 'FB', reference: 'V1', amountCents: -760 }]);
    expect(remit!.payment).toMatchObject({ amountCents: 0, handlingCode: 'H', method: 'NON' });
    expect(answer.outcomes[0]).toMatchObject({ reversed: true, paidCents: 5600 });
  });

  it('pays the difference when the correction is larger', () => {
    const rules = quietRules({ reversal: { rate: 1, correctionBasisPoints: 11000 } }, { roster: roster() });
    const answer = processInterchange(x837([batchOf([adaClaim('V2')])]), rules, { seed: 1, now: NOW });
    const [remit] = balancedRemittances(answer.remit835[1]!.x12);
    expect(remit!.claims.map((c) => c.paymentCents)).toEqual([-5600, 6360]);
    expect(remit!.payment.amountCents).toBe(760);
    expect(remit!.providerAdjustments).toEqual([]);
  });

  it('adds interest (PLB L6, negative) per paid claim and an overpayment recoupment (WO) referencing a claim; BPR02 = Σ CLP04 − Σ PLB', () => {
    const rules = quietRules({ plb: { interestRate: 1, interestCents: { min: 250, max: 250 }, recoupmentRate: 1, recoupmentBasisPoints: 1000 } }, { roster: roster() });
    const answer = processInterchange(x837([batchOf([adaClaim('L1'), adaClaim('L2')])]), rules, { seed: 1, now: NOW });
    const [remit] = balancedRemittances(answer.remit835[0]!.x12);
    const items = remit!.providerAdjustments.flatMap((p) => p.items);
    expect(items.filter((i) => i.reason === 'L6')).toEqual([{ reason: 'L6', reference: 'L1', amountCents: -250 }, { reason: 'L6', reference: 'L2', amountCents: -250 }]);
    const wo = items.find((i) => i.reason === 'WO')!;
    expect(['L1', 'L2']).toContain(wo.reference);
    expect(wo.amountCents).toBe(560);
    expect(remit!.payment.amountCents).toBe(5600 + 5600 + 500 - 560);
    expect(remit!.providerAdjustments[0]).toMatchObject({ providerId: '1234567893', fiscalPeriodDate: '2026-12-31' });
  });

  it('answers a void (frequency 8) with the reversal of the claim', () => {
    const rules = quietRules({}, { roster: roster() });
    const answer = processInterchange(x837([batchOf([adaClaim('W1', { frequency: '8', payerClaimControlNumber: 'SIMOLD' })])]), rules, { seed: 1, now: NOW });
    const [remit] = balancedRemittances(answer.remit835[0]!.x12);
    expect(remit!.claims[0]).toMatchObject({ status: '22', paymentCents: -5600 });
    expect(remit!.providerAdjustments.flatMap((p) => p.items)).toEqual([{ reason: 'FB', reference: 'W1', amountCents: -5600 }]);
    // The void draws what the original drew: its reversal negates the original's adjudication line by line.
    const mixed = quietRules({ denials: [{ group: 'CO', carc: '97', rate: 0.5, scope: 'line' }] }, { roster: roster() });
    const original = claimsOf(processInterchange(x837([batchOf([adaClaim('W2')])], 11), mixed, { seed: 8, now: NOW }))[0]!;
    const voided = claimsOf(processInterchange(x837([batchOf([adaClaim('W2', { frequency: '8', payerClaimControlNumber: 'SIMOLD' })])], 12), mixed, { seed: 8, now: NOW }))[0]!;
    expect(voided.lines.map((l) => [l.paymentCents, l.adjustments])).toEqual(original.lines.map((l) => [-l.paymentCents || 0, l.adjustments.map((a) => ({ ...a, amountCents: -a.amountCents }))]));
  });
});
