import { isaSegment } from '../../test/fixtures/envelope.fixture';
import { readTa1 } from './x12-ta1.reader';

describe('readTa1', () => {
  it('reads TA1 segments between ISA and IEA', () => {
    const text = `${isaSegment('000000555')}~TA1*000000101*240102*1230*R*022~IEA*0*000000555~`;
    const r = readTa1(text);
    expect(r.errors).toEqual([]);
    expect(r.transactions).toEqual([{ interchangeControlNumber: '000000101', date: '2024-01-02', time: '12:30', ackCode: 'R', noteCode: '022', carriedBy: '000000555' }]);
  });
});
