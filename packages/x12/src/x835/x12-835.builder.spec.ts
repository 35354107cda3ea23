import { X12BuildError } from '../errors';
import { parseX12 } from '../document';
import { FILE_835 } from '../../test/fixtures/x835.fixture';
import { ENVELOPE } from '../../test/fixtures/x837p.fixture';
import { write835 } from './x12-835.builder';
import { read835 } from './x12-835.reader';

describe('write835', () => {
  const remit = read835(FILE_835).transactions[0]!;

  it('round-trips a remittance: read(build(x)) equals x', () => {
    const text = write835([remit], ENVELOPE, { interchange: 5, group: 5, transaction: 1 });
    expect(parseX12(text).errors).toEqual([]);
    const again = read835(text).transactions[0]!;
    expect(again).toEqual(remit);
  });

  it('writes ST without ST03, which X221A1 does not use', () => {
    const text = write835([remit], ENVELOPE, { interchange: 5, group: 5, transaction: 1 });
    expect(text).toMatch(/~\s*ST\*835\*0001~/);
    expect(text).toContain('*005010X221A1~');
  });

  it('refuses a remittance that does not balance, naming the field', () => {
    const bad = structuredClone(remit);
    bad.claims[0]!.lines[0]!.paymentCents += 1;
    bad.payment.amountCents += 7;
    try {
      write835([bad], ENVELOPE, { interchange: 5, group: 5, transaction: 1 });
      throw new Error('not refused');
    } catch (e) {
      expect(e).toBeInstanceOf(X12BuildError);
      expect((e as X12BuildError).fieldErrors.map((f) => [f.path, f.code])).toEqual([
        ['claims[0].lines[0].paymentCents', 'LINE_UNBALANCED'], ['payment.amountCents', 'PAYMENT_UNBALANCED'],
      ]);
    }
  });
});
