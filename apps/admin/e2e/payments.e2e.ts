import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, expectAccessible, launchChromium, screenshot } from './browser';
import { lopezAdjudication835 } from './fixtures/lopez-835';
import { adminPage, apiCall, postX12 } from './session';

const baseUrl = inject('baseUrl');
/** Three claims of another system to Acme Health; after the 835, Maria Lopez owes $60.00 of LEG-1001 and LEG-1003. */
const OPEN_AR_837P = readFileSync(new URL('./fixtures/open-ar.837p', import.meta.url), 'utf8');
/** The first installment's due date: three weeks from now, never in the past in any clinic's time zone. */
const FIRST_DUE = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);

interface PaymentView {
  readonly amountCents: number;
  readonly method: string;
  readonly channel: string;
  readonly reference: string | null;
  readonly receiptEmail: string | null;
}

interface PlanView {
  readonly state: string;
  readonly totalCents: number;
  readonly installmentCents: number;
  readonly cadence: string;
  readonly firstDueOn: string;
  readonly graceDays: number;
  readonly autopay: boolean;
  readonly hasPaymentMethod: boolean;
  readonly endedOn: string | null;
  readonly paidCents: number;
  readonly standing: unknown;
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let organizationId = '';
let mariaId = '';

const api = (path: string) => `/api/organizations/${organizationId}${path}`;
const call = <T>(method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) => apiCall<T>(page, method, api(path), data);
const payments = async () => (await call<{ items: PaymentView[] }>('GET', `/patients/${mariaId}/payments`)).items;
const plans = async () => (await call<{ items: PlanView[] }>('GET', `/patients/${mariaId}/payment-plans`)).items;
const accountState = async () => (await call<{ state: string }>('GET', `/patients/${mariaId}/statement-account`)).state;
const mariaOwes = async () =>
  (await call<{ items: { party: string; balanceCents: number }[] }>('GET', `/ledger/balances/patients/${mariaId}`)).items.filter((item) => item.party === 'patient').reduce((sum, item) => sum + item.balanceCents, 0);

beforeAll(async () => {
  browser = await launchChromium();
  ({ context, page } = await adminPage(browser));
  pageErrors = collectPageErrors(page);
  // A clinic of its own, so the other files' payments and balances never enter these runs.
  organizationId = (await apiCall<{ id: string }>(page, 'POST', '/api/organizations', { name: 'Payments Clinic' })).id;
  await apiCall(page, 'PATCH', `/api/organizations/${organizationId}`, { x12SubmitterId: 'RIVERSIDE01' });
  await call('POST', '/payers', { name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI' });
  expect(await postX12(page, api('/conversions/837p'), OPEN_AR_837P)).toMatchObject({ claimsInFile: 3, imported: 3 });
  expect(await postX12(page, api('/remittances'), lopezAdjudication835())).toMatchObject({ postings: [{ outcome: 'posted', claimPayments: 3 }] });
  const found = await call<{ items: { id: string; firstName: string }[] }>('POST', '/patients/search', { lastName: 'LOPEZ', limit: 10 });
  mariaId = found.items.find((patient) => /^maria$/i.test(patient.firstName))?.id ?? '';
  expect(mariaId).not.toBe('');
  expect(await mariaOwes()).toBe(6000);
  await page.reload();
  await page.getByLabel('Organization').selectOption(organizationId);
  await page.goto(`${baseUrl}/admin/patients/${mariaId}`);
  await page.getByRole('heading', { level: 1, name: /LOPEZ, MARIA/i }).waitFor();
});

afterEach(async (test) => {
  if (test.task.result?.state === 'fail') await screenshot(page, `failed-payments-${test.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe("a patient's payments and payment plans in Chromium", () => {
  it('records a payment taken by staff: an amount over the balance is refused on its field, then a check is applied', async () => {
    const section = page.getByRole('region', { name: 'Payments', exact: true });
    await section.getByText('The patient has made no payment of their balance.').waitFor();
    await section.getByRole('button', { name: 'Record a payment' }).click();
    const form = section.getByRole('form', { name: 'Record a payment' });
    await form.getByLabel('Amount ($)').fill('70.00');
    await form.getByRole('button', { name: 'Record the payment' }).click();
    await form.getByText('is more than the patient owes ($60.00)').waitFor();
    await expect(form.getByLabel('Amount ($)').getAttribute('aria-invalid')).resolves.toBe('true');
    await expectAccessible(page, 'staff payment refused on its field');
    await screenshot(page, 'payments-over-balance');
    expect(await payments()).toEqual([]);
    expect(await mariaOwes()).toBe(6000);

    await form.getByLabel('Amount ($)').fill('10.00');
    await form.getByLabel('Method').selectOption('check');
    await form.getByLabel('Check number').fill('2001');
    await form.getByLabel('Email the receipt to').fill('maria.lopez@example.test');
    await form.getByRole('button', { name: 'Record the payment' }).click();
    await section.getByRole('status').getByText(/^Recorded \$10\.00 \(check\), applied to the visits of \d{4}-\d{2}-\d{2} \(\$10\.00\)\. The receipt is emailed to maria\.lopez@example\.test\.$/).waitFor();
    const row = section.getByRole('table', { name: 'Payments of the balance' }).getByRole('row').nth(1);
    await row.getByText('Taken by staff (desk, phone or mail)').waitFor();
    await expect(row.getByRole('cell').allTextContents()).resolves.toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), '$10.00', 'Check', 'Taken by staff (desk, phone or mail)', '2001', 'maria.lopez@example.test']);
    await page.getByTestId('patient-net-balance').getByText('The patient owes $50.00').waitFor();
    expect(await payments()).toEqual([expect.objectContaining({ amountCents: 1000, method: 'check', channel: 'staff', reference: '2001', receiptEmail: 'maria.lopez@example.test' })]);
    expect(await mariaOwes()).toBe(5000);
    await expectAccessible(page, 'staff payment recorded');
    await screenshot(page, 'payments-recorded');
  });

  it('makes a plan for the rest of the balance with autopay; the account goes on the plan', async () => {
    const section = page.getByRole('region', { name: 'Payment plans' });
    await section.getByText('The patient has no payment plan.').waitFor();
    await section.getByRole('button', { name: 'Make a payment plan' }).click();
    const form = section.getByRole('form', { name: 'Make a payment plan' });
    await expect.poll(() => form.getByLabel('Grace days').inputValue()).toBe('15');
    await expect(form.getByLabel('Payment method token').count()).resolves.toBe(0);
    await form.getByLabel('Installment ($)').fill('20');
    await form.getByLabel('How often').selectOption('monthly');
    await form.getByLabel('First installment due').fill(FIRST_DUE);
    await form.getByRole('checkbox', { name: /^Autopay/ }).check();
    await form.getByLabel('Payment method token').fill('fake_pm_browser_suite');
    await form.getByRole('button', { name: 'Make the plan' }).click();

    const plan = section.getByRole('article', { name: 'Plan 1' });
    await plan.getByText('Plan 1: Active').waitFor();
    const terms = plan.getByRole('table', { name: 'Plan 1 terms' });
    await terms.getByText(`Current: the next installment, $20.00, is due ${FIRST_DUE}`).waitFor();
    await terms.getByText('$50.00 (the balance when the plan was made)').waitFor();
    await terms.getByText('On: each installment is charged to the payment method on file').waitFor();
    await page.getByRole('region', { name: 'Statements' }).getByRole('table', { name: 'Statement account' }).getByText('On a payment plan').waitFor();
    expect(await plans()).toEqual([
      expect.objectContaining({ state: 'active', totalCents: 5000, installmentCents: 2000, cadence: 'monthly', firstDueOn: FIRST_DUE, graceDays: 15, autopay: true, hasPaymentMethod: true, paidCents: 0 }),
    ]);
    expect((await plans())[0]?.standing).toEqual({ standing: 'current', nextDueOn: FIRST_DUE, nextDueCents: 2000 });
    expect(await accountState()).toBe('payment-plan');
    await expectAccessible(page, 'payment plan made');
    await screenshot(page, 'payments-plan-active');
  });

  it("changes the plan's installment, grace days and autopay", async () => {
    const plan = page.getByRole('region', { name: 'Payment plans' }).getByRole('article', { name: 'Plan 1' });
    await plan.getByRole('button', { name: 'Change plan 1' }).click();
    const form = plan.getByRole('form', { name: 'Change plan 1' });
    await expect.poll(() => form.getByLabel('Installment ($)').inputValue()).toBe('20.00');
    await form.getByLabel('Installment ($)').fill('25.00');
    await form.getByLabel('Grace days').fill('20');
    await form.getByRole('checkbox', { name: /^Autopay/ }).uncheck();
    await expect(form.getByLabel('Payment method token').count()).resolves.toBe(0);
    await form.getByRole('button', { name: 'Save the plan' }).click();
    const terms = plan.getByRole('table', { name: 'Plan 1 terms' });
    await terms.getByText(`Current: the next installment, $25.00, is due ${FIRST_DUE}`).waitFor();
    await terms.getByText('20 days after a missed installment').waitFor();
    await terms.getByText('Off: the patient pays each installment').waitFor();
    expect(await plans()).toEqual([expect.objectContaining({ state: 'active', totalCents: 5000, installmentCents: 2500, graceDays: 20, autopay: false, hasPaymentMethod: false })]);
  });

  it('cancels the plan after a confirmation; the account returns to the final notice', async () => {
    const section = page.getByRole('region', { name: 'Payment plans' });
    const plan = section.getByRole('article', { name: 'Plan 1' });
    await plan.getByRole('button', { name: 'Cancel plan 1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel plan 1?' });
    await dialog.getByText('The account goes back to the final notice', { exact: false }).waitFor();
    await expectAccessible(page, 'cancel a payment plan');
    await screenshot(page, 'payments-plan-cancel');
    await dialog.getByRole('button', { name: 'Cancel the plan' }).click();
    await plan.getByText('Plan 1: Cancelled').waitFor();
    await expect(plan.getByRole('button').count()).resolves.toBe(0);
    await section.getByRole('button', { name: 'Make a payment plan' }).waitFor();
    await page.getByRole('region', { name: 'Statements' }).getByRole('table', { name: 'Statement account' }).getByText('Final notice sent').waitFor();
    const [cancelled] = await plans();
    expect(cancelled).toMatchObject({ state: 'cancelled', installmentCents: 2500, standing: null });
    expect(cancelled?.endedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await accountState()).toBe('final-notice');
    expect(await mariaOwes()).toBe(5000);
    expect(pageErrors).toEqual([]);
  });
});
