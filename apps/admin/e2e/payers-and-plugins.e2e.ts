import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, expectAccessible, launchChromium, screenshot } from './browser';
import { randomNpi } from './npi';
import { adminPage, apiCall, firstOrganizationId } from './session';

const RUN = Date.now().toString(36).toUpperCase().slice(-5);
const PAYER_NAME = `Acme Health ${RUN}`;
const PAYER_ID = `ACME${RUN}`;
const SCHEDULE = `Acme contract ${RUN}`;
const BAD_CSV = 'code,modifier,amount\n99213,,125.00\n99214,,12.345\n99215,25,210.00\n';
const GOOD_CSV = 'code,modifier,amount\n99213,,125.00\n99214,,180.99\n99215,25,210.00\n';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let organizationId = '';
let payerRecordId = '';

/** A ten-digit NPI with its Luhn check digit (prefix 80840), new on each run. */
const base = () => `/api/organizations/${organizationId}`;
const section = (name: string) => page.getByRole('region', { name });

beforeAll(async () => {
  browser = await launchChromium();
  ({ context, page } = await adminPage(browser));
  pageErrors = collectPageErrors(page);
  organizationId = await firstOrganizationId(page);
});

afterEach(async (test) => {
  if (test.task.result?.state === 'fail') await screenshot(page, `failed-${test.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('payers, fee schedules and plugins', () => {
  it('creates a payer with its connectors, edits it and enrolls a provider', async () => {
    const provider = await apiCall<{ id: string }>(page, 'POST', `${base()}/providers`, { kind: 'individual', name: `Osler${RUN}`, firstName: 'William', npi: randomNpi() });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Payers' }).click();
    await page.getByRole('heading', { name: 'Payers', level: 1 }).waitFor();
    await expectAccessible(page, 'payers');
    await screenshot(page, 'payers-list');

    await page.getByRole('link', { name: 'New payer' }).click();
    const form = page.getByRole('form', { name: 'New payer' });
    await form.getByLabel('Name').fill(PAYER_NAME);
    await form.getByLabel('Payer id').fill(PAYER_ID);
    await form.getByLabel('Claim filing indicator').selectOption('CI');
    await form.getByLabel('Clearinghouse connector').selectOption('clearinghouse-generic');
    await form.getByLabel('Eligibility connector').selectOption('eligibility-availity');
    await form.getByRole('button', { name: 'Create payer' }).click();
    await page.getByRole('heading', { name: PAYER_NAME, level: 1 }).waitFor();
    payerRecordId = page.url().split('/payers/')[1] ?? '';
    expect(payerRecordId).toMatch(/^[0-9a-f-]{36}$/);

    const edit = page.getByRole('form', { name: `Edit ${PAYER_NAME}` });
    await edit.getByLabel('Timely filing (days)').fill('180');
    await edit.getByLabel('Procedure codes this payer authorizes').fill('97110, 97140');
    await edit.getByRole('button', { name: 'Save payer' }).click();
    await edit.getByText('Payer saved').waitFor();
    const saved = await apiCall<Record<string, unknown>>(page, 'GET', `${base()}/payers/${payerRecordId}`);
    expect(saved).toMatchObject({
      payerId: PAYER_ID,
      claimFilingIndicator: 'CI',
      timelyFilingDays: 180,
      clearinghousePluginId: 'clearinghouse-generic',
      eligibilityPluginId: 'eligibility-availity',
      authorizationRequiredCodes: ['97110', '97140'],
    });

    await section('Provider enrollment').getByLabel(`Osler${RUN}, William 835 ERA`).selectOption('enrolled');
    await section('Provider enrollment').getByText('Enrollment saved').waitFor();
    const enrollments = await apiCall<{ providerId: string; transaction: string; status: string }[]>(page, 'GET', `${base()}/payers/${payerRecordId}/enrollments`);
    expect(enrollments).toEqual([expect.objectContaining({ providerId: provider.id, transaction: '835', status: 'enrolled' })]);
    await expectAccessible(page, 'payer');
    await screenshot(page, 'payers-payer');

    await page.getByRole('link', { name: 'All payers' }).click();
    await page.getByLabel('Search').fill(RUN.toLowerCase());
    const row = page.getByRole('table', { name: 'Payers' }).getByRole('row', { name: new RegExp(PAYER_NAME) });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain(PAYER_ID);
  });

  it('previews a fee-schedule file with its bad line before saving anything, then saves the good file', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Fee schedules' }).click();
    await page.getByRole('button', { name: 'New fee schedule' }).click();
    const form = page.getByRole('form', { name: 'New fee schedule' });
    await form.getByLabel('Name').fill(SCHEDULE);
    await form.getByLabel('Payer').selectOption({ label: `${PAYER_NAME} (${PAYER_ID})` });
    await form.getByLabel('Effective from').fill('2026-01-01');
    await expectAccessible(page, 'fee schedules');
    await screenshot(page, 'payers-fee-schedules');
    await form.getByRole('button', { name: 'Create schedule' }).click();
    await page.getByRole('heading', { name: SCHEDULE, level: 1 }).waitFor();
    const scheduleId = page.url().split('/fee-schedules/')[1] ?? '';

    const upload = section('Import entries');
    await upload.locator('input[type="file"]').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_CSV) });
    const errors = upload.getByRole('table', { name: 'Errors in the file' });
    await errors.waitFor();
    await expect(errors.getByRole('row').nth(1).textContent()).resolves.toBe('3amount"12.345" has fractions of a cent');
    await expect(upload.getByRole('table', { name: 'Rows read from the file' }).getByRole('row').count()).resolves.toBe(3);
    await expect(upload.getByRole('button', { name: /^Save/ }).count()).resolves.toBe(0);
    const unsaved = await apiCall<{ entries: { total: number } }>(page, 'GET', `${base()}/fee-schedules/${scheduleId}`);
    expect(unsaved.entries.total).toBe(0);
    await expectAccessible(page, 'fee schedule preview with an error');
    await screenshot(page, 'payers-fee-schedule-preview-error');

    await upload.locator('input[type="file"]').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD_CSV) });
    await upload.getByRole('button', { name: 'Save 3 rows' }).click();
    await upload.getByText('Saved 3 rows: 3 new, 0 changed, 0 removed.').waitFor();
    const entries = section('Entries').getByRole('table', { name: 'Entries' });
    await entries.getByRole('cell', { name: '$180.99' }).waitFor();
    const stored = await apiCall<{ entries: { items: { code: string; amountCents: number }[] } }>(page, 'GET', `${base()}/fee-schedules/${scheduleId}`);
    expect(stored.entries.items.map((entry) => [entry.code, entry.amountCents])).toEqual([
      ['99213', 12500],
      ['99214', 18099],
      ['99215', 21000],
    ]);
    await expectAccessible(page, 'fee schedule');
    await screenshot(page, 'payers-fee-schedule-saved');
  });

  it('refuses plugin settings with a bad value on the field, then saves a good value', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plugins' }).click();
    const availity = section('eligibility-availity');
    await availity.waitFor();
    await expect(availity.getByRole('table', { name: 'Facts of eligibility-availity' }).textContent()).resolves.toContain('api.availity.com');
    await expect.poll(() => availity.getByLabel('clientSecret (environment variable)').inputValue()).toBe('AVAILITY_CLIENT_SECRET');

    const timeout = availity.getByLabel('requestTimeoutMs');
    await timeout.fill('50');
    await availity.getByRole('button', { name: 'Save settings' }).click();
    await availity.getByText('Too small: expected number to be >=100').waitFor();
    await expect(timeout.getAttribute('aria-invalid')).resolves.toBe('true');
    await expectAccessible(page, 'plugins with a field error');
    await screenshot(page, 'payers-plugins-field-error');
    const unchanged = await apiCall<{ id: string; settings: { requestTimeoutMs: number }; settingsVersion: number }[]>(page, 'GET', `${base()}/plugins`);
    expect(unchanged.find((plugin) => plugin.id === 'eligibility-availity')).toMatchObject({ settingsVersion: 0, settings: { requestTimeoutMs: 3000 } });

    await timeout.fill('5000');
    await availity.getByRole('button', { name: 'Save settings' }).click();
    await availity.getByText('Settings saved').waitFor();
    const saved = await apiCall<{ id: string; settings: { requestTimeoutMs: number; clientSecret: unknown }; settingsVersion: number }[]>(page, 'GET', `${base()}/plugins`);
    expect(saved.find((plugin) => plugin.id === 'eligibility-availity')).toMatchObject({
      settingsVersion: 1,
      settings: { requestTimeoutMs: 5000, clientSecret: { env: 'AVAILITY_CLIENT_SECRET' } },
    });
    await expectAccessible(page, 'plugins');
    await screenshot(page, 'payers-plugins-saved');
    expect(pageErrors).toEqual([]);
  });

  it("shows the server's refusal (422) of settings the form cannot check itself", async () => {
    const clearinghouse = section('clearinghouse-generic');
    await clearinghouse.getByLabel('transport (JSON)').fill('');
    await clearinghouse.getByRole('button', { name: 'Save settings' }).click();
    await clearinghouse.getByRole('alert').filter({ hasText: 'configure realTime, transport, or both' }).waitFor();
    const listed = await apiCall<{ id: string; settingsVersion: number }[]>(page, 'GET', `${base()}/plugins`);
    expect(listed.find((plugin) => plugin.id === 'clearinghouse-generic')?.settingsVersion).toBe(0);
  });

  it('disables a plugin for the organization and enables it again', async () => {
    const clearinghouse = section('clearinghouse-generic');
    const facts = clearinghouse.getByRole('table', { name: 'Facts of clearinghouse-generic' });
    await facts.getByText('clearinghouse-connector (1)').waitFor();
    const toggle = clearinghouse.getByRole('switch', { name: 'clearinghouse-generic is enabled for this organization' });
    await toggle.click();
    await facts.getByText('nothing while disabled').waitFor();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    const listed = await apiCall<{ id: string; enabled: boolean }[]>(page, 'GET', `${base()}/plugins`);
    expect(listed.find((plugin) => plugin.id === 'clearinghouse-generic')?.enabled).toBe(false);
    await toggle.click();
    await facts.getByText('clearinghouse-connector (1)').waitFor();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
