import { wrap } from '../../test/fixtures/envelope.fixture';
import { ENVELOPE } from '../../test/fixtures/x837p.fixture';
import { write835 } from './x12-835.builder';
import { read835 } from './x12-835.reader';

/** Service lines whose DTM, REF and AMT go beyond the one DTM*472, REF*6R and AMT*B6 that have fields. */
const BODY = [
  'BPR*I*100*C*CHK************20240105',
  'TRN*1*CHK0001*1512345678',
  'N1*PR*ACME HEALTH PLAN',
  'PER*BL*EDI HELP*TE*8005551212',
  'N1*PE*GOOD CLINIC*XX*1234567893',
  'CLP*PCN001*1*100*100**12*ICN0001',
  'NM1*QC*1*DOE*JANE',
  'SVC*HC:99213:25*60*60**1',
  'DTM*150*20240101',
  'DTM*151*20240103',
  'DTM*472*20240102',
  'DTM*472*20240104',
  'REF*LU*11',
  'REF*6R*LINE-1',
  'REF*0K*POLICY7',
  'AMT*B6*60',
  'AMT*KH*1.5',
  'SVC*HC:99213:25*40*40**1',
  'DTM*472*20240102',
  'REF*6R*LINE-2',
];

describe('835 service line fields', () => {
  const result = read835(wrap(BODY));
  const [l1, l2] = result.transactions[0]!.claims[0]!.lines;

  it('puts DTM*472/150/151, REF*6R and AMT*B6 in fields and keeps every other occurrence in the lists', () => {
    expect(result.errors).toEqual([]);
    expect(l1).toMatchObject({
      serviceStartDate: '2024-01-01', serviceEndDate: '2024-01-03', serviceDate: '2024-01-02',
      dates: [{ qualifier: '472', date: '2024-01-04' }],
      lineItemControlNumber: 'LINE-1', references: [{ qualifier: 'LU', value: '11' }, { qualifier: '0K', value: 'POLICY7' }],
      allowedCents: 6000, amounts: [{ qualifier: 'KH', amountCents: 150 }],
    });
    expect(l2).toMatchObject({ serviceDate: '2024-01-02', lineItemControlNumber: 'LINE-2', dates: [], references: [], amounts: [] });
  });

  it('shares one frozen procedure between the lines of the same composite', () => {
    expect(l1!.procedure).toEqual({ qualifier: 'HC', code: '99213', modifiers: ['25'] });
    expect(l2!.procedure).toBe(l1!.procedure);
    expect(Object.isFrozen(l1!.procedure)).toBe(true);
    expect(Object.isFrozen(l1!.procedure.modifiers)).toBe(true);
  });

  it('writes them back in TR3 order and round-trips', () => {
    const text = write835(result.transactions, ENVELOPE, { interchange: 5, group: 5, transaction: 1 });
    const segments = text.split('~\n').map((s) => s.split('*').slice(0, 2).join('*'));
    const line1 = segments.slice(segments.indexOf('SVC*HC:99213:25'), segments.lastIndexOf('SVC*HC:99213:25'));
    expect(line1).toEqual(['SVC*HC:99213:25', 'DTM*150', 'DTM*151', 'DTM*472', 'DTM*472', 'REF*LU', 'REF*6R', 'REF*0K', 'AMT*B6', 'AMT*KH']);
    expect(read835(text).transactions).toEqual(result.transactions);
  });
});
