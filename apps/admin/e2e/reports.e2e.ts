import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, expectAccessible, launchChromium, screenshot } from './browser';
import { adminPage, apiCall } from './session';

const baseUrl = inject('baseUrl');
/** Three claims of another system to Acme Health: LEG-1001 ($365.00), LEG-1002 ($125.00), LEG-1003 ($99.00). */
const OPEN_AR_837P = readFileSync(new URL('./fixtures/open-ar.837p', import.meta.url), 'utf8');

/** Acme Health's 835: LEG-1001 paid in full ($365.00), LEG-1002 denied (CLP02 4, CO-50). */
const ADJUDICATION_835 = [
  'ISA*00*          *00*          *ZZ*ACME1          *ZZ*RIVERSIDE01    *261120*1200*^*00501*000000002*0*P*:',
  'GS*HP*ACME1*RIVERSIDE01*20261120*1200*2*X*005010X221A1',
  'ST*835*0001',
  'BPR*I*365*C*CHK************20261120',
  'TRN*1*REPORTS-CHK-1*1999999999',
  'N1*PR*ACME HEALTH*XV*ACME1',
  'N1*PE*RIVERSIDE FAMILY MEDICINE*XX*1234567893',
  'CLP*LEG-1001*1*365*365**CI*ICN-1001',
  'NM1*QC*1*LOPEZ*MARIA',
  'SVC*HC:99213:25*125*125**1',
  'DTM*472*20260302',
  'SVC*HC:97110:GP*240*240**4',
  'DTM*472*20260302',
  'CLP*LEG-1002*4*125*0**CI*ICN-1002',
  'NM1*QC*1*LOPEZ*LUCIA',
  'SVC*HC:99213*125*0**1',
  'DTM*472*20260305',
  'CAS*CO*50*125',
  'SE*17*0001',
  'GE*1*2',
  'IEA*1*000000002',
].join('~\n') + '~\n';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let organizationId = '';

const api = (path: string) => `/api/organizations/${organizationId}${path}`;

/** A raw-body API call from the page's session (X12), with the CSRF token. */
async function postText<T>(path: string, body: string): Promise<T> {
  const session = (await (await page.request.get(`${baseUrl}/api/auth/session`)).json()) as { csrfToken: string };
  const response = await page.request.post(`${baseUrl}${path}`, { data: body, headers: { 'content-type': 'application/edi-x12', 'x-csrf-token': session.csrfToken } });
  if (!response.ok()) throw new Error(`POST ${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

beforeAll(async () => {
  browser = await launchChromium();
  ({ context, page } = await adminPage(browser));
  pageErrors = collectPageErrors(page);
  // A clinic of its own, so the other files' records never change these numbers.
  organizationId = (await apiCall<{ id: string }>(page, 'POST', '/api/organizations', { name: 'Reports Clinic' })).id;
  await apiCall(page, 'PATCH', `/api/organizations/${organizationId}`, { x12SubmitterId: 'RIVERSIDE01' });
  await apiCall(page, 'POST', api('/payers'), { name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI' });
  expect(await postText(api('/conversions/837p'), OPEN_AR_837P)).toMatchObject({ claimsInFile: 3, imported: 3 });
  expect(await postText(api('/remittances'), ADJUDICATION_835)).toMatchObject({ postings: [{ outcome: 'posted', paymentCents: 36_500, claimPayments: 2, unmatched: 0 }] });
  await page.reload();
  await page.getByLabel('Organization').selectOption(organizationId);
});

afterEach(async (test) => {
  if (test.task.result?.state === 'fail') await screenshot(page, `failed-reports-${test.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** The titles of the report cards in one section of the Reports screen, in order. */
async function cardTitles(section: string): Promise<string[]> {
  return page.getByRole('region', { name: section, exact: true }).getByRole('heading', { level: 3 }).allTextContents();
}

describe('the reports in Chromium', () => {
  it("shows every plugin's KPIs with value, working, target and formula, and the table-only reports apart", async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    // A start before the first claim that is never the default (the last 12 months would lose its dates of service some day).
    await page.getByLabel('From', { exact: true }).fill('2025-12-31');
    await page.waitForURL(/from=2025-12-31/);
    const denials = page.getByRole('region', { name: 'Initial denial rate', exact: true });
    await denials.getByRole('link', { name: 'Initial denial rate: 50.0%. Open the report' }).waitFor();
    await denials.getByText('Working: 1 ÷ 2').waitFor();
    await denials.getByText('✗ Off target').waitFor();
    await denials.getByText('Target < 5%').waitFor();
    await denials.getByText('Formula: Claims denied on their first adjudication (CLP02 4 on the first 835 claim payment) ÷ claims adjudicated, by the date of the first adjudication.').waitFor();
    await denials.getByRole('img', { name: /^Line chart of Initial denial rate by period: \d{4}-\d{2} 50\.0%$/ }).locator('svg .recharts-line-dot').first().waitFor();

    // The report of the plugin installed from outside the repository (docs/plugins.md §6), with no change to the app.
    const average = page.getByRole('region', { name: 'Average charge per encounter', exact: true });
    await average.getByRole('link', { name: 'Average charge per encounter: $196.33. Open the report' }).waitFor();
    await average.getByText('Working: $589.00 ÷ 3').waitFor();
    await average.getByText('Formula: Charges ÷ encounters billed, for the dates of service in the period.').waitFor();
    await average.getByRole('img', { name: 'Line chart of Average charge per encounter by period: 2026-03 $245.00, 2026-10 $99.00' }).waitFor();

    await page.getByRole('region', { name: 'Tables', exact: true }).getByRole('link', { name: 'Open the table of Gate defects' }).waitFor();
    await expect.poll(() => page.locator('[aria-label^="Loading "]').count(), { timeout: 30_000 }).toBe(0);
    expect(await cardTitles('Key performance indicators')).toEqual([
      'Clean claim rate',
      'First-pass resolution rate',
      'Initial denial rate',
      'Initial denial rate (dollars)',
      'Net days in A/R',
      'A/R over 90 days',
      'Net collection rate',
      'Gross collection rate',
      'Charge lag',
      'Days to submit',
      'Point-of-service collections',
      'Average charge per encounter',
    ]);
    expect(await cardTitles('Tables')).toEqual(['Denials by category', 'Denials by payer', 'A/R aging by payer', 'Payer mix', 'Gate defects']);
    await page.getByRole('region', { name: 'First-pass resolution rate', exact: true }).getByText('✗ Off target').waitFor();
    await expectAccessible(page, 'reports');
    await screenshot(page, 'reports');
  });

  it('opens a report from its number with the same filters: formula, parameters, asOf, trend, the drill-down to the claim and its CSV', async () => {
    await page.getByRole('link', { name: 'Initial denial rate: 50.0%. Open the report' }).click();
    await page.getByRole('heading', { name: 'Initial denial rate', level: 1 }).waitFor();
    const search = new URL(page.url()).searchParams;
    expect(search.get('from')).toBe('2025-12-31');
    expect(search.get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.getByText('From the plugin kpi-reports, in percent, target < 5%.').waitFor();
    await page.getByText(/^Formula: Claims denied on their first adjudication/).waitFor();
    const parameters = page.getByRole('table', { name: 'Parameters of the run' });
    await parameters.getByRole('row', { name: 'from 2025-12-31' }).waitFor();
    await page.getByText(/^As of .* \(the organization’s day \d{4}-\d{2}-\d{2}\): only what was recorded by then is counted\./).waitFor();
    await page.getByText('Working: 1 ÷ 2').waitFor();
    await page.getByRole('table', { name: 'Initial denial rate by period' }).getByRole('row', { name: /^\d{4}-\d{2} 50\.0%$/ }).waitFor();

    const drillDown = page.getByRole('table', { name: 'Claims denied on first adjudication' });
    expect(await drillDown.locator('tbody tr').allTextContents()).toEqual(['LEG-10022026-03-05Acme Healthdenied125.00125.00']);
    const csvHref = (await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')) ?? '';
    expect(csvHref).toBe(`/api/organizations/${organizationId}/reports/initial-denial-rate/export.csv?from=2025-12-31&to=${search.get('to')}`);
    const csv = await page.request.get(`${baseUrl}${csvHref}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const lines = (await csv.text()).trim().split(/\r?\n/);
    const claimPath = (await drillDown.getByRole('link', { name: 'LEG-1002' }).getAttribute('href')) ?? '';
    expect(claimPath).toMatch(/^\/admin\/claims\/[0-9a-f-]{36}$/);
    expect(lines).toEqual(['Claim,Date of service,Payer,State,Charges ($),Amount ($),Record', `LEG-1002,2026-03-05,Acme Health,denied,125.00,125.00,claim:${claimPath.slice('/admin/claims/'.length)}`]);
    await expectAccessible(page, 'report page');
    await screenshot(page, 'reports-initial-denial-rate');

    // Pinned to the run's instant, the page gives the same numbers later.
    await page.getByRole('link', { name: 'Link to this run as of this instant' }).click();
    await page.waitForURL(/asOf=/);
    await expect.poll(() => page.getByLabel('As of', { exact: true }).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    await page.getByText('Working: 1 ÷ 2').waitFor();

    await drillDown.getByRole('link', { name: 'LEG-1002' }).click();
    await page.getByRole('heading', { name: 'Claim LEG-1002', level: 1 }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('schedules a report email, sends a test, reads it in the log, changes and deletes the schedule', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('link', { name: 'Scheduled report emails' }).click();
    await page.getByRole('heading', { name: 'Scheduled report emails', level: 1 }).waitFor();
    await page.getByText('No report email is scheduled.').waitFor();
    await page.getByRole('button', { name: 'Schedule a report email' }).click();
    const form = page.getByRole('form', { name: 'Schedule a report email' });
    await form.getByLabel('Name').fill('Monday numbers');
    await form.getByRole('checkbox', { name: 'Initial denial rate', exact: true }).check();
    await form.getByRole('checkbox', { name: 'Average charge per encounter' }).check();
    await form.getByLabel('Recipients').fill('manager@clinic.test, owner@clinic.test');
    await form.getByLabel('Cadence').selectOption('weekly');
    await form.getByLabel('Period of each email').selectOption('year-to-date');
    // Not due during the run: the server's own tick would otherwise send it too.
    await form.getByLabel('First email on').fill('2030-01-07');
    await expectAccessible(page, 'schedule form');
    await form.getByRole('button', { name: 'Schedule' }).click();
    await page.getByRole('status').filter({ hasText: 'Scheduled “Monday numbers”: next email on 2030-01-07.' }).waitFor();
    const schedules = await apiCall<{ items: { id: string; nextSendOn: string; reportIds: string[]; recipients: string[]; cadence: string; window: string }[] }>(page, 'GET', api('/report-schedules'));
    expect(schedules.items).toEqual([
      expect.objectContaining({ nextSendOn: '2030-01-07', reportIds: ['initial-denial-rate', 'average-charge-per-encounter'], recipients: ['manager@clinic.test', 'owner@clinic.test'], cadence: 'weekly', window: 'year-to-date' }),
    ]);
    const row = page.getByRole('table', { name: 'Scheduled report emails' }).getByRole('row').filter({ hasText: 'Monday numbers' });
    await row.getByText('Initial denial rate, Average charge per encounter').waitFor();
    await row.getByText('Weekly, year to date').waitFor();

    await page.getByRole('button', { name: 'Send a test of Monday numbers' }).click();
    await page.getByRole('status').filter({ hasText: /^Test email sent to manager@clinic\.test, owner@clinic\.test for \d{4}-01-01 to \d{4}-\d{2}-\d{2}\.$/ }).waitFor();
    await page.getByRole('button', { name: 'Emails of Monday numbers' }).click();
    const log = page.getByRole('table', { name: 'Emails of Monday numbers' });
    const email = log.locator('tbody tr');
    await email.getByText('Initial denial rate: 50.0%').waitFor();
    // The charges' dates of service are in 2026: in the year to date only while the run is in 2026.
    await email.getByText(/^Average charge per encounter: (\$196\.33|nothing to count)$/).waitFor();
    await email.getByText('test send').waitFor();
    expect(await email.count()).toBe(1);
    await expectAccessible(page, 'schedule emails');
    await screenshot(page, 'reports-schedule-emails');
    await page.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Change Monday numbers' }).click();
    const change = page.getByRole('form', { name: 'Change “Monday numbers”' });
    await change.getByLabel('Name').fill('Weekly numbers');
    await change.getByLabel('Active (sends on its days)').uncheck();
    await change.getByRole('button', { name: 'Save' }).click();
    const changed = page.getByRole('table', { name: 'Scheduled report emails' }).getByRole('row').filter({ hasText: 'Weekly numbers' });
    await changed.getByText('paused').waitFor();
    await screenshot(page, 'reports-schedules');

    await page.getByRole('button', { name: 'Delete Weekly numbers' }).click();
    await page.getByRole('dialog', { name: 'Delete this schedule?' }).getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted “Weekly numbers”; the emails it sent stay in the log.' }).waitFor();
    await page.getByText('No report email is scheduled.').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
