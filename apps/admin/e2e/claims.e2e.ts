import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, expectAccessible, launchChromium, screenshot } from './browser';
import { adminPage, apiCall, firstOrganizationId } from './session';

/**
 * Issue #10, "work a rejected claim to resolved". On embedded defaults no clearinghouse is installed, so the claim
 * reaches the payer the way an open A/R conversion brings it (an 837P another system sent, imported as submitted), and
 * the payer's 277CA rejecting it is uploaded as one downloaded from a clearinghouse portal. The rest is the screens:
 * the rejected-claims queue, the item, the claim page and its timeline, the correction, and the item resolved.
 */
const PCN = 'LEG-2001';

const OPEN_AR_837P = [
  'ISA*00*          *00*          *ZZ*OLD01          *ZZ*REC01          *260310*0900*^*00501*000000077*0*P*:',
  'GS*HC*OLD01*REC01*20260310*0900*77*X*005010X222A1',
  'ST*837*0001*005010X222A1',
  'BHT*0019*00*LEGACY1*20260310*0900*CH',
  'NM1*41*2*OLD BILLING SYSTEM*****46*OLD01',
  'PER*IC*BILLING*TE*2175550100',
  'NM1*40*2*ACME CLEARINGHOUSE*****46*REC01',
  'HL*1**20*1',
  'NM1*85*2*RIVERSIDE FAMILY MEDICINE*****XX*1234567893',
  'N3*100 MAIN ST',
  'N4*SPRINGFIELD*IL*627011234',
  'REF*EI*123456789',
  'HL*2*1*22*0',
  'SBR*P*18*G-77******CI',
  'NM1*IL*1*LOPEZ*MARIA****MI*ACM111',
  'N3*12 ELM ST',
  'N4*SPRINGFIELD*IL*62704',
  'DMG*D8*19850412*F',
  'NM1*PR*2*ACME HEALTH*****PI*ACME1',
  `CLM*${PCN}*365***11:B:1*Y*A*Y*Y`,
  'HI*ABK:E119*ABF:I10',
  'NM1*82*1*OKAFOR*ADAEZE****XX*1245319599',
  'PRV*PE*PXC*207Q00000X',
  'LX*1',
  'SV1*HC:99213:25*125*UN*1***1:2',
  'DTP*472*D8*20260302',
  'REF*6R*LEG-A-1',
  'LX*2',
  'SV1*HC:97110:GP*240*UN*4***1',
  'DTP*472*D8*20260302',
  'REF*6R*LEG-A-2',
  'SE*30*0001',
  'GE*1*77',
  'IEA*1*000000077',
].join('~\n');

const REJECTING_277CA = [
  'ISA*00*          *00*          *ZZ*ACME1          *ZZ*RIVERSIDE01    *261130*1030*^*00501*000000901*0*P*:',
  'GS*HN*ACME1*RIVERSIDE01*20261130*1030*901*X*005010X214',
  'ST*277*0001*005010X214',
  'BHT*0085*08*R1*20261130*1100*TH',
  'HL*1**20*1',
  'NM1*PR*2*Acme Health*****PI*ACME1',
  'TRN*1*R1',
  'DTP*050*D8*20261130',
  'DTP*009*D8*20261130',
  'HL*2*1*21*1',
  'NM1*41*2*Riverside*****46*RIVERSIDE01',
  'TRN*2*R1',
  'STC*A1:19:PR*20261130*WQ*365',
  'QTY*AA*1',
  'AMT*YY*365',
  'HL*3*2*19*1',
  'NM1*85*2*Riverside Family Medicine*****XX*1234567893',
  'TRN*1*0',
  'STC*A1:19:PR**WQ*365',
  'QTY*QC*1',
  'AMT*YY*365',
  'HL*4*3*PT',
  'NM1*QC*1*LOPEZ*****MI*ACM111',
  `TRN*2*${PCN}`,
  'STC*A7:164:IL*20261130*U*365********member id not found',
  'DTP*472*D8*20260302',
  'SE*25*0001',
  'GE*1*901',
  'IEA*1*000000901',
].join('~\n');

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let organizationId = '';

/** Posts a file (an X12 interchange, a code set) as text from the page's session. */
async function upload<T>(path: string, body: string, contentType = 'text/plain'): Promise<T> {
  const session = await page.request.get(`${baseUrl}/api/auth/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await page.request.post(`${baseUrl}${path}`, { data: body, headers: { 'x-csrf-token': csrfToken, 'content-type': contentType } });
  if (!response.ok()) throw new Error(`POST ${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

beforeAll(async () => {
  browser = await launchChromium();
  ({ context, page } = await adminPage(browser));
  pageErrors = collectPageErrors(page);
  organizationId = await firstOrganizationId(page);
  const org = `/api/organizations/${organizationId}`;
  await apiCall(page, 'PATCH', org, { x12SubmitterId: 'RIVERSIDE01' });
  await apiCall(page, 'POST', `${org}/payers`, { name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI' });
  // The code sets the scrub checks the corrected claim against.
  await upload(`${org}/reference-imports/icd10cm?effectiveDate=2025-10-01`, 'E119    Type 2 diabetes mellitus without complications\nI10     Essential (primary) hypertension\n');
  await upload(`${org}/reference-imports/cpt?effectiveDate=2026-01-01`, 'code,description\n99213,office visit established low\n97110,therapeutic exercise 15 min\n', 'text/csv');
  await upload(`${org}/reference-imports/modifiers?effectiveDate=2020-01-01`, '25\tSignificant, separately identifiable E/M service\nGP\tPhysical therapy plan of care\n');
  const imported = await upload<{ imported: number }>(`${org}/conversions/837p`, `${OPEN_AR_837P}~\n`);
  expect(imported.imported).toBe(1);
  const applied = await upload<{ kind: string; outcome: string }>(`${org}/claims/acknowledgments?fileName=portal.277ca`, `${REJECTING_277CA}~\n`);
  expect(applied).toMatchObject({ kind: '277CA', outcome: 'applied' });
});

afterEach(async (test) => {
  if (test.task.result?.state === 'fail') await screenshot(page, `failed-claims-${test.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('claims and work queues', () => {
  let rejectedClaimUrl = '';
  let workItemUrl = '';

  it('finds the rejected claim in the rejected-claims queue and assigns it with a due date', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work queues' }).click();
    // The queue lives in the URL: the radio shows it once the router has navigated (a transition), so click, then wait.
    const rejectedQueue = page.getByRole('radio', { name: /Rejected claims/ });
    await rejectedQueue.click();
    await page.getByRole('heading', { name: 'Rejected claims', level: 2 }).waitFor();
    await expect.poll(() => rejectedQueue.isChecked()).toBe(true);
    const link = page.getByRole('link', { name: new RegExp(`Claim ${PCN} rejected by the payer \\(277CA\\)`) });
    await link.waitFor();
    expect(page.url()).toContain('queue=rejected-claims');
    await expectAccessible(page, 'work queues');
    await screenshot(page, 'claims-01-rejected-queue');

    await link.click();
    await page.getByRole('heading', { name: new RegExp(`Claim ${PCN} rejected`) }).waitFor();
    workItemUrl = page.url();
    await page.getByText("Payer's message: member id not found.", { exact: false }).waitFor();
    const admin = await page.getByLabel('Assign to').locator('option').nth(1).getAttribute('value');
    await page.getByLabel('Assign to').selectOption(admin!);
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await page.getByText(/follow-up · claim-rejection · assigned/).waitFor();
    await page.getByLabel('Due date').fill('2026-12-04');
    await page.getByRole('button', { name: 'Set due date' }).click();
    await page.getByText(/due 2026-12-04/).waitFor();
    await page.getByLabel('Transition').selectOption('start');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText(/follow-up · claim-rejection · in-progress/).waitFor();
    await expectAccessible(page, 'work item');
    await screenshot(page, 'claims-02-work-item');
  });

  it('opens the claim from its item and sees the rejection on its timeline', async () => {
    await page.getByRole('link', { name: 'open the claim' }).click();
    await page.getByRole('heading', { name: `Claim ${PCN}` }).waitFor();
    rejectedClaimUrl = page.url();
    await page.getByLabel('State rejected').waitFor();
    await page.getByText('$365.00').first().waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('277CA portal.277ca — rejected: A7').waitFor();
    await timeline.getByText('reject: submitted → rejected').waitFor();
    await timeline.getByText('import: draft → submitted').waitFor();
    await timeline.getByText(/charge \$125\.00 \(payer\)/).waitFor();
    await expectAccessible(page, 'claim page');
    await screenshot(page, 'claims-03-rejected-claim');
  });

  it('corrects the claim into a new original, scrubs and releases it', async () => {
    await page.getByRole('button', { name: 'Correct and send again (new original)' }).click();
    await page.getByLabel('State draft').waitFor();
    expect(page.url()).not.toBe(rejectedClaimUrl);
    await page.getByText('the claim it corrects').waitFor();
    await page.getByRole('list', { name: 'Timeline' }).getByText(new RegExp(`Sent again for claim ${PCN}`)).waitFor();
    await page.getByRole('button', { name: 'Scrub' }).click();
    await page.getByLabel('State scrubbed').waitFor();
    await page.getByRole('button', { name: 'Release' }).click();
    await page.getByLabel('State ready').waitFor();
    await expectAccessible(page, 'corrected claim');
    await screenshot(page, 'claims-04-corrected-claim');
  });

  it('lists claims filtered from the URL and submits the ready ones (no clearinghouse on embedded defaults)', async () => {
    await page.goto(`${baseUrl}/admin/claims?state=ready`);
    await page.getByRole('heading', { name: 'Claims', level: 1 }).waitFor();
    await page.getByText('1 claim(s)').waitFor();
    expect(await page.getByLabel('State').inputValue()).toBe('ready');
    await page.getByRole('button', { name: 'Submit ready claims' }).click();
    await page.getByRole('status').getByText(/1 claim\(s\) to Acme Health not submitted: payer Acme Health has no clearinghouse/).waitFor();
    await page.getByLabel('State').selectOption('corrected');
    await page.getByRole('link', { name: PCN }).waitFor();
    expect(page.url()).toContain('state=corrected');
    await expectAccessible(page, 'claims list');
    await screenshot(page, 'claims-05-claims-list');
  });

  it('resolves the item with what was done, and the first claim tells the story', async () => {
    await page.goto(workItemUrl);
    await page.getByRole('heading', { name: new RegExp(`Claim ${PCN} rejected`) }).waitFor();
    await page.getByLabel('Note (also the resolution when resolving)').fill('Member id corrected on the coverage; sent again as a new original.');
    await page.getByLabel('Transition').selectOption('resolve');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText(/follow-up · claim-rejection · resolved/).waitFor();
    await page.getByText('Resolution: Member id corrected on the coverage; sent again as a new original.').waitFor();
    await screenshot(page, 'claims-06-resolved-item');

    await page.goto(rejectedClaimUrl);
    await page.getByLabel('State corrected').waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText(/Superseded by claim/).waitFor();
    await timeline.getByText(/correct: rejected → corrected, by /).waitFor();
    await timeline.getByText(/— resolved/).waitFor();
    expect(await page.getByRole('button', { name: 'Correct and send again (new original)' }).count()).toBe(0);
    await screenshot(page, 'claims-07-timeline');
    expect(pageErrors).toEqual([]);
  });
});
