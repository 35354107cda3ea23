import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, expectAccessible, launchChromium, screenshot } from './browser';
import { adminPage, apiCall, firstOrganizationId } from './session';

const baseUrl = inject('baseUrl');

/**
 * A claim billed before OpenRCM (the open A/R conversion registers payer, providers, patient, coverage, encounter
 * with its charge and the claim as submitted): RMT-2001, one 99213 at $125.00, to Riverbend Mutual.
 */
const OPEN_AR_837P = [
  'ISA*00*          *00*          *ZZ*OLD01          *ZZ*REC01          *261102*0900*^*00501*000000301*0*P*:',
  'GS*HC*OLD01*REC01*20261102*0900*301*X*005010X222A1',
  'ST*837*0001*005010X222A1',
  'BHT*0019*00*RMT301*20261102*0900*CH',
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
  'NM1*IL*1*PAYWELL*RITA****MI*RBM333',
  'N3*12 ELM ST',
  'N4*SPRINGFIELD*IL*62704',
  'DMG*D8*19850412*F',
  'NM1*PR*2*RIVERBEND MUTUAL*****PI*RBM01',
  'CLM*RMT-2001*125***11:B:1*Y*A*Y*Y',
  'HI*ABK:E119',
  'NM1*82*1*OKAFOR*ADAEZE****XX*1245319599',
  'PRV*PE*PXC*207Q00000X',
  'LX*1',
  'SV1*HC:99213*125*UN*1***1',
  'DTP*472*D8*20261102',
  'REF*6R*RMT-A-1',
  'SE*26*0001',
  'GE*1*301',
  'IEA*1*000000301',
].join('~\n') + '~\n';

/** An 835 from the same payer paying a claim that is not ours (NOT-OURS-77): $50.00 by check EFT-UNMATCHED-1. */
const UNMATCHED_835 = [
  'ISA*00*          *00*          *ZZ*ACME1          *ZZ*RIVERSIDE01    *261120*1200*^*00501*000000001*0*P*:',
  'GS*HP*ACME1*RIVERSIDE01*20261120*1200*1*X*005010X221A1',
  'ST*835*0001',
  'BPR*I*50*C*CHK************20261120',
  'TRN*1*EFT-UNMATCHED-1*1999999999',
  'N1*PR*RIVERBEND MUTUAL*XV*RBM01',
  'PER*BL*PROVIDER SERVICES*TE*8005550100',
  'N1*PE*RIVERSIDE FAMILY MEDICINE*XX*1234567893',
  'CLP*NOT-OURS-77*1*70*50**CI*ICN-77',
  'NM1*QC*1*STRANGER*SAM',
  'SVC*HC:99213*70*50**1',
  'DTM*472*20261102',
  'CAS*CO*45*20',
  'SE*12*0001',
  'GE*1*1',
  'IEA*1*000000001',
].join('~\n') + '~\n';

/** The smallest PNG (1×1 pixel), as the scanned EOB. */
const EOB_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let organizationId = '';
let payerRecordId = '';
let claimId = '';
let patientId = '';

const api = (path: string) => `/api/organizations/${organizationId}${path}`;

/** A raw-body API call from the page's session (X12 or CSV), with the CSRF token. */
async function postText<T>(path: string, contentType: string, body: string): Promise<T> {
  const session = await page.request.get(`${baseUrl}/api/auth/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await page.request.post(`${baseUrl}${path}`, { data: body, headers: { 'content-type': contentType, 'x-csrf-token': csrfToken } });
  if (!response.ok()) throw new Error(`POST ${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

async function open(path: string, heading: string | RegExp): Promise<void> {
  await page.goto(`${baseUrl}/admin${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

beforeAll(async () => {
  browser = await launchChromium();
  ({ context, page } = await adminPage(browser));
  pageErrors = collectPageErrors(page);
  organizationId = await firstOrganizationId(page);
  const imported = await postText<{ imported: number; claims: { claimId: string | null }[] }>(api('/conversions/837p'), 'application/edi-x12', OPEN_AR_837P);
  expect(imported.imported).toBe(1);
  claimId = imported.claims[0]?.claimId ?? '';
  const claim = await apiCall<{ state: string; patientId: string }>(page, 'GET', api(`/claims/${claimId}`));
  expect(claim.state).toBe('submitted');
  patientId = claim.patientId;
  const payers = await apiCall<{ items: { id: string; payerId: string }[] }>(page, 'GET', api('/payers?limit=200'));
  payerRecordId = payers.items.find((payer) => payer.payerId === 'RBM01')?.id ?? '';
  expect(payerRecordId).not.toBe('');
});

afterEach(async (test) => {
  if (test.task.result?.state === 'fail') await screenshot(page, `failed-${test.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('money screens', () => {
  it('enters a paper EOB: refuses a line that does not balance, then posts it with its scan; the claim is paid', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Remittances' }).click();
    await page.getByRole('heading', { level: 1, name: 'Remittances' }).waitFor();
    await page.getByRole('link', { name: 'Enter a paper EOB' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enter a paper EOB' }).waitFor();

    await page.getByRole('combobox', { name: 'Payer', exact: true }).selectOption(payerRecordId);
    await page.getByRole('textbox', { name: 'Check number', exact: true }).fill('CHK-E2E-1');
    await page.getByLabel('Check date').fill('2026-11-20');
    await page.getByRole('textbox', { name: 'Check amount ($)', exact: true }).fill('80.00');
    await page.getByRole('textbox', { name: 'Claim number, claim 1', exact: true }).fill('RMT-2001');
    await page.getByRole('textbox', { name: 'Patient responsibility, claim 1', exact: true }).fill('20.00');
    await page.getByRole('textbox', { name: 'Procedure, claim 1, line 1', exact: true }).fill('99213');
    await page.getByLabel('Service date, claim 1, line 1').fill('2026-11-02');
    await page.getByRole('textbox', { name: 'Charge, claim 1, line 1', exact: true }).fill('125.00');
    await page.getByRole('textbox', { name: 'Paid, claim 1, line 1', exact: true }).fill('80.00');
    await page.getByRole('button', { name: 'Add an adjustment, claim 1, line 1' }).click();
    await page.getByRole('textbox', { name: 'Reason, adjustment 1, claim 1, line 1', exact: true }).fill('45');
    await page.getByRole('textbox', { name: 'Amount, adjustment 1, claim 1, line 1', exact: true }).fill('25.00');
    await page.getByRole('button', { name: 'Post the EOB' }).click();
    await page.getByText('the line does not balance: charge $125.00 should equal paid $80.00 + adjustments $25.00 ($105.00)').waitFor();
    await expectAccessible(page, 'manual EOB with a line that does not balance');
    await screenshot(page, 'remittances-manual-eob');

    await page.getByRole('button', { name: 'Add an adjustment, claim 1, line 1' }).click();
    await page.getByRole('combobox', { name: 'Group, adjustment 2, claim 1, line 1', exact: true }).selectOption('PR');
    await page.getByRole('textbox', { name: 'Reason, adjustment 2, claim 1, line 1', exact: true }).fill('2');
    await page.getByRole('textbox', { name: 'Amount, adjustment 2, claim 1, line 1', exact: true }).fill('20.00');
    await page.locator('input[type="file"]').setInputFiles({ name: 'eob.png', mimeType: 'image/png', buffer: EOB_PNG });
    await page.getByRole('button', { name: 'Post the EOB' }).click();

    await page.getByRole('heading', { level: 1, name: /check CHK-E2E-1/ }).waitFor();
    const claim = page.getByRole('region', { name: 'Claim RMT-2001' });
    await expect(claim.getByText('matched', { exact: true }).isVisible()).resolves.toBe(true);
    const adjustments = claim.getByRole('list', { name: 'Adjustments of 99213' }).getByRole('listitem');
    // The reasons' descriptions come from the reference codes, each looked up once shown.
    await adjustments.getByText(/Charge above the allowed/).waitFor();
    await adjustments.getByText(/coinsurance share/).waitFor();
    await expect(adjustments.allTextContents()).resolves.toEqual([
      'CO-45 $25.00 — Contractual obligation (written off by contract): Charge above the allowed or contracted amount (adjusted off (contract))',
      "PR-2 $20.00 — Patient responsibility: Patient's coinsurance share (moved to the patient)",
    ]);
    await page.getByRole('img', { name: 'The scanned paper EOB' }).waitFor();
    await expectAccessible(page, 'remittance detail');
    await screenshot(page, 'remittances-detail');

    const paid = await apiCall<{ state: string }>(page, 'GET', api(`/claims/${claimId}`));
    expect(paid.state).toBe('paid');
    const balances = await apiCall<{ items: { party: string; balanceCents: number }[] }>(page, 'GET', api(`/ledger/balances/patients/${patientId}`));
    expect(balances.items.map((item) => [item.party, item.balanceCents])).toEqual(expect.arrayContaining([['payer', 0], ['patient', 2000]]));
  });

  it('shows the posted remittances and the ledger: the payer owes nothing, the ledger verifies', async () => {
    await open('/remittances', 'Remittances');
    const row = page.getByRole('table', { name: 'Remittances' }).getByRole('row').filter({ hasText: 'CHK-E2E-1' });
    await expect(row.textContent()).resolves.toContain('$80.00');
    await expectAccessible(page, 'remittances');
    await screenshot(page, 'remittances-list');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Ledger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ledger' }).waitFor();
    const payerRow = page.getByRole('table', { name: 'Payer balances' }).getByRole('row').filter({ hasText: 'RIVERBEND MUTUAL' });
    await expect(payerRow.getByRole('cell').nth(1).textContent()).resolves.toBe('$0.00');
    await page.getByRole('button', { name: 'Verify the ledger' }).click();
    await page.getByText(/^Verified: \d+ entries, no violation$/).waitFor();
    await expectAccessible(page, 'ledger');
    await screenshot(page, 'remittances-ledger');
  });

  it('uploads an 835 that matches no claim and finds it in the unmatched queue', async () => {
    await open('/remittances', 'Remittances');
    await page.locator('input[type="file"]').setInputFiles({ name: 'unmatched.835', mimeType: 'application/edi-x12', buffer: Buffer.from(UNMATCHED_835) });
    await page.getByRole('button', { name: 'Upload and post' }).click();
    const result = page.getByRole('status', { name: 'Posting result' });
    await result.getByText('Check EFT-UNMATCHED-1: posted').waitFor();
    await expect(result.textContent()).resolves.toContain('$50.00 posted: 0 claim payment(s) matched, 1 left unmatched.');
    await expectAccessible(page, '835 upload result');
    await screenshot(page, 'remittances-upload-835');

    await page.getByRole('navigation', { name: 'Remittance screens' }).getByRole('link', { name: 'Unmatched' }).click();
    await page.getByRole('heading', { level: 1, name: 'Unmatched claim payments' }).waitFor();
    const row = page.getByRole('table', { name: 'Unmatched claim payments' }).getByRole('row').filter({ hasText: 'NOT-OURS-77' });
    await expect(row.textContent()).resolves.toMatch(/\$70\.00\$50\.00.*NOT-OURS-77/);
    await expectAccessible(page, 'unmatched queue');
    await screenshot(page, 'remittances-unmatched');

    await page.getByRole('navigation', { name: 'Remittance screens' }).getByRole('link', { name: 'Variances' }).click();
    await page.getByRole('heading', { level: 1, name: 'Payment variances' }).waitFor();
    await page.getByRole('table', { name: 'Payment variances' }).waitFor();
    await expectAccessible(page, 'variances');
    await screenshot(page, 'remittances-variances');
  });

  it('records deposits: one matches its remittance at once, the other is matched by hand with a reason', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Deposits' }).click();
    await page.getByRole('heading', { level: 1, name: 'Deposits' }).waitFor();
    const record = async (amount: string, trace: string) => {
      const form = page.getByRole('form', { name: 'Record a deposit' });
      await form.getByLabel('Deposit date').fill('2026-11-23');
      await form.getByRole('textbox', { name: 'Amount ($)', exact: true }).fill(amount);
      await form.getByRole('textbox', { name: 'Trace number (TRN02)', exact: true }).fill(trace);
      await form.getByRole('button', { name: 'Record the deposit' }).click();
      await page.getByRole('status').filter({ hasText: 'Reconciliation' }).waitFor();
    };
    const deposits = page.getByRole('table', { name: 'Deposits' });
    await record('80.00', 'CHK-E2E-1');
    await deposits.getByRole('row').filter({ hasText: 'CHK-E2E-1' }).getByText('matched (auto)').waitFor();
    await record('49.00', 'EFT-UNMATCHED-1');
    const near = deposits.getByRole('row').filter({ hasText: '$49.00' });
    await near.getByText('unmatched', { exact: true }).waitFor();
    await expectAccessible(page, 'deposits');
    await screenshot(page, 'remittances-deposits');

    const remittances = await apiCall<{ items: { id: string }[] }>(page, 'GET', api('/remittances?traceNumber=EFT-UNMATCHED-1'));
    await page.getByRole('button', { name: 'Match the deposit of $49.00 on 2026-11-23' }).click();
    const dialog = page.getByRole('dialog', { name: 'Match the deposit to a remittance' });
    await dialog.getByRole('combobox', { name: 'Remittance', exact: true }).selectOption(remittances.items[0]?.id ?? '');
    await dialog.getByText('The amounts differ by -$1.00; say why in the reason.').waitFor();
    await dialog.getByRole('textbox', { name: 'Reason', exact: true }).fill('the bank took a $1.00 wire fee');
    await expectAccessible(page, 'match dialog');
    await screenshot(page, 'remittances-deposit-match');
    await dialog.getByRole('button', { name: 'Match' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await near.getByText('matched (manual)').waitFor();
    await expect(near.textContent()).resolves.toContain('difference -$1.00');
    await expect.poll(() => page.getByRole('table', { name: 'Remittances no deposit matched' }).getByRole('row').filter({ hasText: 'EFT-UNMATCHED-1' }).count()).toBe(0);
  });

  it('refunds a credit balance after the payer paid the claim twice', async () => {
    // The payer sends the same payment again under another check: its account of the line goes $125.00 below zero.
    await apiCall(page, 'POST', api('/remittances/manual'), {
      payerRecordId, checkNumber: 'CHK-E2E-2', checkDate: '2026-11-24', paymentCents: 8000,
      claims: [{ patientControlNumber: 'RMT-2001', statusCode: '1', chargeCents: 12500, paymentCents: 8000, lines: [{ procedureCode: '99213', chargeCents: 12500, paymentCents: 8000, adjustments: [{ groupCode: 'CO', reasonCode: '45', amountCents: 2500 }, { groupCode: 'PR', reasonCode: '2', amountCents: 2000 }] }] }],
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Credit balances' }).click();
    await page.getByRole('heading', { level: 1, name: 'Credit balances' }).waitFor();
    const row = page.getByRole('table', { name: 'Credit balances' }).getByRole('row').filter({ hasText: 'RMT-2001' });
    await expect(row.textContent()).resolves.toContain('RIVERBEND MUTUAL');
    await expectAccessible(page, 'credit balances');
    await screenshot(page, 'remittances-credit-balances');

    await row.getByRole('button', { name: /^Refund / }).click();
    const dialog = page.getByRole('dialog', { name: 'Refund a credit' });
    await dialog.getByRole('textbox', { name: 'Amount ($)', exact: true }).fill('500.00');
    await dialog.getByRole('textbox', { name: 'Refund check or transaction number', exact: true }).fill('REF-E2E-1');
    await dialog.getByRole('textbox', { name: 'Reason', exact: true }).fill('duplicate payment of check CHK-E2E-1');
    await dialog.getByRole('button', { name: 'Confirm the refund' }).click();
    await dialog.getByText(/^at most the credit of \$/).waitFor();
    await expectAccessible(page, 'refund dialog');
    await screenshot(page, 'remittances-credit-refund');
    await dialog.getByRole('textbox', { name: 'Amount ($)', exact: true }).fill('80.00');
    await dialog.getByRole('button', { name: 'Confirm the refund' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const balances = await apiCall<{ items: { party: string; balanceCents: number }[] }>(page, 'GET', api(`/ledger/balances/patients/${patientId}`));
    const payer = balances.items.find((item) => item.party === 'payer');
    expect(payer?.balanceCents).toBe(-4500);
    await expect.poll(() => row.textContent()).toContain('$45.00');
    expect(pageErrors).toEqual([]);
  });
});
