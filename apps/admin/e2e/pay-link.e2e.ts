import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, expectAccessible, launchChromium, screenshot } from './browser';
import { lopezAdjudication835 } from './fixtures/lopez-835';
import { adminPage, apiCall, postX12 } from './session';

const baseUrl = inject('baseUrl');
const outboxDir = inject('outboxDir');
const OPEN_AR_837P = readFileSync(new URL('./fixtures/open-ar.837p', import.meta.url), 'utf8');
const RECEIPT_EMAIL = 'maria.lopez@example.test';

let browser: Browser;
let staff: { context: BrowserContext; page: Page };
let patientContext: BrowserContext;
let patientPage: Page;
let pageErrors: string[];
let organizationId = '';
let mariaId = '';
let payLink = '';

const api = (path: string) => `/api/organizations/${organizationId}${path}`;
const call = <T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, data?: unknown) => apiCall<T>(staff.page, method, api(path), data);
const mariaOwes = async () => (await call<{ items: { party: string; balanceCents: number }[] }>('GET', `/ledger/balances/patients/${mariaId}`)).items.filter((item) => item.party === 'patient').reduce((sum, item) => sum + item.balanceCents, 0);

/** The .eml files in the server's outbox whose text contains every needle. */
function emailsContaining(...needles: string[]): string[] {
  let files: string[] = [];
  try {
    files = readdirSync(outboxDir).filter((file) => file.endsWith('.eml'));
  } catch {
    return [];
  }
  return files.map((file) => readFileSync(join(outboxDir, file), 'utf8')).filter((text) => needles.every((needle) => text.includes(needle)));
}

beforeAll(async () => {
  browser = await launchChromium();
  staff = await adminPage(browser);
  organizationId = (await apiCall<{ id: string }>(staff.page, 'POST', '/api/organizations', { name: 'Pay Link Clinic' })).id;
  await apiCall(staff.page, 'PATCH', `/api/organizations/${organizationId}`, { x12SubmitterId: 'RIVERSIDE01' });
  await call('POST', '/payers', { name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI' });
  await postX12(staff.page, api('/conversions/837p'), OPEN_AR_837P);
  await postX12(staff.page, api('/remittances'), lopezAdjudication835());
  const found = await call<{ items: { id: string; firstName: string }[] }>('POST', '/patients/search', { lastName: 'LOPEZ', limit: 10 });
  mariaId = found.items.find((patient) => /^maria$/i.test(patient.firstName))?.id ?? '';
  await call('PUT', '/statement-settings', {
    runsDaily: false, cadenceDays: 30, statementsBeforeFinalNotice: 3, minimumBalanceCents: 500, dueInDays: 21,
    billingName: 'Pay Link Clinic', billingAddress: ['1 Clinic Way', 'Springfield, IL 62701'], billingPhone: '(217) 555-0199',
    notices: { howToPay: 'Pay online or call us.', paymentPlans: 'Ask about a plan.', financialAssistance: 'Ask about assistance.', dispute: 'Tell us if this is wrong.' },
  });
  await call('PATCH', `/patients/${mariaId}/statement-account`, { emailConsent: true, email: RECEIPT_EMAIL });
  await call('POST', '/statement-runs');
  const statements = await call<{ items: { payOnlineUrl: string | null; amountDueCents: number }[] }>('GET', `/patients/${mariaId}/statements`);
  payLink = statements.items[0]?.payOnlineUrl ?? '';
  // The patient pays from their own browser: no session, no account.
  patientContext = await browser.newContext({ viewport: { width: 800, height: 900 }, reducedMotion: 'reduce' });
  patientPage = await patientContext.newPage();
  pageErrors = collectPageErrors(patientPage);
});

afterEach(async (test) => {
  if (test.task.result?.state === 'fail') await screenshot(patientPage, `failed-pay-link-${test.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`);
});

afterAll(async () => {
  await patientContext?.close();
  await staff?.context.close();
  await browser?.close();
});

describe('pay by link in Chromium', () => {
  it('emails the statement with its pay link', async () => {
    expect(payLink.startsWith(`${baseUrl}/pay/`)).toBe(true);
    expect(await mariaOwes()).toBe(6000);
    // The link itself is wrapped by the email's quoted-printable encoding; the line that carries it is not.
    expect(emailsContaining('View and pay your statement online', 'Pay Link Clinic').length).toBe(1);
  });

  it('refuses a tampered link, and shows nothing of the account before the knowledge check', async () => {
    const token = payLink.split('/pay/')[1] as string;
    const tampered = `${baseUrl}/pay/${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`;
    await patientPage.goto(tampered);
    await patientPage.getByRole('heading', { name: 'This payment link does not work' }).waitFor();
    await patientPage.goto(payLink);
    await patientPage.getByRole('heading', { name: 'Pay your bill to Pay Link Clinic' }).waitFor();
    expect(await patientPage.content()).not.toContain('$60.00');
    await patientPage.getByLabel('Date of birth (YYYY-MM-DD) or ZIP code').fill('1990-01-01');
    await patientPage.getByRole('button', { name: 'Continue' }).click();
    await patientPage.getByRole('alert').filter({ hasText: 'does not match our records' }).waitFor();
    await expectAccessible(patientPage, 'pay link knowledge check');
    await screenshot(patientPage, 'pay-link-check');
  });

  it('pays the balance at the fake processor; the ledger, the receipt email and the account agree', async () => {
    await patientPage.getByLabel('Date of birth (YYYY-MM-DD) or ZIP code').fill('1985-04-12');
    await patientPage.getByRole('button', { name: 'Continue' }).click();
    await patientPage.getByText('Amount due: $60.00').waitFor();
    await expectAccessible(patientPage, 'pay link amount');
    await screenshot(patientPage, 'pay-link-amount');
    await expect.poll(() => patientPage.getByLabel('Email for your receipt').inputValue()).toBe(RECEIPT_EMAIL);
    await patientPage.getByRole('button', { name: 'Continue to secure payment' }).click();

    await patientPage.getByRole('heading', { name: 'Fake Pay' }).waitFor();
    await patientPage.getByLabel('Card number').fill('4242 4242 4242 4242');
    await patientPage.getByLabel('Expiry').fill('12/30');
    await patientPage.getByLabel('CVC').fill('123');
    await patientPage.getByRole('button', { name: 'Pay $60.00' }).click();

    await patientPage.getByRole('heading', { name: 'Thank you: payment received' }).waitFor();
    await patientPage.getByText('received $60.00').waitFor();
    await expectAccessible(patientPage, 'pay link receipt');
    await screenshot(patientPage, 'pay-link-receipt');
    const receiptNumber = (await patientPage.getByText(/^Receipt number:/).textContent())?.replace('Receipt number:', '').trim() ?? '';

    expect(await mariaOwes()).toBe(0);
    const payments = await call<{ items: { id: string; amountCents: number; channel: string; method: string }[] }>('GET', `/patients/${mariaId}/payments`);
    expect(payments.items).toEqual([expect.objectContaining({ id: receiptNumber, amountCents: 6000, channel: 'pay-by-link', method: 'card' })]);
    expect(await call('GET', `/patients/${mariaId}/statement-account`)).toMatchObject({ state: 'paid' });
    await expect.poll(() => emailsContaining(`Receipt number: ${receiptNumber}`).length, { timeout: 15_000 }).toBe(1);
    expect(emailsContaining(`Receipt number: ${receiptNumber}`)[0]).toContain('Amount: $60.00');
    expect(pageErrors).toEqual([]);
  });
});
