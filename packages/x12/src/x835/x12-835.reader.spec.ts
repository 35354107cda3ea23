import { Readable } from 'node:stream';
import { X12ParseError } from '../errors';
import { wrap } from '../../test/fixtures/envelope.fixture';
import { BODY_835, FILE_835 } from '../../test/fixtures/x835.fixture';
import { balance835 } from './x12-835.balance';
import { readTransactions } from '../read/read-transactions';
import { read835, read835Stream, Remittance835Reader } from './x12-835.reader';
import type { Claim835 } from './x12-835.types';

describe('read835', () => {
  const result = read835(FILE_835);
  const remit = result.transactions[0]!;

  it('reads payment, trace, payer and payee with money in cents and ISO dates', () => {
    expect(result.errors).toEqual([]);
    expect(remit.controlNumber).toBe('0001');
    expect(remit.payment).toMatchObject({ handlingCode: 'I', amountCents: 14745, creditDebit: 'C', method: 'ACH', format: 'CCP', receiverAccount: '98765', date: '2024-01-05' });
    expect(remit.trace).toEqual({ typeCode: '1', number: 'EFT0001', originatorId: '1512345678' });
    expect(remit.dates).toEqual([{ qualifier: '405', date: '2024-01-04' }]);
    expect(remit.payer).toEqual({
      entity: 'PR', name: 'ACME HEALTH PLAN', references: [{ qualifier: '2U', value: 'ACME01' }],
      address: { line1: '100 MAIN ST', city: 'SPRINGFIELD', state: 'IL', postalCode: '627010000' },
      contacts: [{ function: 'BL', name: 'EDI HELP', numbers: [{ qualifier: 'TE', value: '8005551212' }, { qualifier: 'EM', value: 'edi@acme.example' }] }],
    });
    expect(remit.payee).toMatchObject({ entity: 'PE', name: 'GOOD CLINIC', idQualifier: 'XX', id: '1234567893', references: [{ qualifier: 'TJ', value: '123456789' }] });
  });

  it('reads a claim with claim-level CAS, names, MOA, references, dates and amounts', () => {
    const claim = remit.claims[0]!;
    expect(claim).toMatchObject({
      headerNumber: '1', patientControlNumber: 'PCN001', status: '1', chargeCents: 20010, paymentCents: 15010, patientResponsibilityCents: 2000,
      filingIndicator: '12', payerClaimControlNumber: 'ICN0001', facilityType: '11', frequency: '1',
      adjustments: [{ group: 'CO', reason: '45', amountCents: 1000 }],
      outpatient: { remarkCodes: ['MA01', 'MA18'] }, references: [{ qualifier: '1L', value: 'GROUP9' }],
      dates: [{ qualifier: '050', date: '2024-01-02' }], amounts: [{ qualifier: 'AU', amountCents: 19010 }],
    });
    expect(claim.names.map((n) => [n.entity, n.lastName, n.id])).toEqual([['QC', 'DOE', 'MBR001'], ['82', 'SMITH', '1234567893']]);
  });

  it('reads service lines: composite procedure, SVC06, multi-triplet and negative CAS, REF*6R, AMT*B6, LQ', () => {
    const [l1, l2] = remit.claims[0]!.lines;
    expect(l1).toMatchObject({
      procedure: { qualifier: 'HC', code: '99213', modifiers: ['25'] }, chargeCents: 12010, paymentCents: 9010, units: 1,
      originalProcedure: { qualifier: 'HC', code: '99214', modifiers: [] }, serviceDate: '2024-01-01', dates: [], references: [], amounts: [],
      adjustments: [{ group: 'PR', reason: '1', amountCents: 1000, quantity: 1 }, { group: 'PR', reason: '2', amountCents: 500 }, { group: 'CO', reason: '45', amountCents: 1500 }],
      lineItemControlNumber: 'LINE-1', allowedCents: 10510, remarks: [{ qualifier: 'HE', code: 'N130' }],
    });
    expect(l2!.adjustments).toEqual([
      { group: 'PR', reason: '3', amountCents: 500 }, { group: 'OA', reason: '94', amountCents: -500, quantity: 1 }, { group: 'CO', reason: '45', amountCents: 1000 },
    ]);
  });

  it('reads a denial, a reversal with negative amounts and its correction', () => {
    expect(remit.claims.map((c) => [c.patientControlNumber, c.status, c.chargeCents, c.paymentCents])).toEqual([
      ['PCN001', '1', 20010, 15010], ['PCN002', '4', 8000, 0], ['PCN003', '22', -4500, -4500], ['PCN003', '1', 5000, 5000],
    ]);
  });

  it('reads PLB with several adjustments and their references', () => {
    expect(remit.providerAdjustments).toEqual([{
      providerId: '1234567893', fiscalPeriodDate: '2024-12-31',
      items: [{ reason: 'WO', reference: 'ICN0003', amountCents: 1000 }, { reason: 'L6', amountCents: -235 }],
    }]);
  });

  it('balances per line, per claim and BPR02 = ΣCLP04 − ΣPLB', () => {
    expect(balance835(remit)).toEqual([]);
  });

  it('reports unbalanced lines, claims and payment with the amounts', () => {
    const broken = read835(wrap(BODY_835.map((s) => s.replace('SVC*HC:87070*70*60', 'SVC*HC:87070*70*61')))).transactions[0]!;
    const findings = balance835(broken);
    expect(findings.map((f) => [f.code, f.claimIndex, f.lineIndex, f.expectedCents, f.actualCents])).toEqual([
      ['LINE_UNBALANCED', 0, 1, 6000, 6100],
    ]);
    const badPay = read835(wrap(BODY_835.map((s) => s.replace('BPR*I*147.45', 'BPR*I*147.46')))).transactions[0]!;
    expect(balance835(badPay)).toEqual([expect.objectContaining({ code: 'PAYMENT_UNBALANCED', expectedCents: 14745, actualCents: 14746 })]);
  });

  it('reports a bad amount at its element without crashing, and throws in strict mode', () => {
    const text = wrap(BODY_835.map((s) => s.replace('CAS*CO*50*80', 'CAS*CO*50*8O')));
    const r = read835(text);
    expect(r.errors).toEqual([expect.objectContaining({ code: 'INVALID_AMOUNT', segmentId: 'CAS', elementIndex: 3, segmentIndex: 37, transaction: '0001' })]);
    expect(r.transactions[0]!.claims).toHaveLength(4);
    expect(() => read835(text, { mode: 'strict' })).toThrow(X12ParseError);
  });

  it('survives truncated and garbage input with positioned errors', () => {
    expect(read835(FILE_835.slice(0, 900)).errors.map((e) => e.code)).toEqual(expect.arrayContaining(['MISSING_SE', 'MISSING_GE', 'MISSING_IEA']));
    expect(read835('\u0000\u0001garbage').errors.length).toBeGreaterThan(0);
    expect(read835('').errors).toEqual([expect.objectContaining({ code: 'EMPTY_INPUT' })]);
  });

  it('streams claims one by one without retaining them', async () => {
    const seen: Claim835[] = [];
    const bytes = Buffer.from(FILE_835);
    const chunks = [bytes.subarray(0, 333), bytes.subarray(333, 777), bytes.subarray(777)];
    const r = await read835Stream(Readable.from(chunks), { onClaim: (c) => seen.push(c), retainClaims: false });
    expect(seen.map((c) => c.paymentCents)).toEqual([15010, 0, -4500, 5000]);
    expect(r.transactions[0]!.claims).toEqual([]);
    expect(r.transactions[0]!.payment.amountCents).toBe(14745);
  });

  it('hands claims to onClaim from an in-memory file too, equal to the retained ones', () => {
    const seen: Claim835[] = [];
    const r = read835(FILE_835, { onClaim: (c) => seen.push(c), retainClaims: false });
    expect(r.transactions[0]!.claims).toEqual([]);
    expect(seen).toEqual(read835(FILE_835).transactions[0]!.claims);
  });

  it('reads segments given as arrays (the generic pipeline) exactly as the segment views of read835, findings included', () => {
    const broken = wrap(BODY_835.map((s) => s.replace('SVC*HC:87070*70*60', 'SVC*HC>87070*7O*60').replace('DTM*405*20240104', 'DTM*405*20241304')));
    for (const input of [FILE_835, broken]) {
      const viaArrays = readTransactions(input, ['835'], (rc) => new Remittance835Reader(rc));
      expect(viaArrays).toEqual(read835(input));
      expect(JSON.stringify(viaArrays)).toBe(JSON.stringify(read835(input)));
    }
    expect(read835(broken).errors.map((e) => [e.code, e.segmentId, e.elementIndex])).toEqual([
      ['INVALID_DATE', 'DTM', 2], ['MISSING_ELEMENT', 'SVC', 1], ['INVALID_AMOUNT', 'SVC', 2],
    ]);
  });

  it('returns plain data: every object is a plain object or array and survives a JSON round trip', () => {
    const seen: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (v === null || typeof v !== 'object') return;
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== Array.prototype) seen.push(path);
      for (const [k, child] of Object.entries(v)) walk(child, `${path}.${k}`);
    };
    walk(remit, 'remit');
    expect(seen).toEqual([]);
    expect(JSON.parse(JSON.stringify(remit))).toEqual(remit);
  });
});
