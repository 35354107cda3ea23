import { matchLines, type ClaimLineCandidate } from './line-matcher';
import type { ServicePaymentInput } from './remittance-input';

const line = (id: string, lineItemControlNumber: string, procedureCode: string, chargeCents: number, modifiers: string[] = []): ClaimLineCandidate => ({
  id,
  chargeId: `charge-${id}`,
  lineNumber: Number(id),
  lineItemControlNumber,
  procedureCode,
  modifiers,
  dateOfService: '2026-03-02',
  chargeCents,
});
const service = (fields: Partial<ServicePaymentInput>): ServicePaymentInput => ({ procedureCode: '99213', modifiers: [], chargeCents: 12500, paymentCents: 0, remarkCodes: [], adjustments: [], ...fields });

describe('matchLines', () => {
  const candidates = [line('1', 'C1-01', '99213', 12500), line('2', 'C1-02', '97110', 24000, ['GP']), line('3', 'C1-03', '97110', 24000, ['GP'])];

  it('matches by REF*6R first, whatever the order', () => {
    const matching = matchLines([service({ lineItemControlNumber: 'C1-03', procedureCode: '97110' }), service({ lineItemControlNumber: 'C1-01' })], candidates);
    expect(matching.matched && matching.lines.map((match) => [match.candidate.id, match.method])).toEqual([
      ['3', 'control-number'],
      ['1', 'control-number'],
    ]);
  });

  it('falls back to procedure, modifiers, date and charge, each claim line once', () => {
    const twice = service({ procedureCode: '97110', modifiers: ['GP'], chargeCents: 24000, serviceDate: '2026-03-02' });
    const matching = matchLines([twice, twice], candidates);
    expect(matching.matched && matching.lines.map((match) => [match.candidate.id, match.method])).toEqual([
      ['2', 'procedure'],
      ['3', 'procedure'],
    ]);
  });

  it('matches a reversal’s service payment, whose charge is negated, to the line it reverses', () => {
    const reversal = service({ procedureCode: '97110', modifiers: ['GP'], chargeCents: -24000, paymentCents: -12000, serviceDate: '2026-03-02' });
    const matching = matchLines([reversal], candidates);
    expect(matching.matched && matching.lines.map((match) => [match.candidate.id, match.method])).toEqual([['2', 'procedure']]);
  });

  it('says which service payment has no claim line', () => {
    const matching = matchLines([service({}), service({ procedureCode: '97110', modifiers: ['59'], chargeCents: 24000, lineItemControlNumber: 'X-9' })], candidates);
    expect(matching).toEqual({ matched: false, reason: 'SVC #2 (97110:59, $240.00): no claim line with REF*6R X-9 or the same procedure, modifiers, date and charge' });
  });
});
