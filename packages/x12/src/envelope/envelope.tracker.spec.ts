import { parseX12 } from '../document';
import { wrap } from '../../test/fixtures/envelope.fixture';

function codes(text: string) {
  return parseX12(text).errors.map((e) => ({ code: e.code, segmentIndex: e.segmentIndex, elementIndex: e.elementIndex }));
}

describe('EnvelopeTracker', () => {
  const good = wrap(['BPR*I*1*C*CHK', 'TRN*1*12345*1512345678']);

  it('accepts a correct envelope and reports its structure', () => {
    const doc = parseX12(good);
    expect(doc.errors).toEqual([]);
    expect(doc.interchanges[0]!.header).toMatchObject({ senderId: 'SENDER', controlNumber: '000000101', date: '2024-01-02', time: '12:30', usage: 'T' });
    expect(doc.interchanges[0]!.groups[0]!.header).toMatchObject({ functionalId: 'HP', controlNumber: '7', version: '005010X221A1' });
    const tx = doc.interchanges[0]!.groups[0]!.transactions[0]!;
    expect(tx).toMatchObject({ setId: '835', controlNumber: '0001', implementationRef: '005010X221A1' });
    expect(tx.segments.map((s) => s.id)).toEqual(['ST', 'BPR', 'TRN', 'SE']);
  });

  it('reports an SE01 count off by one at the SE, element 1, with the transaction', () => {
    const text = good.replace('SE*4*0001', 'SE*5*0001');
    const [e] = parseX12(text).errors;
    expect(e).toMatchObject({ code: 'SE01_COUNT_MISMATCH', segmentId: 'SE', segmentIndex: 5, elementIndex: 1, transaction: '0001' });
    expect(e!.byteOffset).toBe(text.indexOf('SE*5'));
  });

  it('reports SE02, GE02 and IEA02 control number mismatches', () => {
    const text = good.replace('SE*4*0001', 'SE*4*0002').replace('GE*1*7', 'GE*1*8').replace('IEA*1*000000101', 'IEA*1*000000102');
    expect(codes(text)).toEqual([
      { code: 'SE02_MISMATCH', segmentIndex: 5, elementIndex: 2 },
      { code: 'GE02_MISMATCH', segmentIndex: 6, elementIndex: 2 },
      { code: 'IEA02_MISMATCH', segmentIndex: 7, elementIndex: 2 },
    ]);
  });

  it('reports GE01 and IEA01 counts', () => {
    const text = good.replace('GE*1*7', 'GE*2*7').replace('IEA*1*000000101', 'IEA*3*000000101');
    expect(codes(text)).toEqual([
      { code: 'GE01_COUNT_MISMATCH', segmentIndex: 6, elementIndex: 1 },
      { code: 'IEA01_COUNT_MISMATCH', segmentIndex: 7, elementIndex: 1 },
    ]);
  });

  it('reports a duplicate interchange control number, also across files', () => {
    expect(codes(good + good)).toEqual([{ code: 'DUPLICATE_INTERCHANGE_CONTROL_NUMBER', segmentIndex: 8, elementIndex: 13 }]);
    const seen = new Set<string>();
    parseX12(good, { seenInterchangeControlNumbers: seen });
    expect(parseX12(good, { seenInterchangeControlNumbers: seen }).errors[0]!.code).toBe('DUPLICATE_INTERCHANGE_CONTROL_NUMBER');
  });

  it('reports missing SE, GE and IEA at the end of the input', () => {
    const text = good.split('\n').slice(0, 5).join('\n');
    expect(codes(text).map((c) => c.code)).toEqual(['MISSING_SE', 'MISSING_GE', 'MISSING_IEA']);
  });

  it('reports GS01 that does not fit ST01, and bad envelope dates and times', () => {
    const text = wrap(['BPR*I*1*C*CHK'], { functionalId: 'HS' }).replace('*20240102*1230*', '*20241302*1299*');
    expect(codes(text)).toEqual([
      { code: 'INVALID_DATE', segmentIndex: 1, elementIndex: 4 },
      { code: 'INVALID_TIME', segmentIndex: 1, elementIndex: 5 },
      { code: 'GS01_MISMATCH', segmentIndex: 2, elementIndex: 1 },
    ]);
  });

  it('reports segments outside a transaction and ST03 differing from GS08', () => {
    const text = wrap(['BPR*I*1*C*CHK']).replace('GS*HP', 'N1*PR*X~\nGS*HP').replace('ST*835*0001*005010X221A1', 'ST*835*0001*005010X221');
    expect(codes(text)).toEqual([
      { code: 'SEGMENT_OUTSIDE_TRANSACTION', segmentIndex: 1, elementIndex: undefined },
      { code: 'ST03_GS08_MISMATCH', segmentIndex: 3, elementIndex: 3 },
    ]);
  });
});
