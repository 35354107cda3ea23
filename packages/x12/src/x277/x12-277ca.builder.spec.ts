import { parseX12 } from '../document';
import { ENVELOPE } from '../../test/fixtures/x837p.fixture';
import { write277CA } from './x12-277ca.builder';
import { read277 } from './x12-277.reader';

describe('write277CA', () => {
  it('writes accepted and rejected claims that the 277 reader reads back', () => {
    const text = write277CA([{
      referenceId: 'B1', createdDate: '2024-01-06', createdTime: '08:00', payer: { name: 'ACME', id: '12345' }, receiver: { name: 'CLINIC', id: 'SUB01' },
      provider: { name: 'GOOD CLINIC', npi: '1234567893' }, receivedDate: '2024-01-05',
      claims: [
        { patientControlNumber: 'PCN-1', patient: { lastName: 'DOE', memberId: 'M1' }, status: { category: 'A2', code: '20' }, chargeCents: 17550, payerClaimControlNumber: 'ICN1', serviceDate: '2024-01-02' },
        { patientControlNumber: 'PCN-2', patient: { lastName: 'ROE', memberId: 'M2' }, status: { category: 'A7', code: '562', entity: '85' }, chargeCents: 10000, serviceDate: '2024-01-02', serviceDateEnd: '2024-01-03', message: 'NPI' },
      ],
    }], ENVELOPE, { interchange: 4, group: 4, transaction: 1 });
    expect(parseX12(text).errors).toEqual([]);
    const { transactions, errors } = read277(text);
    expect(errors).toEqual([]);
    const t = transactions[0]!;
    expect(t.kind).toBe('277CA');
    expect(t.entities[1]!.amounts).toEqual([{ qualifier: 'YU', amountCents: 17550 }, { qualifier: 'YY', amountCents: 10000 }]);
    expect(t.claims.map((c) => [c.patientControlNumber, c.statuses[0]!.statuses[0]!.category, c.chargeCents, c.payerClaimControlNumber, c.provider?.id])).toEqual([
      ['PCN-1', 'A2', 17550, 'ICN1', '1234567893'], ['PCN-2', 'A7', 10000, undefined, '1234567893'],
    ]);
    expect(t.claims[1]!.statuses[0]!.message).toBe('NPI');
    // STC02 (the date) at the information receiver (2200B) and the claims (2200D), not at the provider (2200C).
    expect(t.entities.filter((e) => e.levelCode === '21' || e.levelCode === '19').map((e) => [e.levelCode, e.statuses[0]?.date])).toEqual([['21', '2024-01-05'], ['19', undefined]]);
    expect(t.claims.map((c) => c.statuses[0]!.date)).toEqual(['2024-01-05', '2024-01-05']);
  });
});
