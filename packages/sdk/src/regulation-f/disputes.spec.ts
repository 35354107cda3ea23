import { ValidationError } from '../errors/errors';
import { disputeEffect, recordsKeptUntil, type DebtDispute } from './disputes';

// The validation period of a notice sent Mon Nov 25, 2024 ends Jan 2, 2025 (see validation-period.spec.ts).
const PERIOD_ENDS = '2025-01-02';

describe('disputeEffect', () => {
  it.each<[string, DebtDispute, string, { stopped: boolean; cents: number }]>([
    ['a letter received within the validation period', { medium: 'paper', receivedOn: '2024-12-10', disputedCents: 219_706 }, '2024-12-11', { stopped: true, cents: 219_706 }],
    ['an email received on the last day, disputing part', { medium: 'electronic', receivedOn: '2025-01-02', disputedCents: 2_500 }, '2025-01-03', { stopped: true, cents: 2_500 }],
    ['a letter received the day after the period', { medium: 'paper', receivedOn: '2025-01-03', disputedCents: 219_706 }, '2025-01-03', { stopped: false, cents: 0 }],
    ['a phone call within the period', { medium: 'oral', receivedOn: '2024-12-10', disputedCents: 219_706 }, '2024-12-11', { stopped: false, cents: 0 }],
    ['a written dispute once verification was sent', { medium: 'paper', receivedOn: '2024-12-10', disputedCents: 219_706, verificationSentOn: '2024-12-20' }, '2024-12-20', { stopped: false, cents: 0 }],
    ['a written dispute the day before verification is sent', { medium: 'paper', receivedOn: '2024-12-10', disputedCents: 219_706, verificationSentOn: '2024-12-20' }, '2024-12-19', { stopped: true, cents: 219_706 }],
  ])('%s', (_case, dispute, asOf, expected) => {
    const effect = disputeEffect(dispute, PERIOD_ENDS, asOf);
    expect({ stopped: effect.collectionStopped, cents: effect.stoppedCents }).toEqual(expected);
    expect(effect.reportAsDisputed).toBe(true);
    expect(effect.reason).not.toHaveLength(0);
  });

  it('says an oral dispute is reported as disputed', () => {
    expect(disputeEffect({ medium: 'oral', receivedOn: '2024-12-10', disputedCents: 100 }, PERIOD_ENDS, '2024-12-10').reason).toMatch(/oral dispute does not stop collection; report the debt as disputed/);
  });

  it.each<[string, DebtDispute, string]>([
    ['an unknown medium', { medium: 'fax' as never, receivedOn: '2024-12-10', disputedCents: 100 }, 'medium'],
    ['no amount', { medium: 'paper', receivedOn: '2024-12-10', disputedCents: 0 }, 'disputedCents'],
    ['a bad date', { medium: 'paper', receivedOn: '12/10/2024', disputedCents: 100 }, 'receivedOn'],
  ])('refuses %s, naming the field', (_case, dispute, field) => {
    expect(() => disputeEffect(dispute, PERIOD_ENDS, '2024-12-11')).toThrow(ValidationError);
    expect(() => disputeEffect(dispute, PERIOD_ENDS, '2024-12-11')).toThrow(`${field}:`);
  });
});

describe('recordsKeptUntil', () => {
  it.each([
    ['2024-05-17', '2027-05-17'],
    ['2022-12-31', '2025-12-31'],
    // February 29 plus three years: there is no 2027-02-29, so the records are kept to March 1.
    ['2024-02-29', '2027-03-01'],
  ])('last activity %s → kept until %s', (last, until) => {
    expect(recordsKeptUntil(last)).toBe(until);
  });

  it('names a bad date', () => {
    expect(() => recordsKeptUntil('yesterday')).toThrow('lastActivityOn');
  });
});
