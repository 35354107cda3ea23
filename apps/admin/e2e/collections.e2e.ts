import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, expectAccessible, launchChromium, screenshot } from './browser';
import { lopezAdjudication835 } from './fixtures/lopez-835';
import { adminPage, apiCall, postX12 } from './session';

const baseUrl = inject('baseUrl');
/** Three claims of another system to Acme Health; after the 835, Maria Lopez owes $60.00 and Lucia Lopez $125.00, no statement sent. */
const OPEN_AR_837P = readFileSync(new URL('./fixtures/open-ar.837p', import.meta.url), 'utf8');
/** A date the agency's rows may carry: in the past in every time zone (an activity dated after today is refused). */
const LAST_MONTH = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
const HEADER = 'account_number,kind,amount,fee,date,reference,note';
/** 03:00 in Chicago (CST): outside the hours Regulation F allows a call. */
const NIGHT_IN_CHICAGO = '2026-01-15T09:00:00.000Z';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let organizationId = '';
let mariaId = '';

const api = (path: string) => `/api/organizations/${organizationId}${path}`;
const call = <T>(method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown) => apiCall<T>(page, method, api(path), data);
const main = () => page.getByRole('main');
const tabs = () => page.getByRole('navigation', { name: 'Collection screens' });

beforeAll(async () => {
  browser = await launchChromium();
  ({ context, page } = await adminPage(browser));
  pageErrors = collectPageErrors(page);
  // A clinic of its own, the only one with the collection agency connector enabled.
  organizationId = (await apiCall<{ id: string }>(page, 'POST', '/api/organizations', { name: 'Collections Clinic' })).id;
  await apiCall(page, 'PATCH', `/api/organizations/${organizationId}`, { x12SubmitterId: 'RIVERSIDE01' });
  await call('PUT', '/plugins/collections/enabled', { enabled: true });
  await call('POST', '/payers', { name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI' });
  expect(await postX12(page, api('/conversions/837p'), OPEN_AR_837P)).toMatchObject({ claimsInFile: 3, imported: 3 });
  expect(await postX12(page, api('/remittances'), lopezAdjudication835())).toMatchObject({ postings: [{ outcome: 'posted', claimPayments: 3 }] });
  const found = await call<{ items: { id: string; firstName: string }[] }>('POST', '/patients/search', { lastName: 'LOPEZ', limit: 10 });
  mariaId = found.items.find((patient) => /^maria$/i.test(patient.firstName))?.id ?? '';
  expect(mariaId).not.toBe('');
  await page.reload();
  await page.getByLabel('Organization').selectOption(organizationId);
});

afterEach(async (test) => {
  if (test.task.result?.state === 'fail') await screenshot(page, `failed-collections-${test.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** An instant as the page's `datetime-local` inputs take it: the browser's local time, to the minute. */
const localInput = (iso: string) =>
  page.evaluate((instant) => {
    const date = new Date(instant);
    return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  }, iso);

describe('collections in Chromium', () => {
  it('saves the placement rules: a state row without a code is marked, the minimum typed in dollars, a state that bans credit reporting', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Collections' }).click();
    await page.getByRole('heading', { level: 1, name: 'Collections' }).waitFor();
    await tabs().getByRole('link', { name: 'Placement rules' }).click();
    await page.getByRole('status').filter({ hasText: 'The defaults apply' }).waitFor();
    const form = page.getByRole('form', { name: 'Placement rules' });
    await expect.poll(() => form.getByLabel('Minimum balance ($)').inputValue()).toBe('25.00');
    await expect.poll(() => form.getByLabel('Never under ($), all states').inputValue()).toBe('500.00');

    await form.getByLabel('Minimum balance ($)').fill('100.00');
    await form.getByRole('button', { name: 'Add a state' }).click();
    await form.getByLabel('Reporting, row 1').selectOption('not-allowed');
    await form.getByRole('button', { name: 'Save placement rules' }).click();
    await form.getByText('Enter a two-letter state code, such as TX').waitFor();
    await expect(form.getByLabel('State, row 1').getAttribute('aria-invalid')).resolves.toBe('true');
    await expectAccessible(page, 'placement rules with a field error');
    await screenshot(page, 'collections-rules-field-error');
    expect(await call('GET', '/collection-settings')).toMatchObject({ saved: false });

    await form.getByLabel('State, row 1').fill('ny');
    await form.getByRole('button', { name: 'Save placement rules' }).click();
    await form.getByText('Placement rules saved').waitFor();
    expect(await call('GET', '/collection-settings')).toMatchObject({
      saved: true,
      minimumBalanceCents: 10_000,
      creditReporting: { defaults: { reportingAllowed: true, minimumInitialBalanceCents: 50_000, waitingDays: 365, noticeWaitDays: 14 }, states: { NY: { reportingAllowed: false } } },
    });
    await expectAccessible(page, 'placement rules');
    await screenshot(page, 'collections-rules');
  });

  it('proposes a batch: no account is proposed, and each one left out says why in plain words; a manager rejects it', async () => {
    await tabs().getByRole('link', { name: 'Approval queue' }).click();
    await page.getByText('No placement batch yet.').waitFor();
    await main().getByRole('button', { name: 'Propose a placement batch' }).click();
    await page.getByRole('heading', { level: 1, name: /^Placement batch of \d{4}-\d{2}-\d{2}$/ }).waitFor();
    await page.getByText('The rules proposed no account.').waitFor();
    const excluded = page.getByRole('table', { name: 'Accounts left out' });
    const lucia = excluded.getByRole('row').filter({ has: page.getByRole('link', { name: /LUCIA LOPEZ/i }) });
    await expect(lucia.getByRole('cell').nth(2).textContent()).resolves.toBe('$125.00');
    await expect(lucia.getByRole('listitem').allTextContents()).resolves.toEqual(['No final notice has been sent', 'Too soon after the first statement']);
    const maria = excluded.getByRole('row').filter({ has: page.getByRole('link', { name: /MARIA LOPEZ/i }) });
    await expect(maria.getByRole('listitem').allTextContents()).resolves.toEqual(['No final notice has been sent', 'Too soon after the first statement', 'Balance under the minimum for placement']);
    await expect(page.getByRole('button', { name: 'Approve and place 0 account(s)' }).isDisabled()).resolves.toBe(true);
    await expectAccessible(page, 'placement batch');
    await screenshot(page, 'collections-batch');

    await page.getByRole('button', { name: 'Reject the batch' }).click();
    await page.getByLabel('Why the batch is rejected').fill('Nothing to place yet.');
    await page.getByRole('button', { name: 'Reject', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Rejected by a manager' }).getByText(/Nothing to place yet\./).waitFor();
    await page.getByRole('link', { name: '← Approval queue' }).click();
    const batches = page.getByRole('table', { name: 'Placement batches' });
    // The queue shows what it had, then what the server answers now.
    await batches.getByRole('row').nth(1).getByText('Rejected by a manager').waitFor();
    await expect(batches.getByRole('row').nth(1).getByRole('cell').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      'Rejected by a manager',
      '0',
      '2',
      expect.any(String),
      'Rejected: Nothing to place yet.',
      'Open',
    ]);
    await tabs().getByRole('link', { name: 'Placed accounts' }).click();
    await page.getByText('No account has this status.').waitFor();
  });

  it('refuses a malformed agency file naming each line and field; a file read lists the rows that failed and why; fetch picks up the inbox', async () => {
    await tabs().getByRole('link', { name: 'Agency files' }).click();
    await page.getByText('No agency file has been imported yet.').waitFor();
    const upload = async (name: string, lines: string[]) => {
      await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`${[HEADER, ...lines].join('\r\n')}\r\n`) });
      await main().getByRole('button', { name: 'Upload and import' }).click();
      await page.getByRole('status').filter({ hasText: name }).waitFor();
    };

    await upload('activity-malformed.csv', [`PA-1001,payment,10.5,0.00,${LAST_MONTH},AG-1,`, `PA-1001,refund,5.00,0.00,${LAST_MONTH},AG-2,`]);
    const refused = page.getByRole('article', { name: 'File activity-malformed.csv' });
    await refused.getByText('Refused', { exact: true }).waitFor();
    const issues = await refused.getByRole('listitem').allTextContents();
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatch(/^line 2, amount: is not an amount/);
    expect(issues[1]).toBe('line 3, kind: must be one of payment, adjustment, return, dispute, bankruptcy, deceased');
    await expectAccessible(page, 'agency file refused');
    await screenshot(page, 'collections-agency-file-refused');

    await upload('activity-unplaced.csv', [`PA-404,payment,25.00,5.00,${LAST_MONTH},AG-404,paid by phone`]);
    const read = page.getByRole('article', { name: 'File activity-unplaced.csv' });
    await read.getByText(/Read: 1 row\(s\) — 0 posted, 0 seen before, 1 failed/).waitFor();
    await expect(read.getByRole('table', { name: 'Rows of activity-unplaced.csv that failed' }).getByRole('cell').allTextContents()).resolves.toEqual([
      '2',
      'PA-404',
      'AG-404',
      'account PA-404 is not placed with this agency',
    ]);

    writeFileSync(join(inject('agencyInboxDir'), 'activity-fetched.csv'), `${HEADER}\r\nPA-405,adjustment,3.00,0.00,${LAST_MONTH},AG-405,\r\n`);
    await main().getByRole('button', { name: 'Fetch from the agency now' }).click();
    await page.getByRole('status').filter({ hasText: '1 file(s) imported' }).waitFor();
    const fetched = page.getByRole('article', { name: 'File activity-fetched.csv' });
    await fetched.getByText(/^Fetched from the agency .* Read: 1 row\(s\) — 0 posted, 0 seen before, 1 failed$/).waitFor();
    const log = await call<{ fileName: string; status: string; postedCount: number }[]>('GET', '/collection-agency-files');
    expect(log.map((file) => [file.fileName, file.status, file.postedCount])).toEqual([
      ['activity-fetched.csv', 'read', 0],
      ['activity-unplaced.csv', 'read', 0],
      ['activity-malformed.csv', 'refused', 0],
    ]);
    await expectAccessible(page, 'agency files');
    await screenshot(page, 'collections-agency-files');
  });

  it("on the patient page: checks before calling, shows Regulation F's refusal of a call at night, records an opt-out and a dispute with its verification", async () => {
    await page.goto(`${baseUrl}/admin/patients/${mariaId}`);
    const section = page.getByRole('region', { name: 'Collections' });
    await section.getByText('No collection communication is logged for the patient.').waitFor();
    await section.getByText('The account has never been placed with a collection agency.').waitFor();

    await section.getByRole('button', { name: "Send a validation notice in the clinic's name" }).click();
    await section.getByRole('alert').filter({ hasText: 'No validation notice was generated' }).getByText(/after its final notice/).waitFor();

    const night = await localInput(NIGHT_IN_CHICAGO);
    await section.getByRole('button', { name: 'Check before calling' }).click();
    const check = section.getByRole('form', { name: 'Check before calling' });
    await check.getByLabel('When (your local time)').fill(night);
    await check.getByLabel("Debtor's time zone").selectOption('America/Chicago');
    await check.getByRole('button', { name: 'Check', exact: true }).click();
    const answer = check.getByRole('status').filter({ hasText: 'Do not place this call' });
    await answer.getByText('it is 03:00 in America/Chicago: no calls before 8 a.m. or after 9 p.m.').waitFor();
    await answer.getByText(/^The next time a call is allowed: /).waitFor();

    await section.getByRole('button', { name: 'Log a call' }).click();
    const callForm = section.getByRole('form', { name: 'Log a call' });
    await callForm.getByLabel('When (your local time)').fill(night);
    await callForm.getByLabel("Debtor's time zone").selectOption('America/Chicago');
    await callForm.getByLabel('Note').fill('Tried to reach the guarantor about the balance.');
    await callForm.getByRole('button', { name: 'Log the call' }).click();
    const refusal = callForm.getByRole('alert').filter({ hasText: 'Regulation F refuses this call' });
    await refusal.getByText(/do not place this call: it is 03:00 in America\/Chicago/).waitFor();
    const log = section.getByRole('table', { name: 'Collection communications' });
    await log.getByRole('row').nth(1).getByText('Refused: it is 03:00 in America/Chicago: no calls before 8 a.m. or after 9 p.m.').waitFor();
    await expectAccessible(page, 'patient collections with a refused call');
    await screenshot(page, 'collections-patient-call-refused');

    await section.getByRole('button', { name: 'Record an opt-out' }).click();
    const optOut = section.getByRole('form', { name: 'Record an opt-out' });
    await optOut.getByLabel('Channel').selectOption('email');
    await optOut.getByLabel('Note (optional)').fill('Asked by letter');
    await optOut.getByRole('button', { name: 'Record the opt-out' }).click();
    await section.getByRole('list', { name: 'Opt-outs' }).getByText(/^Email: since .* — Asked by letter$/).waitFor();

    await section.getByRole('button', { name: 'Record a dispute' }).click();
    const disputeForm = section.getByRole('form', { name: 'Record a dispute' });
    await disputeForm.getByLabel('How it came').selectOption('paper');
    await disputeForm.getByLabel('Amount disputed ($)').fill('60.00');
    await disputeForm.getByLabel('What the debtor disputes').fill('Says the visit of October was covered.');
    await disputeForm.getByRole('button', { name: 'Record the dispute' }).click();
    await section.getByRole('status').filter({ hasText: 'Dispute recorded' }).waitFor();
    const dispute = section.getByRole('article', { name: 'Debt dispute 1' });
    await dispute.getByText(/^Debt dispute 1: \$60\.00 disputed, received \d{4}-\d{2}-\d{2} \(in writing, on paper\)$/).waitFor();
    await dispute.getByText('Collection of the disputed amount is stopped until verification is sent.').waitFor();
    // The dispute also holds the account's statements (the Statements section's disputes).
    await page.getByRole('region', { name: 'Statements' }).getByText(/Collection dispute \(paper, received/).waitFor();

    await dispute.getByRole('button', { name: 'Record verification of debt dispute 1' }).click();
    const verification = dispute.getByRole('form', { name: 'Record verification of debt dispute 1' });
    await verification.getByLabel('What was sent to the debtor').fill('The itemized statement and the EOB of October.');
    await verification.getByRole('button', { name: 'Record the verification' }).click();
    await dispute.getByText('Verified: collection may resume.').waitFor();
    await expect(section.getByRole('status').filter({ hasText: 'Dispute recorded' }).count()).resolves.toBe(0);
    await dispute.getByText(/^Verification sent on \d{4}-\d{2}-\d{2}: The itemized statement and the EOB of October\.$/).waitFor();
    const history = await call<{ communications: { kind: string; outcome: string }[]; optOuts: { channel: string }[]; disputes: { disputedCents: number; stopsCollection: boolean; verifiedOn: string | null }[] }>(
      'GET',
      `/patients/${mariaId}/collections`,
    );
    expect(history.communications).toMatchObject([{ kind: 'call', outcome: 'refused' }]);
    expect(history.optOuts).toMatchObject([{ channel: 'email' }]);
    expect(history.disputes).toMatchObject([{ disputedCents: 6000, stopsCollection: true, verifiedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
    await expectAccessible(page, 'patient collections');
    await screenshot(page, 'collections-patient');
    expect(pageErrors).toEqual([]);
  });
});
