import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isa, ta1, x271, x277, x277ca, x835, x837, x999 } from '../test/support/x12-fixtures';
import { inboundKindOf, interchangeControlNumber } from './inbound-kind';

const SAMPLES = '/work/shared/x12-samples';

describe('inbound kind recognition', () => {
  it.each([
    ['999', x999(1)], ['TA1', ta1(2)], ['277CA', x277ca(3)], ['277', x277(4)], ['835', x835(5)], ['271', x271(6)],
  ])('recognises a %s by its envelope', (kind, x12) => {
    expect(inboundKindOf(x12)).toBe(kind);
  });

  it('takes a 277 with BHT06 TH as a 277CA even when GS08 and ST03 do not say X214', () => {
    expect(inboundKindOf(x277(7).replace('BHT*0010*08*1*20260115*1500*DG', 'BHT*0085*08*1*20260115*1500*TH'))).toBe('277CA');
  });

  it('recognises nothing in an 837P, a 999 outside an FA group, or text that is not X12', () => {
    expect(inboundKindOf(x837(8))).toBeUndefined();
    expect(inboundKindOf(x999(9).replace('GS*FA*', 'GS*HC*'))).toBeUndefined();
    expect(inboundKindOf('hello, this is not X12')).toBeUndefined();
  });

  it('reads ISA13 from the fixed-width ISA, after a byte-order mark too', () => {
    expect(isa(123)).toHaveLength(106);
    expect(interchangeControlNumber(x837(123))).toBe('000000123');
    expect(interchangeControlNumber(`\uFEFF${x837(77)}`)).toBe('000000077');
    expect(interchangeControlNumber('ISA*00*short~')).toBeUndefined();
  });

  // The shared samples are read where they are (never copied into the repository); machines without them skip this.
  (existsSync(SAMPLES) ? it.each : it.skip.each)([
    ['999/999_ims_accepted.x12', '999'], ['999/999_sd_tr3_response_to_3_837s_bom.x12', '999'], ['277ca/277ca_ims_accepted.x12', '277CA'],
    ['276_277/277_sd_tr3_claim_response.x12', '277'], ['835/835_sd_era_sample.x12', '835'], ['270_271/271_lfh_subscriber.x12', '271'],
    ['837p/837p_ims_valid.x12', undefined],
  ])('recognises the shared sample %s as %s', (file, kind) => {
    expect(inboundKindOf(readFileSync(join(SAMPLES, file), 'utf8'))).toBe(kind);
  });
});
