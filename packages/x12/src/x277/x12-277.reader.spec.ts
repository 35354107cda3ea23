import { wrap } from '../../test/fixtures/envelope.fixture';
import { read277 } from './x12-277.reader';

const CA = wrap([
  'BHT*0085*08*BATCH1*20240105*1200*TH',
  'HL*1**20*1', 'NM1*PR*2*ACME*****PI*12345', 'TRN*1*TRACE1', 'DTP*050*D8*20240105', 'DTP*009*D8*20240105',
  'HL*2*1*21*1', 'NM1*41*2*CLINIC*****46*SUB1', 'TRN*2*BATCH1', 'STC*A1:19:PR*20240105*WQ*250', 'QTY*90*1', 'QTY*AA*1', 'AMT*YU*150', 'AMT*YY*100',
  'HL*3*2*19*1', 'NM1*85*2*GOOD CLINIC*****XX*1234567893', 'TRN*1*0', 'STC*A1:19:PR*20240105*WQ*250', 'QTY*QA*1', 'QTY*QC*1', 'AMT*YU*150', 'AMT*YY*100',
  'HL*4*3*PT', 'NM1*QC*1*DOE*JANE****MI*MBR1', 'TRN*2*PCN001', 'STC*A2:20:PR*20240105*WQ*150', 'REF*1K*ICN1', 'DTP*472*RD8*20240101-20240102',
  'HL*5*3*PT', 'NM1*QC*1*ROE*RICH****MI*MBR2', 'TRN*2*PCN002', 'STC*A7:562:85*20240105*U*100********Invalid NPI', 'SVC*HC:99213*100*****1', 'STC*A7:21*20240105*U', 'REF*FJ*LINE-9', 'DTP*472*D8*20240101',
], { setId: '277', version: '005010X214' });

describe('read277', () => {
  it('reads a 277CA: file, receiver and provider levels, accepted and rejected claims, line status', () => {
    const { transactions, errors } = read277(CA);
    expect(errors).toEqual([]);
    const t = transactions[0]!;
    expect(t.kind).toBe('277CA');
    expect(t.header).toEqual({ structure: '0085', purpose: '08', referenceId: 'BATCH1', date: '2024-01-05', time: '1200', transactionType: 'TH' });
    expect(t.entities.map((e) => [e.hlId, e.parentId, e.levelCode])).toEqual([['1', undefined, '20'], ['2', '1', '21'], ['3', '2', '19'], ['4', '3', 'PT'], ['5', '3', 'PT']]);
    expect(t.entities[1]!.amounts).toEqual([{ qualifier: 'YU', amountCents: 15000 }, { qualifier: 'YY', amountCents: 10000 }]);
    const [a, r] = t.claims;
    expect(a).toMatchObject({ patientControlNumber: 'PCN001', payerClaimControlNumber: 'ICN1', chargeCents: 15000, patient: { lastName: 'DOE' }, provider: { id: '1234567893' } });
    expect(a!.statuses[0]!.statuses).toEqual([{ category: 'A2', code: '20', entity: 'PR' }]);
    expect(a!.dates).toEqual([{ qualifier: '472', date: '2024-01-01', endDate: '2024-01-02' }]);
    expect(r!.statuses[0]).toMatchObject({ action: 'U', chargeCents: 10000, message: 'Invalid NPI', statuses: [{ category: 'A7', code: '562', entity: '85' }] });
    expect(r!.lines).toEqual([{
      procedure: { qualifier: 'HC', code: '99213', modifiers: [] }, chargeCents: 10000, units: 1, lineItemControlNumber: 'LINE-9',
      statuses: [{ statuses: [{ category: 'A7', code: '21' }], date: '2024-01-05', action: 'U' }],
      references: [{ qualifier: 'FJ', value: 'LINE-9' }], dates: [{ qualifier: '472', date: '2024-01-01' }],
    }]);
  });

  it('reports a 2200C provider level without STC, and a bad date, at their segments', () => {
    const text = CA.replace('TRN*1*0~\nSTC*A1:19:PR*20240105*WQ*250~\n', 'TRN*1*0~\n').replace('DTP*472*D8*20240101', 'DTP*472*D8*20240231');
    expect(read277(text).errors.map((e) => [e.code, e.segmentId, e.segmentIndex])).toEqual([['MISSING_SEGMENT', 'HL', 17], ['INVALID_DATE', 'DTP', 37], ['SE01_COUNT_MISMATCH', 'SE', 38]]);
  });

  it('reads a 277 (X212) claim-level and line-level STC and flags STC03 as not used there', () => {
    const text = wrap([
      'BHT*0010*08*REF1*20240105*0810*DG', 'HL*1**20*1', 'NM1*PR*2*ACME*****PI*12345', 'HL*2*1*21*1', 'NM1*41*2*CLINIC*****46*X1',
      'HL*3*2*19*1', 'NM1*1P*2*CLINIC*****XX*1234567893', 'HL*4*3*22*0', 'NM1*IL*1*DOE*JANE****MI*M1', 'TRN*2*PCN9',
      'STC*F1:65*20240104*WQ*200*180*20240104**20240105*CHK123', 'SVC*HC:99213*200*180', 'STC*F1:65*20240104',
    ], { setId: '277', version: '005010X212' });
    const { transactions, errors } = read277(text);
    expect(errors).toEqual([expect.objectContaining({ code: 'ELEMENT_NOT_USED', segmentId: 'STC', elementIndex: 3, segmentIndex: 13 })]);
    expect(transactions[0]!.kind).toBe('277');
    expect(transactions[0]!.claims[0]!.statuses[0]).toEqual({
      statuses: [{ category: 'F1', code: '65' }], date: '2024-01-04', action: 'WQ', chargeCents: 20000, paymentCents: 18000,
      adjudicationDate: '2024-01-04', checkDate: '2024-01-05', checkNumber: 'CHK123',
    });
    expect(transactions[0]!.claims[0]!.lines[0]!.paymentCents).toBe(18000);
  });
});
