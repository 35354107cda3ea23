import { byCoverageOrder, dateRangeIssues, rangesOverlap, subscriberIssues } from './coverage.rules';

const today = '2026-11-30';
const address = { line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62701' };

describe('coverage rules', () => {
  it('takes no subscriber when the patient is the subscriber (18)', () => {
    expect(subscriberIssues('18', undefined, today)).toEqual([]);
    expect(subscriberIssues('18', { firstName: 'Ann' }, today)).toEqual([
      { field: 'subscriber', message: 'must be left out when the patient is the subscriber (relationship 18)' },
    ]);
  });

  it('takes a dependent\'s subscriber from a claim file without the birth date and sex an 837P does not carry', () => {
    expect(subscriberIssues('19', { firstName: 'Jorge', lastName: 'Lopez', address }, today, true)).toEqual([]);
    expect(subscriberIssues('19', { firstName: 'Jorge', lastName: 'Lopez' }, today, true)).toEqual([
      { field: 'subscriber.address', message: 'required when the subscriber is not the patient (relationship 19)' },
    ]);
  });

  it('names every missing subscriber field for another relationship', () => {
    expect(subscriberIssues('19', { firstName: 'Ann', sex: 'F' }, today)).toEqual([
      { field: 'subscriber.lastName', message: 'required when the subscriber is not the patient (relationship 19)' },
      { field: 'subscriber.birthDate', message: 'required when the subscriber is not the patient (relationship 19)' },
      { field: 'subscriber.address', message: 'required when the subscriber is not the patient (relationship 19)' },
    ]);
    expect(subscriberIssues('G8', undefined, today).map((issue) => issue.field)).toEqual([
      'subscriber.firstName',
      'subscriber.lastName',
      'subscriber.birthDate',
      'subscriber.sex',
      'subscriber.address',
    ]);
    expect(subscriberIssues('01', { firstName: 'Ann', lastName: 'Lee', birthDate: '1970-05-01', sex: 'F', address }, today)).toEqual([]);
    expect(subscriberIssues('01', { firstName: 'Ann', lastName: 'Lee', birthDate: '2027-05-01', sex: 'F', address }, today)).toEqual([
      { field: 'subscriber.birthDate', message: 'must not be in the future' },
    ]);
  });

  it('refuses an end before the start', () => {
    expect(dateRangeIssues('2026-01-01', '2025-12-31', 'effectiveTo')).toEqual([{ field: 'effectiveTo', message: 'must be on or after 2026-01-01' }]);
    expect(dateRangeIssues('2026-01-01', '2026-01-01', 'effectiveTo')).toEqual([]);
    expect(dateRangeIssues('2026-01-01', null, 'effectiveTo')).toEqual([]);
  });

  it('finds overlapping inclusive ranges, open ends included', () => {
    expect(rangesOverlap({ from: '2026-01-01', to: '2026-06-30' }, { from: '2026-06-30', to: null })).toBe(true);
    expect(rangesOverlap({ from: '2026-01-01', to: '2026-06-30' }, { from: '2026-07-01', to: null })).toBe(false);
    expect(rangesOverlap({ from: '2026-07-01', to: null }, { from: '2025-01-01', to: '2026-06-30' })).toBe(false);
    expect(rangesOverlap({ from: '2026-07-01', to: null }, { from: '2020-01-01', to: null })).toBe(true);
  });

  it('orders primary, secondary, tertiary', () => {
    const sorted = [{ order: 'tertiary' as const }, { order: 'primary' as const }, { order: 'secondary' as const }].sort(byCoverageOrder);
    expect(sorted.map((coverage) => coverage.order)).toEqual(['primary', 'secondary', 'tertiary']);
  });
});
