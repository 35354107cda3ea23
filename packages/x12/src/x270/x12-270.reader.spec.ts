import { ENVELOPE } from '../../test/fixtures/x837p.fixture';
import { write270, type EligibilityInquiry270 } from './x12-270-276.builder';
import { read270 } from './x12-270.reader';

const SUBSCRIBER: EligibilityInquiry270 = {
  referenceId: 'Q1', createdDate: '2024-01-05', createdTime: '09:15', traceNumber: 'T-1',
  payer: { name: 'ACME', id: '12345' },
  provider: { entityType: '2', lastName: 'GOOD CLINIC', npi: '1234567893' },
  subscriber: { lastName: 'DOE', firstName: 'JOHN', memberId: 'M123', birthDate: '1970-01-01', sex: 'M' },
  serviceTypes: ['30', '98'], asOfDate: '2024-01-05',
};

describe('read270', () => {
  it('reads back a subscriber inquiry exactly as written', () => {
    const text = write270([SUBSCRIBER], ENVELOPE, { interchange: 1, group: 1, transaction: 1 });
    const { transactions, errors } = read270(text);
    expect(errors).toEqual([]);
    expect(transactions).toEqual([SUBSCRIBER]);
  });

  it('reads back a dependent inquiry, the dependent with its own birth date and a person as provider', () => {
    const inquiry: EligibilityInquiry270 = {
      ...SUBSCRIBER,
      provider: { entityType: '1', lastName: 'WELBY', firstName: 'MARCUS', npi: '1234567893' },
      subscriber: { lastName: 'DOE', firstName: 'JOHN', memberId: 'M123' },
      dependent: { lastName: 'DOE', firstName: 'KID', birthDate: '2015-02-03', sex: 'F' },
      serviceTypes: ['30'],
    };
    const { transactions, errors } = read270(write270([inquiry], ENVELOPE, { interchange: 2, group: 2, transaction: 1 }));
    expect(errors).toEqual([]);
    expect(transactions).toEqual([inquiry]);
  });

  it('reports an unknown HL level and a bad birth date with their positions', () => {
    const text = write270([SUBSCRIBER], ENVELOPE, { interchange: 3, group: 3, transaction: 1 }).replace('DMG*D8*19700101', 'DMG*D8*19701301').replace('HL*1**20', 'HL*1**99');
    const { errors } = read270(text);
    expect(errors.map((e) => [e.code, e.segmentId, e.elementIndex])).toEqual([['INVALID_CODE', 'HL', 3], ['INVALID_DATE', 'DMG', 2]]);
  });

});
