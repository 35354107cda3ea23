import { read277, read999 } from '@openrcm/x12';
import { adaClaim, batchOf, claimsOf, line, NOW, quietRules, x837 } from '../../test/payer-fixtures';
import { FALLBACK_PAYER } from './default-rules';
import { UnreadableInterchangeError } from './interchange.reader';
import { processInterchange } from './process-interchange';
import type { RejectionKind } from './payer-rules.types';

function statusesOf(ack277: string | undefined): [string, string, string | undefined][] {
  const read = read277(ack277!);
  expect(read.errors.filter((e) => e.severity === 'error')).toEqual([]);
  return read.transactions.flatMap((t) => t.claims).map((c) => {
    const s = c.statuses[0]!;
    return [c.patientControlNumber, `${s.statuses[0]!.category}:${s.statuses[0]!.code}${s.statuses[0]!.entity ? `:${s.statuses[0]!.entity}` : ''}`, s.message];
  });
}

describe('the 277CA', () => {
  it('rejects what the data proves wrong, naming the field, and sends no 835 for it', () => {
    const unknown = adaClaim('J1', { subscriber: { ...adaClaim('J1').subscriber, memberId: 'SIM999999' } });
    const wrongBirth = adaClaim('J2', { subscriber: { ...adaClaim('J2').subscriber, birthDate: '1980-04-13' } });
    const future = adaClaim('J3', { lines: [line('99213', 15000, 'J3-1', { serviceDate: '2026-12-24' })] });
    const otherPayer = adaClaim('J4', { payer: { name: 'NOBODY', id: 'NOPAYER' } });
    const answer = processInterchange(x837([batchOf([unknown, wrongBirth, future, otherPayer, adaClaim('J5')])]), quietRules(), { seed: 1, now: NOW });
    expect(statusesOf(answer.ack277CA)).toEqual([
      ['J1', 'A7:164:IL', '2010BA NM109 member id SIM999999 not found'],
      ['J2', 'A7:158:QC', '2010BA DMG02 birth date does not match member SIM100001'],
      ['J3', 'A7:187', '2400 DTP 472 date of service 2026-12-24 is in the future'],
      ['J5', 'A2:20', undefined],
      // One 277CA transaction per billing provider and payer: the other payer's claim comes in the second.
      ['J4', 'A3:116:PR', '2010BB NM109 payer id NOPAYER is not a payer of this clearinghouse'],
    ]);
    expect(claimsOf(answer).map((c) => c.patientControlNumber)).toEqual(['J5']);
    expect(answer.outcomes.map((o) => o.stage)).toEqual(['rejected-277CA', 'rejected-277CA', 'rejected-277CA', 'rejected-277CA', 'adjudicated']);
  });

  it('rejects a billing NPI failing its check digit (the 999 accepts the file: it is valid X12)', () => {
    const text = x837([batchOf([adaClaim('P1')])]).replace('XX*1234567893', 'XX*1234567890');
    const answer = processInterchange(text, quietRules(), { seed: 1, now: NOW });
    expect(read999(answer.ack999).transactions[0]!.transactions[0]!.status).toBe('A');
    expect(statusesOf(answer.ack277CA)).toEqual([['P1', 'A7:562:85', '2010AA NM109 billing provider NPI 1234567890 fails the check digit']]);
    expect(answer.remit835).toEqual([]);
  });

  it('sends a payer id outside the rules to the fallback payer when there is one', () => {
    const answer = processInterchange(x837([batchOf([adaClaim('F1', { payer: { name: 'ANY PLAN', id: 'ANY1' }, subscriber: { ...adaClaim('F1').subscriber, memberId: 'X123' } })])]),
      quietRules({}, { fallback: { ...FALLBACK_PAYER, denials: [], rejections: [], reversal: undefined, plb: undefined } }), { seed: 1, now: NOW });
    expect(statusesOf(answer.ack277CA)[0]![1]).toBe('A2:20');
    expect(claimsOf(answer)[0]!.status).toBe('1');
  });

  it.each<[RejectionKind, string]>([
    ['invalid-member-id', 'A7:164:IL'], ['invalid-npi', 'A7:562:85'], ['invalid-birth-date', 'A7:158:QC'], ['invalid-service-date', 'A7:187'], ['unknown-payer', 'A3:116:PR'],
  ])('rejects by the rejection mix (%s at rate 1) a claim whose data is right', (kind, status) => {
    const answer = processInterchange(x837([batchOf([adaClaim('K1')])]), quietRules({ rejections: [{ kind, rate: 1 }] }), { seed: 1, now: NOW });
    expect(statusesOf(answer.ack277CA)[0]![1]).toBe(status);
    expect(answer.outcomes[0]).toMatchObject({ stage: 'rejected-277CA', rejection: { kind } });
  });
});

describe('the 999', () => {
  it('rejects a structurally bad transaction set with IK3/IK4/CTX and answers the good one', () => {
    const text = x837([batchOf([adaClaim('G1')]), batchOf([adaClaim('B1')])]).replace('CLM*B1*170*', 'CLM*B1*171*');
    const answer = processInterchange(text, quietRules(), { seed: 1, now: NOW });
    const read = read999(answer.ack999);
    expect(read.errors.filter((e) => e.severity === 'error')).toEqual([]);
    const ack = read.transactions[0]!;
    expect(ack).toMatchObject({ groupStatus: 'P', includedCount: 2, receivedCount: 2, acceptedCount: 1 });
    expect(ack.transactions.map((t) => [t.controlNumber, t.status, t.claimIds])).toEqual([['0001', 'A', []], ['0002', 'R', ['B1']]]);
    const bad = ack.transactions[1]!;
    expect(bad.errorCodes).toEqual(['5']);
    expect(bad.segmentErrors[0]).toMatchObject({ segmentId: 'CLM', code: '8', elementErrors: [{ position: 2, badValue: '171' }] });
    expect(statusesOf(answer.ack277CA).map((s) => s[0])).toEqual(['G1']);
    expect(answer.outcomes.find((o) => o.patientControlNumber === 'B1')).toMatchObject({ stage: 'rejected-999', transaction: '0002' });
  });

  it('rejects a transaction set whose SE01 count is wrong (IK502 4) and sends no 277CA when nothing is accepted', () => {
    const text = x837([batchOf([adaClaim('S1')])]).replace(/SE\*(\d+)\*0001/, (_, n: string) => `SE*${Number(n) + 1}*0001`);
    const answer = processInterchange(text, quietRules(), { seed: 1, now: NOW });
    const ack = read999(answer.ack999).transactions[0]!;
    expect(ack.groupStatus).toBe('R');
    expect(ack.transactions[0]).toMatchObject({ status: 'R', errorCodes: ['4'] });
    expect(answer.ack277CA).toBeUndefined();
    expect(answer.remit835).toEqual([]);
  });

  it('refuses a file that is not an X12 interchange', () => {
    expect(() => processInterchange('hello', quietRules(), { seed: 1, now: NOW })).toThrow(UnreadableInterchangeError);
  });
});
