import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, expectAccessible, launchChromium, screenshot } from './browser';
import { lopezAdjudication835 } from './fixtures/lopez-835';
import { adminPage, apiCall, postX12 } from './session';

const baseUrl = inject('baseUrl');
/** Three claims of another system to Acme Health: Maria Lopez's LEG-1001 ($365.00) and LEG-1003 ($99.00), Lucia Lopez's LEG-1002 ($125.00). */
const OPEN_AR_837P = readFileSync(new URL('./fixtures/open-ar.837p', import.meta.url), 'utf8');

let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let organizationId = '';
let mariaId = '';

const api = (path: string) => `/api/organizations/${organizationId}${path}`;
const main = () => page.getByRole('main');

beforeAll(async () => {
  browser = await launchChromium();
  ({ context, page } = await adminPage(browser));
  pageErrors = collectPageErrors(page);
  // A clinic of its own, so the other files' balances never enter these runs.
  organizationId = (await apiCall<{ id: string }>(page, 'POST', '/api/organizations', { name: 'Statements Clinic' })).id;
  await apiCall(page, 'PATCH', `/api/organizations/${organizationId}`, { x12SubmitterId: 'RIVERSIDE01' });
  await apiCall(page, 'POST', api('/payers'), { name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI' });
  expect(await postX12(page, api('/conversions/837p'), OPEN_AR_837P)).toMatchObject({ claimsInFile: 3, imported: 3 });
  expect(await postX12(page, api('/remittances'), lopezAdjudication835())).toMatchObject({ postings: [{ outcome: 'posted', paymentCents: 37_900, claimPayments: 3, unmatched: 0 }] });
  const found = await apiCall<{ items: { id: string; firstName: string }[] }>(page, 'POST', api('/patients/search'), { lastName: 'LOPEZ', limit: 10 });
  mariaId = found.items.find((patient) => /^maria$/i.test(patient.firstName))?.id ?? '';
  expect(mariaId).not.toBe('');
  const balances = await apiCall<{ items: { party: string; balanceCents: number }[] }>(page, 'GET', api(`/ledger/balances/patients/${mariaId}`));
  expect(balances.items.filter((item) => item.party === 'patient').reduce((sum, item) => sum + item.balanceCents, 0)).toBe(6000);
  await page.reload();
  await page.getByLabel('Organization').selectOption(organizationId);
});

afterEach(async (test) => {
  if (test.task.result?.state === 'fail') await screenshot(page, `failed-statements-${test.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('patient statements in Chromium', () => {
  it('saves the statement settings: a field the server refuses is marked, the minimum balance is typed in dollars', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statements' }).click();
    await page.getByRole('heading', { level: 1, name: 'Statements' }).waitFor();
    await page.getByText('No statement run yet.').waitFor();
    await main().getByRole('link', { name: 'Statement settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Statement settings' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'The defaults apply' }).waitFor();
    const form = page.getByRole('form', { name: 'Statement settings' });
    await expect.poll(() => form.getByLabel('Minimum balance ($)').inputValue()).toBe('5.00');

    await form.getByLabel('Address').fill('100 Main Street\nSpringfield, IL 62701');
    await form.getByLabel('Phone').fill('555');
    await form.getByRole('button', { name: 'Save statement settings' }).click();
    await form.getByText('Too small: expected string to have >=7 characters').waitFor();
    await expect(form.getByLabel('Phone').getAttribute('aria-invalid')).resolves.toBe('true');
    await expectAccessible(page, 'statement settings with a field error');
    await screenshot(page, 'statements-settings-field-error');
    expect(await apiCall(page, 'GET', api('/statement-settings'))).toMatchObject({ saved: false });

    await form.getByLabel('Phone').fill('(217) 555-0100');
    await form.getByLabel('Minimum balance ($)').fill('10.00');
    await form.getByRole('button', { name: 'Save statement settings' }).click();
    await form.getByText('Statement settings saved').waitFor();
    expect(await apiCall(page, 'GET', api('/statement-settings'))).toMatchObject({
      saved: true,
      minimumBalanceCents: 1000,
      billingAddress: ['100 Main Street', 'Springfield, IL 62701'],
      billingPhone: '(217) 555-0100',
    });
    await expectAccessible(page, 'statement settings');
    await screenshot(page, 'statements-settings');
  });

  it("records a guarantor's consent to statements by email on the patient page", async () => {
    await page.goto(`${baseUrl}/admin/patients/${mariaId}`);
    const section = page.getByRole('region', { name: 'Statements' });
    const account = section.getByRole('table', { name: 'Statement account' });
    await account.getByText('By mail: the guarantor has not consented to email').waitFor();
    await section.getByRole('button', { name: 'Change email consent or hold' }).click();
    const form = section.getByRole('form', { name: 'Email consent and hold' });
    await form.getByRole('checkbox', { name: 'The guarantor consents to statements by email' }).check();
    await form.getByLabel('Statement email').fill('maria.lopez@example.test');
    await form.getByRole('button', { name: 'Save account' }).click();
    await account.getByText('By email to maria.lopez@example.test').waitFor();
    await expectAccessible(page, 'patient statement account');
  });

  it('runs statements now, shows the run in the log and each account’s outcome; a second run sends nothing', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statements' }).click();
    await page.getByRole('button', { name: 'Run statements now' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Statements run' });
    await status.getByText(/looked at 2 account\(s\): 1 sent, 0 failed, 0 settled, 0 written off, 1 skipped\./).waitFor();
    const log = page.getByRole('table', { name: 'Statement runs' });
    const row = log.getByRole('row').nth(1);
    await row.getByText('No email consent, and no print channel to mail it: 1').waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(2, 6)).toEqual(['Run now by a user', '1', '0', '0']);
    await expectAccessible(page, 'statement runs');
    await screenshot(page, 'statements-runs');

    await status.getByRole('link', { name: "See each account's outcome" }).click();
    await page.getByRole('heading', { level: 1, name: /^Statement run of \d{4}-\d{2}-\d{2}$/ }).waitFor();
    const outcomes = page.getByRole('table', { name: 'Outcomes' });
    const maria = outcomes.getByRole('row').filter({ has: page.getByRole('link', { name: /LOPEZ, MARIA/i }) });
    await maria.waitFor();
    await expect(maria.getByRole('cell').allTextContents()).resolves.toEqual([expect.stringMatching(/LOPEZ, MARIA/i), 'Sent', 'Sent by email', '$60.00', 'PDF']);
    const lucia = outcomes.getByRole('row').filter({ has: page.getByRole('link', { name: /LOPEZ, LUCIA/i }) });
    await lucia.waitFor();
    await expect(lucia.getByRole('cell').allTextContents()).resolves.toEqual([expect.stringMatching(/LOPEZ, LUCIA/i), 'Skipped', 'No email consent, and no print channel to mail it', '$125.00', '—']);
    await page.getByLabel('Result').selectOption('skipped');
    await expect(outcomes.getByRole('row').count()).resolves.toBe(2);
    await page.getByLabel('Result').selectOption('');
    await expectAccessible(page, 'statement run outcomes');
    await screenshot(page, 'statements-run-outcomes');

    await page.getByRole('link', { name: '← Statements' }).click();
    await page.getByRole('button', { name: 'Run statements now' }).click();
    await status.getByText(/looked at 2 account\(s\): 0 sent, 0 failed, 0 settled, 0 written off, 2 skipped\./).waitFor();
    await log.getByRole('row').nth(1).getByText('A statement went out within the cadence: 1').waitFor();
    await expect(log.getByRole('row').count()).resolves.toBe(3);
  });

  it("opens a patient's statements from the run: the statement sent with its PDF, and a dispute opened, answered and resolved", async () => {
    await page.getByRole('table', { name: 'Statement runs' }).getByRole('row').nth(2).getByRole('link', { name: /Outcomes of the run/ }).click();
    await page.getByRole('table', { name: 'Outcomes' }).getByRole('link', { name: /LOPEZ, MARIA/i }).click();
    await page.getByRole('heading', { level: 1, name: /LOPEZ, MARIA/i }).waitFor();
    const section = page.getByRole('region', { name: 'Statements' });
    const account = section.getByRole('table', { name: 'Statement account' });
    await account.getByText('In the statement cycle').waitFor();
    await expect(account.getByRole('row').filter({ hasText: 'Statements sent in this cycle' }).getByRole('cell').textContent()).resolves.toBe('1');

    const statements = section.getByRole('table', { name: 'Statements sent' });
    const sent = statements.getByRole('row').nth(1);
    await sent.getByText('$60.00').waitFor();
    await expect(sent.getByRole('cell').nth(1).textContent()).resolves.toBe('Statement');
    await sent.getByText(/^email: delivered/).waitFor();
    const pdfLink = sent.getByRole('link', { name: /^Statement of \d{4}-\d{2}-\d{2} \(PDF\)$/ });
    const href = (await pdfLink.getAttribute('href')) ?? '';
    expect(href).toMatch(new RegExp(`^/api/organizations/${organizationId}/statements/[0-9a-f-]{36}/pdf$`));
    const pdf = await page.request.get(`${baseUrl}${href}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await section.getByRole('button', { name: 'Open a dispute' }).click();
    await section.getByLabel('What the patient disputes').fill('The copay was paid at the visit.');
    await section.getByRole('button', { name: 'Open the dispute' }).click();
    const dispute = section.getByRole('article', { name: 'Dispute 1' });
    await dispute.getByText('Dispute 1: Open (statements held)').waitFor();
    await dispute.getByRole('button', { name: 'Answer dispute 1' }).click();
    await dispute.getByLabel('The answer given to the patient').fill('We found the copay receipt and are checking the posting.');
    await dispute.getByRole('button', { name: 'Save the answer' }).click();
    await dispute.getByText('Dispute 1: Answered (statements held)').waitFor();
    await dispute.getByText('Answer: We found the copay receipt and are checking the posting.').waitFor();
    await expectAccessible(page, 'patient statements with an answered dispute');
    await screenshot(page, 'statements-patient');
    await dispute.getByRole('button', { name: 'Resolve dispute 1' }).click();
    await dispute.getByLabel('How it was resolved').fill('The copay was posted; the balance is right.');
    await dispute.getByRole('button', { name: 'Resolve the dispute' }).click();
    await dispute.getByText('Dispute 1: Resolved').waitFor();
    await expect(dispute.getByRole('button').count()).resolves.toBe(0);
    const disputes = await apiCall<{ items: { state: string; resolution: string }[] }>(page, 'GET', api(`/patients/${mariaId}/disputes`));
    expect(disputes.items).toMatchObject([{ state: 'resolved', resolution: 'The copay was posted; the balance is right.' }]);
  });

  it("edits the statement template on the plugins screen as multi-line text; a template that does not render is refused with the server's message", async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plugins' }).click();
    const plugin = page.getByRole('region', { name: 'patient-statements' });
    const template = plugin.getByLabel('template');
    await template.waitFor();
    await expect(template.evaluate((element) => element.tagName)).resolves.toBe('TEXTAREA');
    await template.fill('<h1>{{provider.name}}</h1>\n<p>Amount due: {{amountDue}} by {{dueDatee}}</p>');
    await plugin.getByRole('button', { name: 'Save settings' }).click();
    await plugin.getByText(/^the template does not render the sample statement: .*dueDatee/).waitFor();
    await expect(template.getAttribute('aria-invalid')).resolves.toBe('true');
    await expectAccessible(page, 'statement template refused');
    await screenshot(page, 'statements-template-refused');

    await template.fill('<h1>{{provider.name}}</h1>\n<p>Amount due: {{amountDue}} by {{dueDate}}</p>');
    await plugin.getByRole('button', { name: 'Save settings' }).click();
    await plugin.getByText('Settings saved').waitFor();
    const listed = await apiCall<{ id: string; settings: { template?: string } }[]>(page, 'GET', api('/plugins'));
    expect(listed.find((candidate) => candidate.id === 'patient-statements')?.settings.template).toBe('<h1>{{provider.name}}</h1>\n<p>Amount due: {{amountDue}} by {{dueDate}}</p>');
    expect(pageErrors).toEqual([]);
  });
});
