import { planMatches, type OpenRemittance } from './deposit-matching';

const remittance = (id: string, traceNumber: string, paymentCents: number): OpenRemittance => ({ id, traceNumber, traceOriginator: '1999999999', payerName: 'ACME', paymentCents, paymentDate: '2026-11-02' });

describe('matching deposits to remittances', () => {
  it('matches on the trace number (case and blanks aside) and the exact amount in cents', () => {
    const plan = planMatches([{ id: 'd1', traceNumber: ' eft-100 ', amountCents: 123456 }], [remittance('r1', 'EFT-100', 123456), remittance('r2', 'EFT-200', 123456)]);
    expect(plan).toEqual({ matches: [{ depositId: 'd1', remittanceId: 'r1' }], nearMatches: [], ambiguous: [] });
  });

  it('reports the same trace with another amount as a near match with the difference, and matches nothing', () => {
    const plan = planMatches([{ id: 'd1', traceNumber: 'EFT-100', amountCents: 123455 }], [remittance('r1', 'EFT-100', 123456)]);
    expect(plan.matches).toEqual([]);
    expect(plan.nearMatches).toEqual([{ depositId: 'd1', remittanceId: 'r1', traceNumber: 'EFT-100', depositCents: 123455, remittanceCents: 123456, differenceCents: -1 }]);
  });

  it('gives a remittance to the first deposit only, and leaves a deposit that fits two remittances to a person', () => {
    const plan = planMatches(
      [
        { id: 'd1', traceNumber: 'CHK1', amountCents: 5000 },
        { id: 'd2', traceNumber: 'CHK1', amountCents: 5000 },
        { id: 'd3', traceNumber: 'CHK2', amountCents: 700 },
        { id: 'd4', traceNumber: null, amountCents: 700 },
      ],
      [remittance('r1', 'CHK1', 5000), remittance('r2', 'CHK2', 700), remittance('r3', 'chk2', 700)],
    );
    expect(plan.matches).toEqual([{ depositId: 'd1', remittanceId: 'r1' }]);
    expect(plan.ambiguous).toEqual([{ depositId: 'd3', remittanceIds: ['r2', 'r3'] }]);
    expect(plan.nearMatches).toEqual([]);
  });

  it('never matches again a pair a person unmatched', () => {
    const plan = planMatches([{ id: 'd1', traceNumber: 'CHK1', amountCents: 5000 }], [remittance('r1', 'CHK1', 5000)], new Set(['d1:r1']));
    expect(plan).toEqual({ matches: [], nearMatches: [], ambiguous: [] });
  });
});
