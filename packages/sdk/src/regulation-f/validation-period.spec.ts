import { ValidationError } from '../errors/errors';
import { assumedReceiptDate, validationNoticeDueBy, validationPeriodEnd } from './validation-period';

describe('assumedReceiptDate and validationPeriodEnd', () => {
  it.each([
    // Mon Mar 4, 2024, no holiday: Tue 5 (1), Wed 6 (2), Thu 7 (3), Fri 8 (4), Mon 11 (5) → Mar 11; +30 → Apr 10.
    ['2024-03-04', [], '2024-03-11', '2024-04-10'],
    // Sat Mar 9, 2024: Mon 11 (1) … Fri 15 (5) → Mar 15; +30 → Apr 14.
    ['2024-03-09', [], '2024-03-15', '2024-04-14'],
    // Before Thanksgiving: Mon Nov 23, 2020: Tue 24 (1), Wed 25 (2), Thu 26 Thanksgiving, Fri 27 (3), Mon 30 (4),
    // Tue Dec 1 (5) → Dec 1; +30 → Dec 31, 2020.
    ['2020-11-23', [], '2020-12-01', '2020-12-31'],
    // Before Christmas and New Year: Tue Dec 24, 2024: Wed 25 Christmas, Thu 26 (1), Fri 27 (2), Mon 30 (3),
    // Tue 31 (4), Wed Jan 1 New Year's Day, Thu Jan 2 (5) → Jan 2, 2025; +30 → Feb 1, 2025.
    ['2024-12-24', [], '2025-01-02', '2025-02-01'],
    // Both observed on Fridays: Thu Dec 23, 2021: Fri 24 (Christmas, a Saturday, observed), Mon 27 (1), Tue 28 (2),
    // Wed 29 (3), Thu 30 (4), Fri 31 (New Year's Day 2022, a Saturday, observed), Mon Jan 3 (5) → Jan 3, 2022;
    // +30 → Feb 2, 2022.
    ['2021-12-23', [], '2022-01-03', '2022-02-02'],
    // Saturday July 4, 2020, observed Fri July 3: Mon Jun 29: Tue 30 (1), Wed Jul 1 (2), Thu 2 (3), Fri 3 holiday,
    // Mon 6 (4), Tue 7 (5) → Jul 7; +30 → Aug 6, 2020.
    ['2020-06-29', [], '2020-07-07', '2020-08-06'],
    // Saturday July 4, 2026, observed Fri July 3: Wed Jul 1: Thu 2 (1), Fri 3 holiday, Mon 6 (2), Tue 7 (3),
    // Wed 8 (4), Thu 9 (5) → Jul 9; +30 → Aug 8, 2026.
    ['2026-07-01', [], '2026-07-09', '2026-08-08'],
    // Sunday Juneteenth 2022, observed Mon June 20: Wed Jun 15: Thu 16 (1), Fri 17 (2), Mon 20 holiday, Tue 21 (3),
    // Wed 22 (4), Thu 23 (5) → Jun 23; +30 → Jul 23, 2022.
    ['2022-06-15', [], '2022-06-23', '2022-07-23'],
    // An extra closing (Thu Jan 9, 2025): Mon Jan 6: Tue 7 (1), Wed 8 (2), Thu 9 closed, Fri 10 (3), Mon 13 (4),
    // Tue 14 (5) → Jan 14; +30 → Feb 13, 2025. Without it Mon 13 would be day 5.
    ['2025-01-06', ['2025-01-09'], '2025-01-14', '2025-02-13'],
    ['2025-01-06', [], '2025-01-13', '2025-02-12'],
    // A leap February: Thu Feb 1, 2024: Fri 2 (1), Mon 5 (2), Tue 6 (3), Wed 7 (4), Thu 8 (5) → Feb 8;
    // +30 → Feb 8 + 21 = Feb 29, + 9 = Mar 9.
    ['2024-02-01', [], '2024-02-08', '2024-03-09'],
  ])('sent %s (extra %j): received %s, period ends %s', (sentOn, extra, receipt, end) => {
    expect(assumedReceiptDate(sentOn, extra)).toBe(receipt);
    expect(validationPeriodEnd(sentOn, extra)).toBe(end);
  });

  it('names a bad send date', () => {
    expect(() => validationPeriodEnd('2024-04-31')).toThrow(ValidationError);
    expect(() => validationPeriodEnd('04/01/2024')).toThrow('sentOn');
  });
});

describe('validationNoticeDueBy', () => {
  it.each([
    // Five calendar days after the initial communication, weekends included.
    ['2024-03-04', '2024-03-09'],
    ['2024-12-29', '2025-01-03'],
    ['2024-02-26', '2024-03-02'],
  ])('initial communication %s → notice by %s', (initial, due) => {
    expect(validationNoticeDueBy(initial)).toBe(due);
  });
});
