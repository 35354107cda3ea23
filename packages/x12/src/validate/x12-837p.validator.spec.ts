import { write837P } from '../x837p';
import { batch, ENVELOPE } from '../../test/fixtures/x837p.fixture';
import { validate837P } from './x12-837p.validator';

const GOOD = write837P([batch()], ENVELOPE, { interchange: 1, group: 1, transaction: 1 });

function findings(text: string, npiCheckDigit?: 'error' | 'warning') {
  const lines = text.split('\n');
  return validate837P(text, npiCheckDigit ? { npiCheckDigit } : {}).errors.map((e) => [e.code, e.segmentId, e.elementIndex, lines[e.segmentIndex!]?.slice(0, 12)]);
}

function mutate(from: string, to: string, text = GOOD): string {
  if (!text.includes(from)) throw new Error(`fixture lacks ${from}`);
  return text.replace(from, to);
}

describe('validate837P', () => {
  it('accepts what the builder writes', () => {
    const r = validate837P(GOOD);
    expect(r).toMatchObject({ errors: [], valid: true, transactions: 1, claims: 2 });
  });

  it('flags CLM02 ≠ ΣSV102 at CLM02 and a bad NPI check digit (warning, or error on request)', () => {
    expect(findings(mutate('CLM*PCN-1*175.5*', 'CLM*PCN-1*175.6*'))).toEqual([['CLAIM_CHARGE_MISMATCH', 'CLM', 2, 'CLM*PCN-1*17']]);
    const badNpi = mutate('NM1*85*2*GOOD CLINIC*****XX*1234567893', 'NM1*85*2*GOOD CLINIC*****XX*1234567890');
    expect(validate837P(badNpi).errors).toEqual([expect.objectContaining({ code: 'NPI_CHECK_DIGIT', severity: 'warning', elementIndex: 9 })]);
    expect(validate837P(badNpi, { npiCheckDigit: 'error' }).valid).toBe(false);
  });

  it('flags invalid dates, filing indicator, place of service and a too-long CLM01', () => {
    let t = mutate('DTP*472*D8*20240102', 'DTP*472*D8*20240230');
    t = mutate('SBR*P*18*GRP1******CI', 'SBR*P*18*GRP1******Q9', t);
    t = mutate('11:B:1', '98:B:1', t);
    t = mutate('CLM*PCN-1*', `CLM*${'X'.repeat(39)}*`, t);
    expect(findings(t)).toEqual([
      ['INVALID_CODE', 'SBR', 9, 'SBR*P*18*GRP'],
      ['ELEMENT_TOO_LONG', 'CLM', 1, 'CLM*XXXXXXXX'],
      ['INVALID_CODE', 'CLM', 5, 'CLM*XXXXXXXX'],
      ['INVALID_DATE', 'DTP', 3, 'DTP*472*D8*2'],
    ]);
  });

  it('flags a missing billing provider loop, a patient without DMG and missing subscriber id', () => {
    let t = mutate('NM1*85*2*GOOD CLINIC*****XX*1234567893~\nN3*100 MAIN ST~\nN4*SPRINGFIELD*IL*627010000~\nREF*EI*123456789~\n', '');
    t = mutate('DMG*D8*20150607*M~\n', '', t);
    t = mutate('NM1*IL*1*ROE*RICH****MI*SEC9', 'NM1*IL*1*ROE*RICH', t);
    expect(findings(t).map((f) => f.slice(0, 3))).toEqual([
      ['MISSING_SEGMENT', 'HL', undefined], ['MISSING_ELEMENT', 'NM1', 8], ['MISSING_SEGMENT', 'HL', undefined], ['SE01_COUNT_MISMATCH', 'SE', 1],
    ]);
  });

  it('flags HL parents of the wrong level, LX out of sequence, segments out of order and unknown segments', () => {
    let t = mutate('HL*4*3*23*0', 'HL*4*1*23*0');
    t = mutate('LX*2~', 'LX*5~', t);
    t = mutate('N3*100 MAIN ST~\nN4*SPRINGFIELD*IL*627010000~', 'N4*SPRINGFIELD*IL*627010000~\nN3*100 MAIN ST~', t);
    t = mutate('NTE*ADD*FOLLOW UP~', 'XYZ*ADD*FOLLOW UP~', t);
    expect(findings(t).map((f) => f.slice(0, 3))).toEqual([
      ['SEGMENT_OUT_OF_ORDER', 'N3', undefined], ['UNKNOWN_SEGMENT', 'XYZ', undefined], ['LX_OUT_OF_SEQUENCE', 'LX', 1],
      ['HL_PARENT_INVALID', 'HL', 2], ['HL_CHILD_CODE', 'HL', 2],
    ]);
  });

  it('flags HI written with element separators and pointers past the diagnoses', () => {
    const t = mutate('HI*ABK:E119*ABF:I10*ABF:Z7984', 'HI*ABK*E119*ABF:I10');
    expect(findings(t).map((f) => f.slice(0, 3))).toEqual([
      ['INVALID_COMPOSITE', 'HI', 1], ['INVALID_COMPOSITE', 'HI', 2], ['INVALID_POINTER', 'SV1', 7], ['INVALID_POINTER', 'SV1', 7],
    ]);
  });
});
