import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, expectAccessible, launchChromium, screenshot } from './browser';
import { randomNpi } from './npi';
import { adminPage, apiCall, firstOrganizationId } from './session';

/**
 * Issue #10, coding: a visit registered and checked in through the API is coded on the encounter screen — diagnoses
 * and procedures from the code search, charges priced from the fee schedule, a charge voided — and moved to
 * ready-to-bill; then a gate check set to `enforce` refuses a transition with its reasons on screen, and once set to
 * `exception` the transition passes by exception with an owner and a reason.
 */

/** The date of service: today (UTC), as the server checks dates of service against. */
const TODAY = new Date().toISOString().slice(0, 10);
/** Answers come from a server shared with other work: wait as long as Playwright's own waits do. */
const POLL = { timeout: 30_000 };
const RUN = Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6) || 'run';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let base = '';
let practice: { locationId: string; groupId: string; doctorId: string; payerId: string };

async function upload(path: string, contentType: string, body: string): Promise<void> {
  const response = await page.request.fetch(`${inject('baseUrl')}${base}${path}`, {
    method: 'POST',
    data: body,
    headers: { 'content-type': contentType, 'x-csrf-token': await csrf() },
  });
  if (!response.ok()) throw new Error(`POST ${path} answered ${response.status()}: ${await response.text()}`);
}

async function csrf(): Promise<string> {
  const session = await page.request.get(`${inject('baseUrl')}/api/auth/session`);
  return ((await session.json()) as { csrfToken: string }).csrfToken;
}

/** A patient with a guarantor and a primary coverage, a visit today, checked in, the patient's share communicated. */
async function checkedInVisit(lastName: string, options: { eligibilityVerified: boolean }): Promise<string> {
  const patient = await apiCall<{ id: string }>(page, 'POST', `${base}/patients`, { firstName: 'Rosa', lastName, birthDate: '1979-06-21', sex: 'F', duplicateReviewed: true });
  await apiCall(page, 'PUT', `${base}/patients/${patient.id}/guarantor`, { relationship: 'self' });
  const coverage = await apiCall<{ id: string }>(page, 'POST', `${base}/patients/${patient.id}/coverages`, {
    payerRecordId: practice.payerId,
    order: 'primary',
    subscriberRelationship: '18',
    memberId: `CD${Math.random().toString().slice(2, 11)}`,
    effectiveFrom: '2026-01-01',
  });
  if (options.eligibilityVerified) {
    await apiCall(page, 'POST', `${base}/patients/${patient.id}/eligibility-checks`, { coverageId: coverage.id, asOfDate: TODAY, method: 'portal', outcome: 'active' });
  }
  const encounter = await apiCall<{ id: string }>(page, 'POST', `${base}/encounters`, {
    patientId: patient.id,
    locationId: practice.locationId,
    billingProviderId: practice.groupId,
    renderingProviderId: practice.doctorId,
    dateOfService: TODAY,
  });
  await apiCall(page, 'POST', `${base}/encounters/${encounter.id}/transitions`, { event: 'check-in' });
  await apiCall(page, 'PUT', `${base}/encounters/${encounter.id}/patient-responsibility`, { estimateCents: 2500, method: 'verbal' });
  return encounter.id;
}

/** Picks a code in a code search field: types, then chooses the option starting with the code as shown. */
async function pickCode(label: string, typed: string, shown: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).fill(typed);
  await page.getByRole('option', { name: new RegExp(`^${shown.replace('.', '\\.')} — `) }).click();
}

async function transition(name: string, state: string): Promise<void> {
  await page.getByRole('button', { name }).click();
  await page.getByLabel(`State: ${state}`).waitFor();
}

beforeAll(async () => {
  browser = await launchChromium();
  ({ context, page } = await adminPage(browser));
  pageErrors = collectPageErrors(page);
  base = `/api/organizations/${await firstOrganizationId(page)}`;

  // Code sets as the demo imports them (installation-wide), effective today so they are the newest releases.
  await upload(
    `/reference-imports/icd10cm?effectiveDate=${TODAY}&fileName=coding-e2e-icd10cm.txt`,
    'text/plain',
    ['Z0000   Encounter for general adult medical examination without abnormal findings', 'E119    Type 2 diabetes mellitus without complications', 'I10     Essential (primary) hypertension', 'E1165   Type 2 diabetes mellitus with hyperglycemia'].join('\n') + '\n',
  );
  await upload(
    `/reference-imports/hcpcs?effectiveDate=${TODAY}&fileName=coding-e2e-hcpcs.csv`,
    'text/csv',
    'code,description\nG0438,"Annual wellness visit, first"\nG0439,"Annual wellness visit, later years"\nG0444,"Yearly depression screening, 5-15 min"\n',
  );
  await upload(`/reference-imports/modifiers?effectiveDate=${TODAY}&fileName=coding-e2e-modifiers.txt`, 'text/plain', '25\tSeparately identifiable service on the same day\n');

  const location = await apiCall<{ id: string }>(page, 'POST', `${base}/locations`, {
    name: `Coding clinic ${RUN}`,
    npi: null,
    addressLine1: '200 Oak St',
    addressLine2: null,
    city: 'Albany',
    state: 'NY',
    zip: '122071234',
    phone: '5185550111',
    placeOfServiceCode: '11',
    active: true,
  });
  const group = await apiCall<{ id: string }>(page, 'POST', `${base}/providers`, { kind: 'organization', name: `Oak Street Medicine ${RUN}`, npi: randomNpi(), taxId: '12-3456789' });
  const doctor = await apiCall<{ id: string }>(page, 'POST', `${base}/providers`, { kind: 'individual', name: 'Nakamura', firstName: 'Ken', npi: randomNpi() });
  const payer = await apiCall<{ id: string }>(page, 'POST', `${base}/payers`, { name: `Coding Health ${RUN}`, payerId: `CODE${RUN}`.toUpperCase(), claimFilingIndicator: 'CI' });
  await apiCall(page, 'PUT', `${base}/payers/${payer.id}/enrollments`, { providerId: group.id, transaction: '837P', status: 'enrolled' });
  const master = await apiCall<{ id: string }>(page, 'POST', `${base}/fee-schedules`, { name: `Charge master ${RUN}`, effectiveFrom: TODAY, kind: 'fixed' });
  await upload(`/fee-schedules/${master.id}/entries/import`, 'text/csv', 'code,modifier,amount\nG0438,,210.00\nG0439,,160.00\nG0444,,30.00\n');
  practice = { locationId: location.id, groupId: group.id, doctorId: doctor.id, payerId: payer.id };
});

afterEach(async (test) => {
  if (test.task.result?.state === 'fail') await screenshot(page, `failed-coding-${test.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('coding an encounter', () => {
  it('enters diagnoses and charges from the code search and reaches ready-to-bill', async () => {
    const encounterId = await checkedInVisit(`Quintero${RUN}`, { eligibilityVerified: true });
    await page.goto(`${inject('baseUrl')}/admin/encounters/${encounterId}`);
    await page.getByRole('heading', { name: `Encounter: Quintero${RUN}, Rosa`, level: 1 }).waitFor();
    await page.getByLabel('State: checked-in').waitFor();
    await page.getByRole('paragraph').filter({ hasText: 'Ken Nakamura' }).waitFor();
    await expectAccessible(page, 'encounter');
    await screenshot(page, 'coding-01-encounter-checked-in');

    // Diagnoses: one found by the words of its description, one by the start of its code.
    await pickCode('Add a diagnosis (ICD-10-CM)', 'diab typ 2 without', 'E11.9');
    await pickCode('Add a diagnosis (ICD-10-CM)', 'z00', 'Z00.00');
    await page.getByRole('button', { name: 'Save diagnoses' }).click();
    const diagnoses = page.getByRole('list', { name: 'Diagnoses' });
    await expect.poll(() => diagnoses.getByRole('listitem').allTextContents(), POLL)
      .toEqual(['E11.9Type 2 diabetes mellitus without complications×', 'Z00.00Encounter for general adult medical examination without abnormal findings×']);
    await expect.poll(() => page.getByRole('button', { name: 'Save diagnoses' }).isDisabled(), POLL).toBe(true);

    // A line pointing past the diagnoses is refused before it is sent; corrected, it is priced and entered.
    const charge = page.getByRole('form', { name: 'Enter a charge' });
    await pickCode('Procedure (HCPCS or CPT)', 'wellness later', 'G0439');
    await charge.getByLabel('Modifiers').fill('25');
    await charge.getByLabel('Diagnosis pointers').fill('1, 3');
    await charge.getByRole('button', { name: 'Enter charge' }).click();
    await charge.getByText('Each pointer is a diagnosis number from 1 to 2').waitFor();
    await expectAccessible(page, 'charge entry with errors');
    await screenshot(page, 'coding-02-charge-refused-pointer');
    await charge.getByLabel('Diagnosis pointers').fill('2, 1');
    await charge.getByText('Price: $160.00 a unit, $160.00 for 1').waitFor();
    await charge.getByRole('button', { name: 'Enter charge' }).click();
    const charges = page.getByRole('table', { name: 'Charges' });
    const visitLine = charges.getByRole('row').filter({ hasText: 'G0439' });
    await expect.poll(() => visitLine.getByRole('cell').allTextContents(), POLL).toEqual(['G0439 Annual wellness visit, later years', '25', '1', '2, 1', '$160.00', 'Void G0439']);

    // A second line entered by mistake is voided with the reason.
    await pickCode('Procedure (HCPCS or CPT)', 'G0444', 'G0444');
    await charge.getByLabel('Diagnosis pointers').fill('1');
    await charge.getByText('Price: $30.00 a unit').waitFor();
    await charge.getByRole('button', { name: 'Enter charge' }).click();
    await charges.getByRole('button', { name: 'Void G0444' }).click();
    await charges.getByLabel('Why void G0444').fill('screening not done today');
    await charges.getByRole('button', { name: 'Void', exact: true }).click();
    await charges.getByText('voided: screening not done today').waitFor();
    await expect.poll(() => charges.locator('tfoot').textContent(), POLL).toContain('$160.00');
    await expectAccessible(page, 'charges');
    await screenshot(page, 'coding-03-charges');

    // The note is signed, then the encounter moves through its gates to ready-to-bill.
    await page.getByRole('button', { name: 'Record signature' }).click();
    await page.getByText('Signed by Ken Nakamura').waitFor();
    await transition('Mark documented', 'documented');
    await transition('Mark coded', 'coded');
    await transition('Mark ready to bill', 'ready-to-bill');
    await page.getByRole('button', { name: 'Reopen for corrections' }).waitFor();
    expect(await page.getByRole('form', { name: 'Enter a charge' }).count()).toBe(0);
    await expectAccessible(page, 'encounter ready to bill');
    await screenshot(page, 'coding-04-ready-to-bill');
    const saved = await apiCall<{ state: string; diagnosisCodes: string[]; charges: { procedureCode: string; amountCents: number; voidedAt: string | null }[] }>(
      page,
      'GET',
      `${base}/encounters/${encounterId}`,
    );
    expect(saved).toMatchObject({ state: 'ready-to-bill', diagnosisCodes: ['E119', 'Z0000'] });
    expect(saved.charges.map((line) => `${line.procedureCode} ${line.amountCents} ${line.voidedAt ? 'voided' : 'live'}`)).toEqual(['G0439 16000 live', 'G0444 3000 voided']);
    expect(pageErrors).toEqual([]);
  });

  it('shows a transition refused by an enforced check with its reason, then passes it by exception with an owner and a reason', async () => {
    // No eligibility check on record: the Ready-to-bill gate's eligibility-verified fails.
    await apiCall(page, 'PUT', `${base}/gates/eligibility-verified`, { policy: 'enforce' });
    const encounterId = await checkedInVisit(`Okonkwo${RUN}`, { eligibilityVerified: false });
    await apiCall(page, 'PUT', `${base}/encounters/${encounterId}/diagnoses`, { codes: ['I10'] });
    await apiCall(page, 'POST', `${base}/encounters/${encounterId}/charges`, { procedureCode: 'G0438', units: 1, diagnosisPointers: [1] });
    await apiCall(page, 'PUT', `${base}/encounters/${encounterId}/documentation`, { providerId: practice.doctorId, signedAt: new Date(Date.now() - 60_000).toISOString() });
    await apiCall(page, 'POST', `${base}/encounters/${encounterId}/transitions`, { event: 'document' });
    await apiCall(page, 'POST', `${base}/encounters/${encounterId}/transitions`, { event: 'code' });

    await page.goto(`${inject('baseUrl')}/admin/encounters/${encounterId}`);
    await page.getByLabel('State: coded').waitFor();
    await page.getByRole('button', { name: 'Mark ready to bill' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: '“Mark ready to bill” was refused' });
    await refusal.waitFor();
    const failing = refusal.getByRole('list', { name: 'Failing checks' }).getByRole('listitem');
    await expect.poll(() => failing.allTextContents(), POLL).toEqual([expect.stringMatching(/^eligibility-verifiedenforcedno eligibility check of Coding Health \w+ for \d{4}-\d{2}-\d{2} was made within \d+ days before it$/)]);
    expect(await refusal.getByRole('form', { name: 'Pass by exception' }).count()).toBe(0);
    await page.getByLabel('State: coded').waitFor();
    await expectAccessible(page, 'transition refused');
    await screenshot(page, 'coding-05-refused-enforced');

    // The administrator opens the check to exceptions; the same step now offers to pass by exception.
    await apiCall(page, 'PUT', `${base}/gates/eligibility-verified`, { policy: 'exception' });
    await page.getByRole('button', { name: 'Mark ready to bill' }).click();
    const form = refusal.getByRole('form', { name: 'Pass by exception' });
    await form.waitFor();
    await expect.poll(() => failing.first().textContent(), POLL).toContain('may pass by exception');
    await form.getByLabel('Reason for the exception').fill('payer portal down; eligibility to be confirmed tomorrow');
    await expectAccessible(page, 'pass by exception');
    await screenshot(page, 'coding-06-exception-form');
    await form.getByRole('button', { name: 'Pass “Mark ready to bill” by exception' }).click();
    await page.getByLabel('State: ready-to-bill').waitFor();
    expect(await refusal.count()).toBe(0);
    await screenshot(page, 'coding-07-passed-by-exception');

    const session = await apiCall<{ user: { id: string } }>(page, 'GET', '/api/auth/session');
    const items = await apiCall<{ items: { id: string; kind: string; category: string; recordId: string; ownerUserId: string | null }[] }>(
      page,
      'GET',
      `${base}/work-items?kind=exception&category=eligibility-verified&limit=200`,
    );
    expect(items.items.filter((item) => item.recordId === encounterId)).toEqual([expect.objectContaining({ ownerUserId: session.user.id })]);

    // The exception's work item leads back to the encounter.
    const item = items.items.find((candidate) => candidate.recordId === encounterId);
    await page.goto(`${inject('baseUrl')}/admin/work-items/${item?.id ?? ''}`);
    await page.getByRole('link', { name: 'open the encounter' }).click();
    await page.getByLabel('State: ready-to-bill').waitFor();
    await apiCall(page, 'PUT', `${base}/gates/eligibility-verified`, { policy: 'enforce' });
    expect(pageErrors).toEqual([]);
  });
});
