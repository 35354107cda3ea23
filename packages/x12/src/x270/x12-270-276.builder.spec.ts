import { parseX12 } from '../document';
import { ENVELOPE } from '../../test/fixtures/x837p.fixture';
import { write270, write276 } from './x12-270-276.builder';

const HEADER = {
  referenceId: 'Q1', createdDate: '2024-01-05', createdTime: '09:15', payer: { name: 'ACME', id: '12345' },
  provider: { entityType: '2' as const, lastName: 'GOOD CLINIC', npi: '1234567893' },
  subscriber: { lastName: 'DOE', firstName: 'JOHN', memberId: 'M123', birthDate: '1970-01-01', sex: 'M' },
};

describe('write270 / write276', () => {
  it('writes a dependent 270 with repeated service types', () => {
    const text = write270([{ ...HEADER, dependent: { lastName: 'DOE', firstName: 'KID', birthDate: '2015-02-03' }, traceNumber: 'T1', serviceTypes: ['30', '98'], asOfDate: '2024-01-05' }],
      ENVELOPE, { interchange: 8, group: 8, transaction: 1 });
    const doc = parseX12(text);
    expect(doc.errors).toEqual([]);
    const ids = doc.interchanges[0]!.groups[0]!.transactions[0]!.segments.map((s) => s.elements.slice(0, 4).join('*'));
    expect(ids).toEqual([
      'ST*270*0001*005010X279A1', 'BHT*0022*13*Q1', 'HL*1**20', 'NM1*PR*2*ACME', 'HL*2*1*21', 'NM1*1P*2*GOOD CLINIC', 'HL*3*2*22',
      'NM1*IL*1*DOE', 'HL*4*3*23', 'TRN*1*T1*9123456789', 'NM1*03*1*DOE', 'DMG*D8*20150203', 'DTP*291*D8*20240105', 'EQ*30^98', 'SE*15*0001',
    ]);
    expect(doc.interchanges[0]!.groups[0]!.header.functionalId).toBe('HS');
  });

  it('writes a 276 claim status inquiry with charge in dollars', () => {
    const text = write276([{ ...HEADER, claims: [{ traceNumber: 'T9', patientControlNumber: 'PCN-1', chargeCents: 17550, serviceDate: '2024-01-02', payerClaimControlNumber: 'ICN1' }] }],
      ENVELOPE, { interchange: 9, group: 9, transaction: 1 });
    expect(parseX12(text).errors).toEqual([]);
    expect(text).toContain('TRN*1*T9~\nREF*EJ*PCN-1~\nREF*1K*ICN1~\nAMT*T3*175.5~\nDTP*472*D8*20240102~');
    expect(text).toContain('GS*HR*');
  });
});
