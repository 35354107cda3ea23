import { ValidationError } from '../errors/errors';
import { buildValidationNotice, type ValidationNoticeInput } from './validation-notice';

const input: ValidationNoticeInput = {
  collector: {
    name: 'Lakeside Recovery Services',
    address: ['PO Box 4410', 'Columbus, OH 43216'],
    phone: '(614) 555-0142',
    hours: 'Monday–Friday 9 a.m.–5 p.m. Eastern',
    electronicDisputeAddress: 'disputes@lakeside.example',
  },
  consumer: { name: 'Pat Example', address: ['12 Elm Street', 'Dayton, OH 45402'] },
  creditorName: 'Riverside Family Clinic',
  accountNumber: 'A-10042',
  sentOn: '2024-11-25',
  itemizationDate: '2024-06-30',
  itemization: { reference: 'last-statement', atItemizationCents: 223_456, interestCents: 0, feesCents: 2_500, paymentsCents: 5_000, creditsCents: 1_250 },
  // 223456 + 0 + 2500 − 5000 − 1250 = 219706
  amountNowCents: 219_706,
};

function issuesOf(change: Partial<ValidationNoticeInput> | Record<string, unknown>): { field: string; message: string }[] {
  try {
    buildValidationNotice({ ...input, ...change } as ValidationNoticeInput);
  } catch (error) {
    if (error instanceof ValidationError) return [...error.issues];
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('buildValidationNotice', () => {
  it('computes the validation period from the send date and lists the response form', () => {
    const notice = buildValidationNotice(input);
    // Mon Nov 25, 2024: Tue 26 (1), Wed 27 (2), Thu 28 Thanksgiving, Fri 29 (3), Mon Dec 2 (4), Tue Dec 3 (5)
    // → received Dec 3; +30 → Jan 2, 2025.
    expect(notice.assumedReceiptOn).toBe('2024-12-03');
    expect(notice.validationPeriodEndsOn).toBe('2025-01-02');
    expect(notice.reference).toBe('A-10042');
    expect(notice.debtDescription).toBe('an account for medical services');
    expect(notice.amountNowCents).toBe(219_706);
    expect(notice.itemization.reference).toBe('last-statement');
    expect(notice.responseOptions.map((option) => option.choice)).toEqual(['not-my-debt', 'amount-wrong', 'other-dispute', 'original-creditor', 'enclosed-payment']);
  });

  it('offers the Spanish form when asked, and counts extra holidays', () => {
    // With Fri Nov 29 closed as well: Tue 26 (1), Wed 27 (2), Mon Dec 2 (3), Tue 3 (4), Wed 4 (5) → Jan 3, 2025.
    const notice = buildValidationNotice({ ...input, offerSpanish: true, extraHolidays: ['2024-11-29'] });
    expect(notice.validationPeriodEndsOn).toBe('2025-01-03');
    expect(notice.responseOptions.at(-1)).toEqual({ choice: 'spanish-form', label: 'Quiero este formulario en español.' });
  });

  it.each<[string, Partial<ValidationNoticeInput> | Record<string, unknown>, string, RegExp]>([
    ['arithmetic that does not add up', { amountNowCents: 219_707 }, 'amountNowCents', /= 219706, not 219707/],
    ['a negative amount', { itemization: { ...input.itemization, feesCents: -2_500 } }, 'itemization.feesCents', /must not be negative/],
    ['fractions of a cent', { itemization: { ...input.itemization, interestCents: 0.5 } }, 'itemization.interestCents', /integer number of cents/],
    ['a negative amount now', { amountNowCents: -1 }, 'amountNowCents', /must not be negative/],
    ['nothing owed', { itemization: { ...input.itemization, atItemizationCents: 3_750 }, amountNowCents: 0 }, 'amountNowCents', /nothing is owed/],
    ['an unknown reference date', { itemization: { ...input.itemization, reference: 'placement' } }, 'itemization.reference', /last-statement, charge-off/],
    ['a send date that is not a date', { sentOn: '2024-11-31' }, 'sentOn', /YYYY-MM-DD/],
    ['an itemization date that is not a date', { itemizationDate: '30/06/2024' }, 'itemizationDate', /YYYY-MM-DD/],
    ['an itemization date after sending', { itemizationDate: '2024-11-26' }, 'itemizationDate', /after the send date 2024-11-25/],
    // Initial communication Nov 18 → due by Nov 23; sent Nov 25 is late.
    ['a notice later than 5 days after the initial communication', { initialCommunicationOn: '2024-11-18' }, 'sentOn', /by 2024-11-23/],
    ['a bad extra holiday', { extraHolidays: ['2024-11-29', 'Black Friday'] }, 'extraHolidays[1]', /YYYY-MM-DD/],
    ['no consumer address', { consumer: { name: 'Pat Example', address: [] } }, 'consumer.address', /one or more/],
    ['no creditor', { creditorName: ' ' }, 'creditorName', /required/],
    ['no collector phone', { collector: { ...input.collector, phone: '' } }, 'collector.phone', /required/],
  ])('refuses %s, naming the field', (_case, change, field, message) => {
    const issues = issuesOf(change);
    expect(issues).toContainEqual({ field, message: expect.stringMatching(message) });
  });

  it('accepts a notice sent within 5 days of the initial communication', () => {
    // Initial communication Nov 20 → due by Nov 25, the send date.
    expect(buildValidationNotice({ ...input, initialCommunicationOn: '2024-11-20' }).sentOn).toBe('2024-11-25');
  });

  it('names every bad field at once', () => {
    const fields = issuesOf({ sentOn: 'soon', amountNowCents: 1.5, accountNumber: '' }).map((issue) => issue.field);
    expect(fields).toEqual(['accountNumber', 'amountNowCents', 'sentOn']);
  });
});
