import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, expectAccessible, launchChromium, screenshot } from './browser';
import { ADMIN, adminPage, apiCall } from './session';

const baseUrl = inject('baseUrl');
/** Three claims of another system (Acme Health, $365.00 + $125.00 + $99.00), imported as open A/R. */
const OPEN_AR_837P = readFileSync(new URL('./fixtures/open-ar.837p', import.meta.url), 'utf8');

let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let organizationId = '';

/** Imports the open A/R file into the organization (an X12 body, not JSON). */
async function importOpenAr(): Promise<void> {
  const session = (await (await page.request.get(`${baseUrl}/api/auth/session`)).json()) as { csrfToken: string };
  const response = await page.request.post(`${baseUrl}/api/organizations/${organizationId}/conversions/837p`, {
    data: OPEN_AR_837P,
    headers: { 'content-type': 'text/plain', 'x-csrf-token': session.csrfToken },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ claimsInFile: 3, imported: 3 });
}

beforeAll(async () => {
  browser = await launchChromium();
  ({ context, page } = await adminPage(browser));
  pageErrors = collectPageErrors(page);
  // A clinic of its own, so the other files' records never change these counts.
  organizationId = (await apiCall<{ id: string }>(page, 'POST', '/api/organizations', { name: 'Dashboard Clinic' })).id;
  await apiCall(page, 'PATCH', `/api/organizations/${organizationId}`, { x12SubmitterId: 'RIVERSIDE01' });
  await apiCall(page, 'POST', `/api/organizations/${organizationId}/payers`, { name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI' });
  await importOpenAr();
  await apiCall(page, 'POST', `/api/organizations/${organizationId}/work-items`, { title: 'Call Acme about LEG-1001', category: 'payer-call', recordType: 'claim', recordId: 'LEG-1001', ownerRole: 'ar' });
  await page.reload();
  await page.getByLabel('Organization').selectOption(organizationId);
});

afterEach(async (test) => {
  if (test.task.result?.state === 'fail') await screenshot(page, `failed-dashboard-${test.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('the dashboard in Chromium', () => {
  it('is the first screen: claims by state and A/R aging charts with their text, open work and ledger totals, each count opening its list', async () => {
    await page.goto(`${baseUrl}/admin/`);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/admin/dashboard`);
    await page.getByRole('img', { name: 'Bar chart of 3 claim(s) by state: submitted 3' }).locator('svg .recharts-bar-rectangle').first().waitFor();
    expect(await page.getByRole('link', { name: '3 claim(s) submitted' }).getAttribute('href')).toBe('/admin/claims?state=submitted');

    const aging = page.getByRole('img', { name: /^Stacked bar chart of open A\/R by payer as of \d{4}-\d{2}-\d{2}, aged from the date of service: total \$589\.00 .*; Acme Health \$589\.00$/ });
    await aging.locator('svg .recharts-bar-rectangle').first().waitFor();
    const agingTable = page.getByRole('table', { name: 'A/R aging by payer and bucket' });
    expect(await agingTable.getByRole('row').filter({ hasText: 'Acme Health' }).locator('td').last().textContent()).toBe('$589.00');
    await page.getByLabel('Age from').selectOption('first-bill-date');
    await page.getByText(/aged from the first bill date, in 0–30/).waitFor();
    await page.getByText(/4 open service-line balance\(s\) \(58900 cents\) have no 837P submission on record/).waitFor();

    const ledger = page.getByRole('region', { name: 'Ledger totals' });
    await ledger.getByText(/^Open balance \(payers and patients\)/).waitFor();
    expect(await ledger.locator('strong').textContent()).toBe('$589.00');
    expect(await ledger.getByRole('row').filter({ hasText: 'charge' }).textContent()).toBe('charge4$589.00');
    await page.getByText('1 unresolved item(s): open, assigned, in progress or waiting on the payer.').waitFor();
    await expectAccessible(page, 'dashboard');
    await screenshot(page, 'dashboard');

    await page.getByRole('link', { name: '1 open follow-up item(s) in payer-call' }).click();
    await page.getByRole('heading', { name: 'Work queues', level: 1 }).waitFor();
    expect(new URL(page.url()).search).toBe('?kind=follow-up&category=payer-call&active=true');
    await page.getByText('1 item(s)').waitFor();
    await expect.poll(() => page.getByLabel('Kind').inputValue()).toBe('follow-up');
    await expect.poll(() => page.getByLabel('Unresolved only').isChecked()).toBe(true);
    await page.getByRole('link', { name: 'Call Acme about LEG-1001' }).waitFor();
    await expectAccessible(page, 'work items from the dashboard');
    await screenshot(page, 'dashboard-work-items-filtered');
  });

  it("shows who changed a gate check's policy and the stop-the-line window, and when, on the gate settings and workflows screens", async () => {
    const before = Date.now();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Gate settings' }).click();
    await page.getByRole('heading', { name: 'Gate settings', level: 1 }).waitFor();
    await page.getByText('No gate has been changed yet', { exact: false }).waitFor();
    const first = page.locator('section[aria-label^="Gate check "]').first();
    const check = ((await first.getAttribute('aria-label')) ?? '').replace('Gate check ', '');
    await first.getByLabel('Policy').selectOption('off');
    await first.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: off' }).waitFor();
    await page.getByLabel('Window in days').fill('14');
    await page.getByRole('button', { name: 'Save window' }).click();

    const history = page.getByRole('table', { name: 'Gate change history' });
    const windowRow = history.getByRole('row').filter({ hasText: 'Stop-the-line window' });
    await windowRow.waitFor();
    const cells = async (row: typeof windowRow) => (await row.locator('td').allTextContents()).slice(1);
    expect(await cells(windowRow)).toEqual([expect.stringContaining(ADMIN), 'Stop-the-line window', '30 days', '14 days']);
    const checkRow = history.getByRole('row').filter({ hasText: `Check ${check}` });
    expect(await cells(checkRow)).toEqual([expect.stringContaining(ADMIN), `Check ${check}`, 'enforce, owner role manager', 'off, owner role manager']);
    // Newest first; the time shown is when the server recorded the change.
    expect(await history.locator('tbody tr').first().textContent()).toContain('Stop-the-line window');
    const at = Date.parse((await windowRow.locator('time').getAttribute('datetime')) ?? '');
    expect(at).toBeGreaterThanOrEqual(before - 60_000);
    expect(at).toBeLessThanOrEqual(Date.now() + 60_000);
    await page.getByText('2 of 2 change(s), newest first.').waitFor();
    await expectAccessible(page, 'gate settings with history');
    await screenshot(page, 'dashboard-gate-history');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workflows' }).click();
    await page.getByRole('heading', { name: 'Workflows', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Gate change history' }).getByRole('row').filter({ hasText: `Check ${check}` }).waitFor();
    await page.getByTestId('diagram-encounter lifecycle').locator('svg').waitFor({ timeout: 30_000 });
    await expectAccessible(page, 'workflows with history');
    await screenshot(page, 'dashboard-workflows-history');
    expect(pageErrors).toEqual([]);
  });
});
