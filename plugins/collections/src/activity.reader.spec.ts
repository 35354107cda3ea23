import { readActivityFile } from './activity.reader';
import { CSV_LAYOUT, FIXED_WIDTH_LAYOUT } from './layouts';

const TODAY = '2026-03-15';
const HEADER = 'account_number,kind,amount,fee,date,reference,note';
const csvFile = (...rows: string[]) => Buffer.from([HEADER, ...rows].map((row) => `${row}\r\n`).join(''), 'utf8');

/** A fixed-width activity record from its seven fields, each padded to its width (money and dates as given). */
const fw = (account: string, kind: string, amount: string, fee: string, date: string, reference: string, note = '') =>
  account.padEnd(20) + kind.padEnd(10) + amount.padEnd(12) + fee.padEnd(12) + date.padEnd(8) + reference.padEnd(30) + note.padEnd(80);
const fwFile = (...rows: string[]) => Buffer.from(rows.map((row) => `${row}\r\n`).join(''), 'latin1');

const read = (layout: typeof CSV_LAYOUT, content: Buffer) => readActivityFile(layout, { fileName: 'activity-1.csv', content }, TODAY);

describe('reading agency activity files', () => {
  it('reads a CSV file into one activity per record, amounts and fees in cents, with the line each came from', () => {
    const outcome = read(CSV_LAYOUT, csvFile(
      'PA-1001,payment,452.50,113.13,2026-03-10,AG-1,paid in full',
      'PA-1002,dispute,120.00,0.00,2026-03-11,AG-2,"disputes the balance, in writing"',
      'PA-1003,bankruptcy,0.00,0.00,2026-03-12,AG-3,',
    ));
    expect(outcome).toEqual({
      status: 'read', fileName: 'activity-1.csv',
      activity: [
        { accountNumber: 'PA-1001', kind: 'payment', amountCents: 45_250, agencyFeeCents: 11_313, occurredOn: '2026-03-10', reference: 'AG-1', note: 'paid in full', source: { fileName: 'activity-1.csv', line: 2 } },
        { accountNumber: 'PA-1002', kind: 'dispute', amountCents: 12_000, agencyFeeCents: 0, occurredOn: '2026-03-11', reference: 'AG-2', note: 'disputes the balance, in writing', source: { fileName: 'activity-1.csv', line: 3 } },
        { accountNumber: 'PA-1003', kind: 'bankruptcy', amountCents: 0, agencyFeeCents: 0, occurredOn: '2026-03-12', reference: 'AG-3', source: { fileName: 'activity-1.csv', line: 4 } },
      ],
    });
  });

  it('reads the same activity from a fixed-width file', () => {
    const outcome = read(FIXED_WIDTH_LAYOUT, fwFile(
      fw('PA-1001', 'payment', '000000045250', '000000011313', '20260310', 'AG-1', 'paid in full'),
      fw('PA-1002', 'deceased', '000000000000', '000000000000', '20260311', 'AG-2'),
    ));
    expect(outcome.status === 'read' && outcome.activity.map((a) => [a.accountNumber, a.kind, a.amountCents, a.agencyFeeCents, a.occurredOn, a.reference, a.note, a.source?.line]))
      .toEqual([['PA-1001', 'payment', 45_250, 11_313, '2026-03-10', 'AG-1', 'paid in full', 1], ['PA-1002', 'deceased', 0, 0, '2026-03-11', 'AG-2', undefined, 2]]);
  });

  it('reads a header-only CSV file and an empty fixed-width file as no activity, and accepts LF line breaks and a byte order mark', () => {
    expect(read(CSV_LAYOUT, csvFile())).toEqual({ status: 'read', fileName: 'activity-1.csv', activity: [] });
    expect(read(FIXED_WIDTH_LAYOUT, Buffer.alloc(0))).toEqual({ status: 'read', fileName: 'activity-1.csv', activity: [] });
    const lf = Buffer.from(`\uFEFF${HEADER}\nPA-1,payment,1.00,0.00,2026-03-01,R1,\n`, 'utf8');
    expect(read(CSV_LAYOUT, lf)).toMatchObject({ status: 'read', activity: [{ accountNumber: 'PA-1', amountCents: 100 }] });
  });

  const good = 'PA-1,payment,10.00,2.50,2026-03-01,R1,';
  it.each([
    ['a bad kind', 'PA-2,refund,10.00,0.00,2026-03-01,R2,', 'line 3, kind', 'must be one of payment, adjustment, return, dispute, bankruptcy, deceased'],
    ['an amount with one decimal', 'PA-2,payment,10.5,0.00,2026-03-01,R2,', 'line 3, amount', 'is not an amount: expected a decimal with two places and no sign, like 125.00'],
    ['a negative amount', 'PA-2,adjustment,-10.00,0.00,2026-03-01,R2,', 'line 3, amount', 'is not an amount: expected a decimal with two places and no sign, like 125.00'],
    ['a dollar sign', 'PA-2,payment,$10.00,0.00,2026-03-01,R2,', 'line 3, amount', 'is not an amount: expected a decimal with two places and no sign, like 125.00'],
    ['a zero payment', 'PA-2,payment,0.00,0.00,2026-03-01,R2,', 'line 3, amount', 'must be more than zero for a payment'],
    ['a fee above the amount', 'PA-2,payment,10.00,10.01,2026-03-01,R2,', 'line 3, fee', 'is more than the amount'],
    ['a fee on a dispute', 'PA-2,dispute,10.00,1.00,2026-03-01,R2,', 'line 3, fee', 'only a payment carries a fee'],
    ['a date that does not exist', 'PA-2,payment,10.00,0.00,2026-02-30,R2,', 'line 3, date', 'is not a date: expected a date written YYYY-MM-DD'],
    ['a US-style date', 'PA-2,payment,10.00,0.00,03/01/2026,R2,', 'line 3, date', 'is not a date: expected a date written YYYY-MM-DD'],
    ['a date after today', 'PA-2,payment,10.00,0.00,2026-03-16,R2,', 'line 3, date', 'is after today'],
    ['a missing account number', ',payment,10.00,0.00,2026-03-01,R2,', 'line 3, account_number', 'is missing'],
    ['a missing reference', 'PA-2,payment,10.00,0.00,2026-03-01,,', 'line 3, reference', 'is missing'],
    ['a repeated reference', 'PA-2,payment,10.00,0.00,2026-03-01,R1,', 'line 3, reference', 'repeats the reference of line 2'],
    ['a field too many', 'PA-2,payment,10.00,0.00,2026-03-01,R2,,extra', 'line 3', 'has 8 fields; a record has 7'],
    ['a field too few', 'PA-2,payment,10.00,0.00,2026-03-01,R2', 'line 3', 'has 6 fields; a record has 7'],
    ['an unclosed quote', 'PA-2,payment,10.00,0.00,2026-03-01,R2,"note', 'line 3', 'field 7 opens a quote that is not closed on this line'],
    ['a blank line', '', 'line 3', 'is blank'],
  ])('refuses the whole file for %s, naming the line and field', (_case, row, field, message) => {
    expect(read(CSV_LAYOUT, csvFile(good, row))).toEqual({ status: 'refused', fileName: 'activity-1.csv', issues: [{ field, message }] });
  });

  it('refuses a CSV file without its header, or with bytes that are not UTF-8, naming the line', () => {
    expect(read(CSV_LAYOUT, Buffer.from(`${good}\r\n`))).toEqual({ status: 'refused', fileName: 'activity-1.csv', issues: [{ field: 'line 1', message: `must be the header ${HEADER}` }] });
    const latin1 = Buffer.concat([csvFile(good), Buffer.from('PA-2,payment,1.00,0.00,2026-03-01,R2,Pe\xf1a\r\n', 'latin1')]);
    expect(read(CSV_LAYOUT, latin1)).toMatchObject({ status: 'refused', issues: [{ field: 'line 3', message: 'is not UTF-8 text' }] });
  });

  const fwGood = fw('PA-1', 'payment', '000000001000', '000000000250', '20260301', 'R1');
  it.each([
    ['a short record', fwGood.slice(0, 171), 'line 2', 'is 171 characters long; a record is 172'],
    ['a long record', `${fwGood} `, 'line 2', 'is 173 characters long; a record is 172'],
    ['a decimal amount', fw('PA-2', 'payment', '10.00', '000000000000', '20260301', 'R2'), 'line 2, amount', 'is not an amount: expected twelve digits of cents, zero-padded, like 000000012500'],
    ['a blank fee', fw('PA-2', 'payment', '000000001000', '', '20260301', 'R2'), 'line 2, fee', 'is not an amount: expected twelve digits of cents, zero-padded, like 000000012500'],
    ['an ISO date', fw('PA-2', 'payment', '000000001000', '000000000000', '2026-03-01', 'R2').slice(0, 172), 'line 2, date', 'is not a date: expected a date written YYYYMMDD'],
    ['a right-aligned account number', fw('  PA-2', 'payment', '000000001000', '000000000000', '20260301', 'R2'), 'line 2, account_number', 'must not start or end with spaces'],
    ['a non-ASCII character', fw('PA-2', 'payment', '000000001000', '000000000000', '20260301', 'R2', 'Pe\xf1a'), 'line 2', 'column 95 is not printable ASCII'],
  ])('refuses a fixed-width file with %s, naming the line and field', (_case, row, field, message) => {
    expect(read(FIXED_WIDTH_LAYOUT, fwFile(fwGood, row))).toEqual({ status: 'refused', fileName: 'activity-1.csv', issues: [{ field, message }] });
  });

  it('lists every issue of every line, in line order', () => {
    const outcome = read(CSV_LAYOUT, csvFile('PA-1,payment,10.00,0.00,2026-03-01,R1,', 'PA-2,refund,1.0,0.00,2026-13-01,R1,', 'PA-3,payment,5.00,6.00,2026-03-01,R3,'));
    expect(outcome).toEqual({
      status: 'refused', fileName: 'activity-1.csv',
      issues: [
        { field: 'line 3, kind', message: 'must be one of payment, adjustment, return, dispute, bankruptcy, deceased' },
        { field: 'line 3, amount', message: 'is not an amount: expected a decimal with two places and no sign, like 125.00' },
        { field: 'line 3, date', message: 'is not a date: expected a date written YYYY-MM-DD' },
        { field: 'line 3, reference', message: 'repeats the reference of line 2' },
        { field: 'line 4, fee', message: 'is more than the amount' },
      ],
    });
  });

  it('lists at most 100 issues and says how many more there were', () => {
    const rows = Array.from({ length: 120 }, (_, i) => `PA-${i},refund,1.00,0.00,2026-03-01,R${i},`);
    const outcome = read(CSV_LAYOUT, csvFile(...rows));
    expect(outcome.status === 'refused' && [outcome.issues.length, outcome.issues[100]]).toEqual([101, { field: 'file', message: '20 more issues not listed' }]);
  });
});
