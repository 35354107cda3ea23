import { parseX12 } from '../document';
import { X12BuildError } from '../errors';
import { InMemoryControlNumberSequence } from '../write';
import { batch, ENVELOPE, primaryClaim, secondaryDependentClaim } from '../../test/fixtures/x837p.fixture';
import { build837P, write837P } from './x12-837p.builder';
import { read837P } from './x12-837p.reader';
import type { ClaimBatch837P } from './x12-837p.types';

const NUMBERS = { interchange: 42, group: 7, transaction: 1 };

function fieldErrors(b: ClaimBatch837P) {
  try {
    write837P([b], ENVELOPE, NUMBERS);
  } catch (e) {
    if (e instanceof X12BuildError) return e.fieldErrors.map((f) => [f.path, f.code]);
    throw e;
  }
  return [];
}

describe('write837P', () => {
  const text = write837P([batch()], ENVELOPE, NUMBERS);

  it('writes a well-enveloped 837P with the given control numbers', () => {
    const doc = parseX12(text);
    expect(doc.errors).toEqual([]);
    expect(doc.interchanges[0]!.header.controlNumber).toBe('000000042');
    expect(doc.interchanges[0]!.groups[0]!.header).toMatchObject({ functionalId: 'HC', controlNumber: '7', version: '005010X222A1' });
    expect(text).toContain('CLM*PCN-1*175.5***11:B:1*Y*A*Y*Y~');
    expect(text).toContain('HI*ABK:E119*ABF:I10*ABF:Z7984~');
    expect(text).toContain('SV1*HC:99214:25*125.5*UN*1***1:2~');
    expect(text).toContain('REF*F8*ICN-OLD~');
    expect(text).toContain('HL*3*1*22*1~\nSBR*S********CI~');
    expect(text).toContain('HL*4*3*23*0~\nPAT*19~');
    expect(text).toContain('SVD*11111*60*HC:99213**1~\nCAS*PR*2*20~\nCAS*CO*45*20~\nDTP*573*D8*20240104~');
  });

  it('round-trips: read(build(x)) equals x', () => {
    const { transactions, errors } = read837P(text);
    expect(errors).toEqual([]);
    expect(transactions).toEqual([batch()]);
  });

  it('round-trips several transaction sets in one interchange', () => {
    const two = write837P([batch([primaryClaim('A')]), batch([secondaryDependentClaim()])], ENVELOPE, NUMBERS);
    expect(read837P(two).transactions).toEqual([batch([primaryClaim('A')]), batch([secondaryDependentClaim()])]);
    expect(parseX12(two).interchanges[0]!.groups[0]!.transactions.map((t) => t.controlNumber)).toEqual(['0001', '0002']);
  });

  it('refuses 13 diagnoses, 5 pointers and an NPI failing its check digit, naming each field', () => {
    const b = batch([primaryClaim()]);
    const c = b.claims[0]!;
    c.diagnoses = ['A000', 'A001', 'A009', 'A010', 'A011', 'A012', 'A013', 'A014', 'A020', 'A021', 'A022', 'A028', 'A029'];
    c.lines[0]!.diagnosisPointers = [1, 2, 3, 4, 5];
    c.renderingProvider!.npi = '1234567890';
    expect(fieldErrors(b)).toEqual([
      ['claims[0].diagnoses', 'TOO_MANY_DIAGNOSES'],
      ['claims[0].renderingProvider.npi', 'INVALID_NPI'],
      ['claims[0].lines[0].diagnosisPointers', 'TOO_MANY_POINTERS'],
    ]);
  });

  it('refuses CLM02 ≠ ΣSV102, negative amounts, replacement without REF*F8, and pointers past the diagnoses', () => {
    const b = batch([primaryClaim()]);
    b.claims[0]!.chargeCents = 17551;
    b.claims[0]!.frequency = '7';
    b.claims[0]!.lines[1]!.chargeCents = -5000;
    b.claims[0]!.lines[1]!.diagnosisPointers = [4];
    expect(fieldErrors(b)).toEqual([
      ['claims[0].payerClaimControlNumber', 'REQUIRED'],
      ['claims[0].lines[1].chargeCents', 'NEGATIVE_AMOUNT'],
      ['claims[0].lines[1].diagnosisPointers', 'INVALID_POINTER'],
      ['claims[0].chargeCents', 'CHARGE_MISMATCH'],
    ]);
  });

  it('refuses delimiters inside values, a PO box billing address, a 5-digit billing ZIP and 51 lines', () => {
    const b = batch([primaryClaim()]);
    b.claims[0]!.subscriber.lastName = 'O*NEIL';
    b.billingProvider.address = { line1: 'P.O. Box 12', city: 'X', state: 'IL', postalCode: '62701' };
    const line = b.claims[0]!.lines[0]!;
    b.claims[0]!.lines = Array.from({ length: 51 }, () => ({ ...line, chargeCents: 100 }));
    b.claims[0]!.chargeCents = 5100;
    expect(fieldErrors(b)).toEqual([
      ['claims[0].subscriber.lastName', 'INVALID_CHARACTER'],
      ['billingProvider.address.line1', 'PO_BOX'],
      ['billingProvider.address.postalCode', 'INVALID_ZIP'],
      ['claims[0].lines', 'TOO_MANY_LINES'],
    ]);
  });

  it('refuses a dependent patient loop for Medicare and a subscriber-patient without DMG', () => {
    const b = batch([secondaryDependentClaim(), primaryClaim()]);
    b.claims[0]!.subscriber.filingIndicator = 'MB';
    delete b.claims[1]!.subscriber.birthDate;
    expect(fieldErrors(b)).toEqual([['patient', 'MEDICARE_PATIENT_LOOP'], ['claims[1].subscriber.birthDate', 'REQUIRED']]);
  });
});

describe('build837P', () => {
  it('takes control numbers from the sequence, and none when the input is refused', async () => {
    const seq = new InMemoryControlNumberSequence({ interchange: 900, group: 30, transaction: 5 });
    const bad = batch([primaryClaim()]);
    bad.claims[0]!.chargeCents = 1;
    await expect(build837P([bad], ENVELOPE, seq)).rejects.toThrow(X12BuildError);
    const text = await build837P([batch(), batch()], ENVELOPE, seq);
    const ic = parseX12(text).interchanges[0]!;
    expect(ic.header.controlNumber).toBe('000000900');
    expect(ic.groups[0]!.header.controlNumber).toBe('30');
    expect(ic.groups[0]!.transactions.map((t) => t.controlNumber)).toEqual(['0005', '0006']);
    expect(seq.next('transaction')).toBe(7);
  });
});
