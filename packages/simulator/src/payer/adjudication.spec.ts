import { read277 } from '@openrcm/x12';
import { createRoster, DEFAULT_MEMBERS } from '../roster';
import type { RosterMember } from '../roster';
import { adaClaim, balancedRemittances, batchOf, claimsOf, line, NOW, quietRules, x837 } from '../../test/payer-fixtures';
import { processInterchange } from './process-interchange';
import { FALLBACK_PAYER } from './default-rules';
import type { DenialRule } from './payer-rules.types';

const finnClaim = (pcn: string) => adaClaim(pcn, {
  subscriber: { ...adaClaim(pcn).subscriber, lastName: 'Oldtimer', firstName: 'Finn', memberId: 'SIM200001', birthDate: '1950-01-05', filingIndicator: 'MB' },
  payer: { name: 'Simulated Medicare Advantage', id: 'SIMPAYER2' },
});

const adaWithoutDeductible = () => {
  const ada = DEFAULT_MEMBERS[0] as RosterMember;
  return createRoster({ members: [{ ...ada, deductible: { totalCents: 150000, remainingCents: 0 } }, ...DEFAULT_MEMBERS.slice(1)] });
};

describe('adjudication by the payer rules', () => {
  it('pays the fee schedule less copay, deductible and coinsurance from the roster', () => {
    const answer = processInterchange(x837([batchOf([adaClaim('A1')])]), quietRules({}, { roster: adaWithoutDeductible() }), { seed: 1, now: NOW });
    const [claim] = claimsOf(answer);
    // 99213: charge 150.00, allowed 92.00, copay 25.00, coinsurance 20 % of 67.00 = 13.40, paid 53.60.
    // 36415: charge 20.00, allowed 3.00, 20 % coinsurance 0.60, paid 2.40.
    expect(claim!.lines.map((l) => [l.paymentCents, l.allowedCents, l.adjustments.map((a) => `${a.group}-${a.reason}:${a.amountCents}`)])).toEqual([
      [5360, 9200, ['CO-45:5800', 'PR-2:1340', 'PR-3:2500']],
      [240, 300, ['CO-45:1700', 'PR-2:60']],
    ]);
    expect(claim).toMatchObject({ patientControlNumber: 'A1', status: '1', chargeCents: 17000, paymentCents: 5600, patientResponsibilityCents: 3900, filingIndicator: '12' });
    expect(claim!.lines.map((l) => l.lineItemControlNumber)).toEqual(['A1-1', 'A1-2']);
  });

  it('takes the deductible the roster says is left, and lowers it for the next claim of the same member', () => {
    const answer = processInterchange(x837([batchOf([adaClaim('D1', { lines: [line('99214', 90000, 'D1-1', { quantity: 10 })] }), adaClaim('D2')])]), quietRules(), { seed: 1, now: NOW });
    const [first, second] = claimsOf(answer);
    // 10 × 131.00 = 1,310.00 by the fee schedule, so the lesser, the 900.00 charge, is allowed: copay 25.00, then 875.00 of the 900.00 deductible left.
    expect(first!.lines[0]!.adjustments.map((a) => `${a.group}-${a.reason}:${a.amountCents}`)).toEqual(['PR-1:87500', 'PR-3:2500']);
    // The second visit finds 25.00 of deductible left: 99213 allowed 92.00 − copay 25.00 − deductible 25.00, 20 % of 42.00.
    expect(second!.lines[0]!.adjustments.map((a) => `${a.group}-${a.reason}:${a.amountCents}`)).toEqual(['CO-45:5800', 'PR-1:2500', 'PR-2:840', 'PR-3:2500']);
    expect(second!.lines[0]!.paymentCents).toBe(3360);
  });

  it('takes 2 % sequestration (CO-253) for a Medicare-like payer', () => {
    const [claim] = claimsOf(processInterchange(x837([batchOf([finnClaim('F1')])]), quietRules(), { seed: 1, now: NOW }));
    expect(claim!.lines[0]!.adjustments.map((a) => `${a.group}-${a.reason}:${a.amountCents}`)).toEqual(['CO-45:6100', 'CO-253:158', 'PR-3:1000']);
    expect(claim!.lines[1]!.adjustments.map((a) => `${a.group}-${a.reason}:${a.amountCents}`)).toEqual(['CO-45:1700', 'CO-253:6']);
    expect(claim).toMatchObject({ paymentCents: 7742 + 294, filingIndicator: 'MB' });
  });

  const denials: DenialRule[] = [
    { group: 'CO', carc: '50', rarc: 'N115', rate: 1, scope: 'line' },
    { group: 'CO', carc: '97', rarc: 'M15', rate: 1, scope: 'line' },
    { group: 'CO', carc: '197', rate: 1, scope: 'claim' },
    { group: 'CO', carc: '16', rarc: 'N290', rate: 1, scope: 'claim' },
    { group: 'CO', carc: '18', rate: 1, scope: 'claim' },
    { group: 'CO', carc: '29', rate: 1, scope: 'claim' },
  ];

  it.each(denials)('denies with $group-$carc ($scope) at rate 1, balanced to the cent', (denial) => {
    const answer = processInterchange(x837([batchOf([adaClaim('N1')])]), quietRules({ denials: [denial] }), { seed: 3, now: NOW });
    const [claim] = claimsOf(answer);
    expect(claim).toMatchObject({ status: '4', chargeCents: 17000, paymentCents: 0, patientResponsibilityCents: 0 });
    for (const l of claim!.lines) {
      expect(l.adjustments).toEqual([{ group: 'CO', reason: denial.carc, amountCents: l.chargeCents }]);
      expect(l.remarks).toEqual(denial.rarc ? [{ qualifier: 'HE', code: denial.rarc }] : []);
    }
    expect(answer.outcomes[0]).toMatchObject({ stage: 'adjudicated', claimStatus: '4', denialCarcs: [denial.carc] });
  });

  it('denies one line and pays the other at a line rate drawn per line', () => {
    const rules = quietRules({ denials: [{ group: 'CO', carc: '97', rate: 0.5, scope: 'line' }] }, { roster: adaWithoutDeductible() });
    const claims = claimsOf(processInterchange(x837([batchOf(Array.from({ length: 20 }, (_, i) => adaClaim(`M${i}`)))]), rules, { seed: 5, now: NOW }));
    const mixed = claims.filter((c) => c.status === '1' && c.lines.some((l) => l.adjustments[0]?.reason === '97'));
    expect(mixed.length).toBeGreaterThan(0);
    expect(claims.some((c) => c.status === '4')).toBe(true);
  });

  it('denies from the data: CO-29 past timely filing, CO-18 for a CLM01 already adjudicated, CO-27 after coverage ended', () => {
    const old = adaClaim('T1', { lines: [line('99213', 15000, 'T1-1', { serviceDate: '2026-03-01' })] });
    const dev = adaClaim('C1', { subscriber: { ...adaClaim('C1').subscriber, memberId: 'SIM100003', firstName: 'Dev', lastName: 'Example', birthDate: '1975-02-17' } });
    const answer = processInterchange(x837([batchOf([old, adaClaim('U1'), adaClaim('U1'), dev])]), quietRules(), { seed: 1, now: NOW });
    const claims = claimsOf(answer);
    expect(claims.map((c) => [c.patientControlNumber, c.status, c.lines[0]!.adjustments[0]!.reason])).toEqual([
      ['T1', '4', '29'], ['U1', '1', '45'], ['U1', '4', '18'], ['C1', '4', '27'],
    ]);
  });

  it('allows an out-of-network member the out-of-network share of the fee schedule', () => {
    const eve = adaClaim('O1', { subscriber: { ...adaClaim('O1').subscriber, memberId: 'SIM100004', firstName: 'Eve', lastName: 'Outnet', birthDate: '1968-07-21' } });
    const [claim] = claimsOf(processInterchange(x837([batchOf([eve])]), quietRules(), { seed: 1, now: NOW }));
    expect(claim!.lines[0]!.allowedCents).toBe(6440);
  });

  it('answers each claim on the 277CA with the payer claim control number the 835 repeats in CLP07', () => {
    const answer = processInterchange(x837([batchOf([adaClaim('R1'), adaClaim('R2')])]), quietRules(), { seed: 1, now: NOW });
    const ack = read277(answer.ack277CA!);
    expect(ack.errors.filter((e) => e.severity === 'error')).toEqual([]);
    const claims = balancedRemittances(answer.remit835[0]!.x12)[0]!.claims;
    const icns = answer.outcomes.map((o) => o.payerClaimControlNumber);
    expect(claims.map((c) => c.payerClaimControlNumber)).toEqual(icns);
    expect(new Set(icns).size).toBe(2);
  });

  it('gives a member outside the roster the default plan, its deductible met or not by the deductibleMetRate', () => {
    const claim = adaClaim('Z1', { payer: { name: 'ANY PLAN', id: 'ANY1' }, subscriber: { ...adaClaim('Z1').subscriber, memberId: 'ANYONE1' } });
    const adjust = (deductibleMetRate: number) => {
      const fallback = { ...FALLBACK_PAYER, denials: [], rejections: [], reversal: undefined, plb: undefined, defaultPlan: { ...FALLBACK_PAYER.defaultPlan, deductibleMetRate } };
      const [paid] = claimsOf(processInterchange(x837([batchOf([claim])]), quietRules({}, { fallback }), { seed: 1, now: NOW }));
      return paid!.lines[0]!.adjustments.map((a) => `${a.group}-${a.reason}:${a.amountCents}`);
    };
    // 99213: allowed 92.00, copay 20.00; the deductible left (500.00) takes the remaining 72.00, or 20 % coinsurance when met.
    expect(adjust(0)).toEqual(['CO-45:5800', 'PR-1:7200', 'PR-3:2000']);
    expect(adjust(1)).toEqual(['CO-45:5800', 'PR-2:1440', 'PR-3:2000']);
  });

  it('coordinates a secondary claim with the prior payer\'s line payments (OA-23), CLP02 2', () => {
    const prior = (paidCents: number, code: string) => [{ payerId: '99999', paidCents, procedureCode: code, paidUnits: 1, adjudicationDate: '2026-11-10', adjustments: [] }];
    const claim = adaClaim('S1', {
      subscriber: { ...adaClaim('S1').subscriber, payerResponsibility: 'S' },
      lines: [line('99213', 15000, 'S1-1', { adjudications: prior(2000, '99213') }), line('36415', 2000, 'S1-2', { adjudications: prior(200, '36415') })],
      otherPayers: [{
        payerResponsibility: 'P', relationship: '18', filingIndicator: 'CI', adjustments: [], paidCents: 2200, benefitsAssignment: 'Y', releaseOfInformation: 'Y',
        subscriber: { lastName: 'Testperson', firstName: 'Ada', memberId: 'P1' }, payer: { name: 'FIRST PAYER', id: '99999' },
      }],
    });
    const [paid] = claimsOf(processInterchange(x837([batchOf([claim])]), quietRules({}, { roster: adaWithoutDeductible() }), { seed: 1, now: NOW }));
    // 99213: allowed 92.00, own benefit 53.60 (copay 25.00, 13.40 coinsurance); 92.00 − 20.00 paid before leaves 72.00:
    // the payer pays its 53.60, the patient owes the 18.40 still left (against the copay), OA-23 the 20.00 paid before.
    // 36415: allowed 3.00, own benefit 2.40, but only 1.00 is left after the 2.00 paid before.
    expect(paid!.lines.map((l) => [l.paymentCents, l.adjustments.map((a) => `${a.group}-${a.reason}:${a.amountCents}`)])).toEqual([
      [5360, ['CO-45:5800', 'OA-23:2000', 'PR-3:1840']],
      [100, ['CO-45:1700', 'OA-23:200']],
    ]);
    expect(paid).toMatchObject({ status: '2', paymentCents: 5460, patientResponsibilityCents: 1840 });
  });
});
