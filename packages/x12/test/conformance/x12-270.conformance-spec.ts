import { read270, write270 } from '../../src';
import { allSamples, sample } from './samples';

const inquiries = allSamples().filter((path) => /(^|\/)270_[^/]+\.x12$/.test(path));
const ENVELOPE = { sender: { qualifier: 'ZZ', id: 'OPENRCM' }, receiver: { qualifier: 'ZZ', id: 'PAYER' }, date: '2026-01-15', time: '10:00' };

describe('270 samples', () => {
  it('are in the corpus', () => {
    expect(inquiries.length).toBeGreaterThanOrEqual(4);
  });

  it.each(inquiries)('%s reads without error and round-trips through write270', (path) => {
    const { transactions, errors } = read270(sample(path));
    expect(errors.filter((e) => e.severity === 'error')).toEqual([]);
    expect(transactions).toHaveLength(1);
    const inquiry = transactions[0]!;
    expect(inquiry.traceNumber).toBe('93175-012547');
    expect(inquiry.subscriber.memberId).toMatch(/^\d+$/);
    expect(inquiry.serviceTypes?.length).toBeGreaterThan(0);
    expect(read270(write270([inquiry], ENVELOPE, { interchange: 1, group: 1, transaction: 1 })).transactions).toEqual([inquiry]);
  });
});
