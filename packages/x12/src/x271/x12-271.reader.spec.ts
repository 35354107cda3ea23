import { wrap } from '../../test/fixtures/envelope.fixture';
import { read271 } from './x12-271.reader';

const FILE = wrap([
  'BHT*0022*11*REQ1*20240105*1319',
  'HL*1**20*1', 'NM1*PR*2*ACME*****PI*12345',
  'HL*2*1*21*1', 'NM1*1P*2*GOOD CLINIC*****XX*1234567893',
  'HL*3*2*22*1', 'TRN*2*TRACE-1*9877281234', 'NM1*IL*1*DOE*JOHN****MI*M123', 'N3*1 MAIN ST', 'N4*SPRINGFIELD*IL*62701', 'DMG*D8*19700101*M',
  'DTP*346*D8*20240101',
  'EB*1*FAM*30^1^98**GOLD PLAN', 'EB*C*IND*30***23*1500*****Y', 'DTP*291*RD8*20240101-20241231',
  'EB*A*IND*98***27**0.2****N', 'MSG*COINSURANCE APPLIES AFTER DEDUCTIBLE',
  'EB*B*IND*98***27*25*****Y', 'EB*G*IND*30***29*2345.67', 'EB*R**30', 'LS*2120', 'NM1*PRP*2*OTHER PAYER*****PI*999', 'LE*2120',
  'HL*4*3*23*0', 'NM1*03*1*DOE*JANE', 'DMG*D8*20100202*F', 'INS*N*19', 'AAA*N**67*C',
], { setId: '271', version: '005010X279A1' });

describe('read271', () => {
  const { transactions, errors } = read271(FILE);
  const r = transactions[0]!;
  const sub = r.subscribers[0]!;

  it('reads source, receiver and subscriber demographics', () => {
    expect(errors).toEqual([]);
    expect(r.source.name).toMatchObject({ entity: 'PR', id: '12345' });
    expect(r.receiver.name).toMatchObject({ entity: '1P', id: '1234567893' });
    expect(sub).toMatchObject({ level: 'subscriber', name: { lastName: 'DOE', id: 'M123' }, birthDate: '1970-01-01', sex: 'M', address: { line1: '1 MAIN ST', city: 'SPRINGFIELD', state: 'IL', postalCode: '62701' } });
    expect(sub.traces).toEqual([{ typeCode: '2', number: 'TRACE-1', originatorId: '9877281234' }]);
    expect(sub.dates).toEqual([{ qualifier: '346', date: '2024-01-01' }]);
  });

  it('reads EB amounts, percents, time periods, repeated service types, network flags, messages and dates', () => {
    expect(sub.benefits.map((b) => [b.info, b.serviceTypes, b.timePeriod, b.amountCents, b.percent, b.inNetwork])).toEqual([
      ['1', ['30', '1', '98'], undefined, undefined, undefined, undefined],
      ['C', ['30'], '23', 150000, undefined, 'Y'],
      ['A', ['98'], '27', undefined, 0.2, 'N'],
      ['B', ['98'], '27', 2500, undefined, 'Y'],
      ['G', ['30'], '29', 234567, undefined, undefined],
      ['R', ['30'], undefined, undefined, undefined, undefined],
    ]);
    expect(sub.benefits[1]!.dates).toEqual([{ qualifier: '291', date: '2024-01-01', endDate: '2024-12-31' }]);
    expect(sub.benefits[2]!.messages).toEqual(['COINSURANCE APPLIES AFTER DEDUCTIBLE']);
    expect(sub.benefits[5]!.relatedEntities).toEqual([{ entity: 'PRP', entityType: '2', lastName: 'OTHER PAYER', idQualifier: 'PI', id: '999' }]);
  });

  it('reads a dependent with its own AAA error', () => {
    expect(sub.dependents).toHaveLength(1);
    expect(sub.dependents[0]).toMatchObject({ level: 'dependent', name: { lastName: 'DOE', firstName: 'JANE' }, birthDate: '2010-02-02', relationship: '19', errors: [{ validRequest: 'N', rejectReason: '67', followUp: 'C' }] });
  });

  it('reads AAA at the information source level', () => {
    const text = wrap(['BHT*0022*11*REQ1*20240105*1319', 'HL*1**20*1', 'NM1*PR*2*ACME*****PI*12345', 'AAA*Y**42*R'], { setId: '271', version: '005010X279A1' });
    expect(read271(text).transactions[0]!.source.errors).toEqual([{ validRequest: 'Y', rejectReason: '42', followUp: 'R' }]);
  });
});
