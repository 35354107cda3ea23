import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, expectAccessible, launchChromium, screenshot } from './browser';
import { randomNpi } from './npi';
import { adminPage, apiCall, firstOrganizationId } from './session';

/**
 * Issue #10, the front desk of a clinic without an EHR feed: a patient registered with a guarantor and a coverage,
 * an appointment scheduled and checked in, the eligibility answer (on embedded defaults no eligibility plugin is
 * installed, so the payer has no connector: the screen says so and the answer heard by phone is recorded), the
 * expected responsibility, a $25.00 copay taken at the desk and the patient's balance showing it as credit.
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let organizationId = '';
const PAYER = { name: 'Front Desk Mutual', payerId: 'FDMUT1' };

/** Today as the browser's local calendar date (the appointments screen's default). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

beforeAll(async () => {
  browser = await launchChromium();
  ({ context, page } = await adminPage(browser));
  pageErrors = collectPageErrors(page);
  organizationId = await firstOrganizationId(page);
  const base = `/api/organizations/${organizationId}`;
  await apiCall(page, 'POST', `${base}/locations`, { name: 'Lakeside Clinic', npi: null, addressLine1: '1 Lake Rd', addressLine2: null, city: 'Madison', state: 'WI', zip: '53703', phone: '6085550100', placeOfServiceCode: '11', active: true });
  await apiCall(page, 'POST', `${base}/providers`, { kind: 'organization', name: 'Lakeside Family Practice', npi: randomNpi(), taxId: '39-1234567' });
  await apiCall(page, 'POST', `${base}/providers`, { kind: 'individual', name: 'Nakamura', firstName: 'Emi', npi: randomNpi(), taxonomy: '207Q00000X' });
  await apiCall(page, 'POST', `${base}/payers`, { ...PAYER, claimFilingIndicator: 'CI' });
  // An earlier registration of the same person, so the new one is flagged as a possible duplicate.
  await apiCall(page, 'POST', `${base}/patients`, { firstName: 'Grace', lastName: 'Hopper', birthDate: '1986-12-09', sex: 'F' });
});

afterEach(async (test) => {
  if (test.task.result?.state === 'fail') await screenshot(page, `failed-front-desk-${test.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('front desk', () => {
  it('registers a patient and sets the guarantor and a coverage on the patient page, with possible duplicates flagged', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patients' }).click();
    const form = page.getByRole('form', { name: 'Register a patient' });
    await form.getByLabel('First name').fill('Grace');
    await form.getByLabel('Last name').fill('Hopper');
    await form.getByLabel('Birth date').fill('1986-12-09');
    await form.getByLabel('Sex').selectOption('F');
    await form.getByRole('button', { name: 'Register' }).click();
    await page.getByRole('dialog', { name: 'Possible duplicate patient' }).getByRole('button', { name: 'Register a different person' }).click();
    await page.getByRole('status').getByRole('link', { name: 'Hopper, Grace (1986-12-09)' }).click();

    await page.getByRole('heading', { name: 'Hopper, Grace', level: 1 }).waitFor();
    const duplicates = page.getByRole('status').filter({ hasText: 'Possible duplicate registrations' });
    await duplicates.getByRole('link', { name: /Hopper, Grace \(1986-12-09/ }).waitFor();
    await page.getByText('No guarantor is set').waitFor();
    await page.getByText('No coverage on file').waitFor();
    await expectAccessible(page, 'front desk patient page');
    await screenshot(page, 'front-desk-01-patient');

    await page.getByRole('button', { name: 'Set guarantor' }).click();
    const guarantor = page.getByRole('form', { name: 'Guarantor' });
    await guarantor.getByLabel('Relationship to the patient').selectOption('parent');
    await guarantor.getByLabel('Guarantor first name').fill('Walter');
    await guarantor.getByLabel('Guarantor last name').fill('Hopper');
    await guarantor.getByLabel('Street address').fill('14 Elm St');
    await guarantor.getByLabel('City').fill('Madison');
    await guarantor.getByLabel('State').fill('WI');
    await guarantor.getByLabel('ZIP code').fill('53703');
    await guarantor.getByLabel('Phone').fill('608-555-0199');
    await expectAccessible(page, 'front desk guarantor form');
    await guarantor.getByRole('button', { name: 'Save guarantor' }).click();
    await page.getByText('Walter Hopper (parent) · 14 Elm St, Madison WI 53703 · 608-555-0199').waitFor();

    await page.getByRole('button', { name: 'Add a coverage' }).click();
    const coverage = page.getByRole('form', { name: 'Add a coverage' });
    await coverage.getByLabel('Payer').selectOption({ label: `${PAYER.name} (${PAYER.payerId})` });
    await coverage.getByLabel('Member id').fill('FDM-778812');
    await coverage.getByLabel('Group number').fill('G-100');
    await coverage.getByLabel('In effect from').fill('2026-01-01');
    await expectAccessible(page, 'front desk coverage form');
    await screenshot(page, 'front-desk-02-coverage-form');
    await coverage.getByRole('button', { name: 'Add coverage' }).click();
    const coverages = page.getByRole('table', { name: 'Coverages' });
    await coverages.getByRole('cell', { name: PAYER.name, exact: true }).waitFor();
    expect(await coverages.locator('tbody tr').first().innerText()).toMatch(/primary\s+…8812\s+Self \(18\)\s+G-100\s+2026-01-01 to open\s+active/);

    await page.getByRole('button', { name: `Change the primary coverage with ${PAYER.name}` }).click();
    const change = page.getByRole('form', { name: 'Change the coverage' });
    await change.getByLabel('Plan name').fill('Choice PPO');
    await change.getByRole('button', { name: 'Save coverage' }).click();
    await coverages.getByRole('cell', { name: 'G-100 / Choice PPO', exact: true }).waitFor();
    await page.getByRole('table', { name: 'Balance by party' }).waitFor();
    await expectAccessible(page, 'front desk patient page with coverage');
    await screenshot(page, 'front-desk-03-patient-registered');
  });

  it('schedules an appointment for the patient and lists it with the day', async () => {
    await page.getByRole('link', { name: 'Schedule an appointment' }).click();
    const form = page.getByRole('form', { name: 'Schedule an appointment' });
    await expect.poll(() => form.getByRole('combobox', { name: /^Patient( \*)?$/ }).inputValue()).not.toBe('');
    await form.getByLabel('Location').selectOption({ label: 'Lakeside Clinic' });
    await form.getByLabel('Billing provider').selectOption({ label: 'Lakeside Family Practice' });
    await form.getByLabel('Rendering provider').selectOption({ label: 'Emi Nakamura' });
    await form.getByLabel('Date').fill(today());
    await form.getByLabel('Time').fill('09:30');
    await form.getByLabel('Reason for the visit').fill('Annual physical');
    await form.getByRole('button', { name: 'Schedule' }).click();
    await page.getByRole('status').filter({ hasText: `Scheduled for ${today()}` }).waitFor();

    const day = page.getByRole('table', { name: 'Appointments' });
    const row = day.locator('tbody tr').filter({ hasText: 'Annual physical' });
    await row.getByRole('link', { name: 'Hopper, Grace' }).waitFor();
    expect(await row.innerText()).toMatch(/9:30\s*AM\s+Hopper, Grace\s+Emi Nakamura\s+Lakeside Clinic\s+Annual physical\s+scheduled\s+Check in/);
    await page.getByLabel('Clinician').selectOption({ label: 'Emi Nakamura' });
    await row.waitFor();
    await expectAccessible(page, 'front desk appointments');
    await screenshot(page, 'front-desk-04-appointments');
    await row.getByRole('link', { name: 'Check in' }).click();
  });

  it('checks the patient in, shows the eligibility answer and records the expected responsibility', async () => {
    await page.getByRole('heading', { name: 'Appointment: Hopper, Grace' }).waitFor();
    await page.getByText('State: scheduled').waitFor();
    await expectAccessible(page, 'front desk appointment');
    await page.getByRole('button', { name: 'Check in' }).click();
    await page.getByText('State: checked-in').waitFor();

    await page.getByRole('button', { name: 'Check eligibility now' }).click();
    const noConnector = page.getByRole('status').filter({ hasText: 'No answer from the payer' });
    await noConnector.getByText(`${PAYER.name} has no eligibility connector`).waitFor();
    await expectAccessible(page, 'front desk eligibility without connector');
    await screenshot(page, 'front-desk-05-no-eligibility-connector');

    const answer = page.getByRole('form', { name: 'Record an eligibility answer' });
    await answer.getByLabel('Checked by').selectOption('phone');
    await answer.getByLabel('Answer').selectOption('active');
    await answer.getByLabel('Copay ($)').fill('25.00');
    await answer.getByLabel('Deductible remaining ($)').fill('500.00');
    await answer.getByLabel('Call reference').fill('CALL-7781');
    await answer.getByRole('button', { name: 'Record answer' }).click();
    const result = page.getByRole('status', { name: `Coverage active — ${PAYER.name}` });
    await result.getByText('Copay: $25.00').waitFor();
    await result.getByText('Deductible remaining: $500.00').waitFor();
    await result.getByText(/by phone/).waitFor();

    const responsibility = page.getByRole('form', { name: 'Patient responsibility' });
    await expect.poll(() => responsibility.getByLabel('Expected patient responsibility ($)').inputValue()).toBe('25.00');
    await responsibility.getByRole('button', { name: 'Save estimate' }).click();
    await page.getByLabel('Expected patient responsibility', { exact: true }).filter({ hasText: 'Expected patient responsibility: $25.00 (verbal' }).waitFor();
    await expectAccessible(page, 'front desk check-in');
    await screenshot(page, 'front-desk-06-checked-in');
  });

  it('takes a $25.00 copay at the desk and shows it on the patient balance as credit', async () => {
    const payment = page.getByRole('form', { name: 'Take a payment' });
    await payment.getByLabel('Amount ($)').fill('0');
    await payment.getByRole('button', { name: 'Record payment' }).click();
    await payment.getByText('The amount must be more than $0.00').waitFor();
    await payment.getByLabel('Method').selectOption('check');
    await payment.getByLabel('Amount ($)').fill('25.00');
    await payment.getByRole('button', { name: 'Record payment' }).click();
    await payment.getByText('Enter the check number').waitFor();
    await expectAccessible(page, 'front desk payment form errors');
    await payment.getByLabel('Method').selectOption('cash');
    await payment.getByRole('button', { name: 'Record payment' }).click();

    await page.getByRole('status').filter({ hasText: "Recorded $25.00 (cash). It is held as the patient's credit until the visit's charges are owed." }).waitFor();
    const taken = page.getByRole('table', { name: 'Payments taken at this visit' });
    expect(await taken.locator('tbody tr').first().innerText()).toMatch(/\$25\.00\s+cash\s+—\s+\$25\.00/);
    const balance = page.getByRole('table', { name: 'Balance by party' });
    await balance.getByRole('row', { name: /Unapplied patient credit .* -\$25\.00/ }).waitFor();
    await page.getByText('The patient has a credit of $25.00').waitFor();
    await expectAccessible(page, 'front desk payment taken');
    await screenshot(page, 'front-desk-07-copay-taken');

    const patients = await apiCall<{ items: { id: string; lastName: string }[] }>(page, 'POST', `/api/organizations/${organizationId}/patients/search`, { lastName: 'Hopper', limit: 10 });
    const balances = await Promise.all(patients.items.map((patient) => apiCall<{ unappliedCreditCents: number }>(page, 'GET', `/api/organizations/${organizationId}/ledger/balances/patients/${patient.id}`)));
    // Only this visit's patient holds the credit (other files register patients named Hopper too).
    expect(balances.map((item) => item.unappliedCreditCents).filter((cents) => cents !== 0)).toEqual([2500]);
    expect(pageErrors).toEqual([]);
  });
});
