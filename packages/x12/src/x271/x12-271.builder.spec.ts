import { ENVELOPE } from '../../test/fixtures/x837p.fixture';
import { write271, type EligibilityResponse271Input } from './x12-271.builder';
import { read271 } from './x12-271.reader';

const HEADER = {
  referenceId: 'Q1', createdDate: '2026-01-15', createdTime: '10:00',
  payer: { name: 'ACME', id: '12345' }, provider: { entityType: '2' as const, lastName: 'GOOD CLINIC', npi: '1234567893' },
};

describe('write271', () => {
  it('writes an active coverage that read271 reads back: dates, amounts, percent, network, messages, trace', () => {
    const input: EligibilityResponse271Input = {
      ...HEADER,
      subscriber: {
        lastName: 'DOE', firstName: 'JOHN', memberId: 'M123', birthDate: '1970-01-01', sex: 'M', traceNumber: 'T-1', traceOriginator: '9123456789',
        dates: [{ qualifier: '346', date: '2026-01-01' }, { qualifier: '347', date: '2026-12-31' }],
        benefits: [
          { info: '1', coverageLevel: 'IND', serviceTypes: ['30', '98'], planDescription: 'GOLD PLAN' },
          { info: 'B', coverageLevel: 'IND', serviceTypes: ['98'], timePeriod: '27', amountCents: 2500, inNetwork: 'Y' },
          { info: 'A', coverageLevel: 'IND', serviceTypes: ['98'], percent: 0.2, inNetwork: 'Y', messages: ['AFTER DEDUCTIBLE'] },
          { info: 'C', coverageLevel: 'IND', serviceTypes: ['30'], timePeriod: '29', amountCents: 45050, inNetwork: 'Y', dates: [{ qualifier: '291', date: '2026-01-01', endDate: '2026-12-31' }] },
        ],
      },
    };
    const { transactions, errors } = read271(write271([input], ENVELOPE, { interchange: 1, group: 1, transaction: 1 }));
    expect(errors).toEqual([]);
    const sub = transactions[0]!.subscribers[0]!;
    expect(sub).toMatchObject({ name: { lastName: 'DOE', id: 'M123' }, birthDate: '1970-01-01', traces: [{ typeCode: '2', number: 'T-1', originatorId: '9123456789' }] });
    expect(sub.dates).toEqual([{ qualifier: '346', date: '2026-01-01' }, { qualifier: '347', date: '2026-12-31' }]);
    expect(sub.benefits.map((b) => [b.info, b.serviceTypes, b.timePeriod, b.amountCents, b.percent, b.inNetwork, b.messages])).toEqual([
      ['1', ['30', '98'], undefined, undefined, undefined, undefined, []],
      ['B', ['98'], '27', 2500, undefined, 'Y', []],
      ['A', ['98'], undefined, undefined, 0.2, 'Y', ['AFTER DEDUCTIBLE']],
      ['C', ['30'], '29', 45050, undefined, 'Y', []],
    ]);
    expect(sub.benefits[3]!.dates).toEqual([{ qualifier: '291', date: '2026-01-01', endDate: '2026-12-31' }]);
  });

  it('writes AAA rejections at the member and at the information source', () => {
    const member = write271([{ ...HEADER, subscriber: { lastName: 'DOE', memberId: 'X', errors: [{ validRequest: 'N', rejectReason: '72', followUp: 'C' }] } }], ENVELOPE, { interchange: 2, group: 2, transaction: 1 });
    expect(read271(member).transactions[0]!.subscribers[0]!.errors).toEqual([{ validRequest: 'N', rejectReason: '72', followUp: 'C' }]);
    const source = write271([{ ...HEADER, sourceErrors: [{ validRequest: 'Y', rejectReason: '42', followUp: 'R' }] }], ENVELOPE, { interchange: 3, group: 3, transaction: 1 });
    const read = read271(source);
    expect(read.errors).toEqual([]);
    expect(read.transactions[0]!.source.errors).toEqual([{ validRequest: 'Y', rejectReason: '42', followUp: 'R' }]);
    expect(read.transactions[0]!.subscribers).toEqual([]);
  });

  it('writes a dependent with its relationship under the subscriber', () => {
    const text = write271([{ ...HEADER, subscriber: { lastName: 'DOE', memberId: 'M1' }, dependent: { lastName: 'DOE', firstName: 'KID', relationship: '19', benefits: [{ info: '6' }] } }], ENVELOPE, { interchange: 4, group: 4, transaction: 1 });
    const sub = read271(text).transactions[0]!.subscribers[0]!;
    expect(sub.dependents[0]).toMatchObject({ level: 'dependent', relationship: '19', name: { firstName: 'KID' }, benefits: [{ info: '6' }] });
  });
});
