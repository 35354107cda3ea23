import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildValidationNotice, type ValidationNoticeInput } from '@openrcm/sdk';
import { renderValidationNoticePdf } from './validation-notice.pdf';

const input: ValidationNoticeInput = {
  collector: {
    name: 'Lakeside Recovery Services',
    address: ['PO Box 4410', 'Columbus, OH 43216'],
    phone: '(614) 555-0142',
    hours: 'Monday–Friday 9 a.m.–5 p.m. Eastern',
    electronicDisputeAddress: 'disputes@lakeside.example',
  },
  consumer: { name: 'Pat Example', address: ['12 Elm Street', 'Apartment 4', 'Dayton, OH 45402'] },
  creditorName: 'Riverside Family Clinic',
  accountNumber: 'A-10042',
  reference: 'LRS-77120',
  // Tue Dec 24, 2024: Wed 25 Christmas, Thu 26 (1), Fri 27 (2), Mon 30 (3), Tue 31 (4), Wed Jan 1 New Year's Day,
  // Thu Jan 2 (5) → assumed received Jan 2, 2025; + 30 days → the validation period ends February 1, 2025.
  sentOn: '2024-12-24',
  itemizationDate: '2024-06-30',
  itemization: { reference: 'last-statement', atItemizationCents: 223_456, interestCents: 7_500, feesCents: 2_500, paymentsCents: 4_000, creditsCents: 1_000 },
  // 2,234.56 + 75.00 + 25.00 − (40.00 + 10.00) = 2,284.56
  amountNowCents: 228_456,
  offerSpanish: true,
};

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'validation-notice-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The PDF's text: in drawing order with spaces collapsed (`raw`), or laid out as on the page (`layout`). */
async function pdfText(bytes: Uint8Array, mode: 'raw' | 'layout'): Promise<string> {
  const file = join(folder, `notice-${mode}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', [`-${mode}`, file, '-'], { encoding: 'utf8' });
  return mode === 'raw' ? text.replace(/\s+/g, ' ') : text;
}

describe('renderValidationNoticePdf', () => {
  it('prints the itemization date, every amount and the validation end date computed for the send date', async () => {
    const notice = buildValidationNotice(input);
    expect(notice.validationPeriodEndsOn).toBe('2025-02-01');
    const bytes = await renderValidationNoticePdf(notice);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = await pdfText(bytes, 'raw');

    expect(text).toContain('Lakeside Recovery Services is a debt collector. We are trying to collect a debt that you owe to Riverside Family Clinic. We will use any information you give us to help collect the debt.');
    expect(text).toContain('Our information shows:');
    expect(text).toContain('You had an account for medical services from Riverside Family Clinic with account number A-10042.');
    expect(text).toContain('As of June 30, 2024, you owed: $2,234.56');
    expect(text).toContain('Between June 30, 2024 and today:');
    expect(text).toContain('You were charged this amount in interest: + $75.00');
    expect(text).toContain('You were charged this amount in fees: + $25.00');
    // Payments and credits together: 40.00 + 10.00.
    expect(text).toContain('You paid or were credited this amount toward the debt: – $50.00');
    expect(text).toContain('Total amount of the debt now: $2,284.56');

    expect(text).toContain('How can you dispute the debt?');
    expect(text).toContain('Call or write to us by February 1, 2025, to dispute all or part of the debt.');
    expect(text).toContain('If you write to us by February 1, 2025, we must stop collection on any amount you dispute');
    expect(text).toContain('We accept disputes electronically at disputes@lakeside.example.');
    expect(text).toContain('What else can you do?');
    expect(text).toContain('If you write by February 1, 2025, we must stop collection until we send you that information.');
    expect(text).toContain('www.cfpb.gov/debt-collection');

    expect(text).toContain('How do you want to respond?');
    expect(text).toContain('I want to dispute the debt because I think: This is not my debt. The amount is wrong. Other (please describe on reverse or attach additional information).');
    expect(text).toContain('I want you to send me the name and address of the original creditor.');
    expect(text).toContain('I enclosed this amount: $ ____________');
    expect(text).toContain('Make your check payable to Lakeside Recovery Services. Include the reference number LRS-77120.');
    expect(text).toContain('Mail this form to: Lakeside Recovery Services PO Box 4410 Columbus, OH 43216');
    expect(text).toContain('Quiero este formulario en español.');
  });

  it('lays the page out like model form B-1: header, two columns, one page', async () => {
    const text = await pdfText(await renderValidationNoticePdf(buildValidationNotice(input)), 'layout');
    expect(text.split('\f').filter((page) => page.trim() !== '')).toHaveLength(1);
    expect(text).toMatch(/Lakeside Recovery Services +To: +Pat Example/);
    expect(text).toMatch(/Our information shows: +How can you dispute the debt\?/);
    expect(text).toMatch(/Reference: LRS-77120/);
  });

  it('prints the end date of another send date, and no Spanish offer unless asked', async () => {
    // Mon Jun 29, 2020 (no Juneteenth yet; July 4 a Saturday, observed Fri Jul 3): Tue 30 (1), Wed Jul 1 (2),
    // Thu 2 (3), Mon 6 (4), Tue 7 (5) → + 30 days → August 6, 2020.
    const notice = buildValidationNotice({ ...input, sentOn: '2020-06-29', itemizationDate: '2020-01-15', offerSpanish: false, collector: { ...input.collector, electronicDisputeAddress: undefined } });
    const text = await pdfText(await renderValidationNoticePdf(notice), 'raw');
    expect(text).toContain('Call or write to us by August 6, 2020, to dispute all or part of the debt.');
    expect(text).toContain('As of January 15, 2020, you owed: $2,234.56');
    expect(text).not.toContain('español');
    expect(text).not.toContain('electronically');
  });
});
