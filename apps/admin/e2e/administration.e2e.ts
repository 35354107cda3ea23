import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, expectAccessible, launchChromium, screenshot } from './browser';
import { ADMIN, adminPage, apiCall, firstOrganizationId } from './session';

// Unique per run, so this file passes alone and after admin.e2e.ts on the same server.
const RUN = Date.now().toString(36);
const CODER = `coder-${RUN}@openrcm.local`;
const KEY_NAME = `Clearinghouse import ${RUN}`;
const baseUrl = inject('baseUrl');

let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let organizationId = '';

const navigateTo = async (label: string) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  await page.getByRole('heading', { name: label, level: 1 }).waitFor();
};

/** The input once the server's error for its field is shown on it. */
const invalid = (input: Locator) => input.and(page.locator('[aria-invalid="true"]'));

/** Today as the browser's date inputs take it (the browser and this process share the machine's time zone). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

beforeAll(async () => {
  browser = await launchChromium();
  ({ context, page } = await adminPage(browser));
  pageErrors = collectPageErrors(page);
  organizationId = await firstOrganizationId(page);
});

afterEach(async (test) => {
  if (test.task.result?.state === 'fail') await screenshot(page, `failed-administration-${test.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('administration screens in Chromium', () => {
  it('invites a user: errors by field, then the one-time password shown once', async () => {
    await navigateTo('Users and roles');
    const users = page.getByRole('table', { name: 'Users' });
    await users.getByRole('row').filter({ hasText: ADMIN }).waitFor();
    await expectAccessible(page, 'users');
    await screenshot(page, 'administration-users');

    await page.getByRole('button', { name: 'Invite a user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a user' });
    await dialog.getByLabel('E-mail').fill('not an address');
    await dialog.getByLabel('Display name').fill('Cora Coder');
    await dialog.getByRole('checkbox', { name: 'coder' }).check();
    await dialog.getByRole('button', { name: 'Invite' }).click();
    await invalid(dialog.getByLabel('E-mail')).waitFor();
    await expectAccessible(page, 'invite with a field error');

    await dialog.getByLabel('E-mail').fill(CODER);
    await dialog.getByRole('button', { name: 'Invite' }).click();
    const invited = page.getByRole('dialog', { name: 'User invited' });
    await invited.getByText('It will not be shown again').waitFor();
    const password = (await invited.getByTestId('shown-once').textContent()) ?? '';
    expect(password.length).toBeGreaterThanOrEqual(12);
    await expectAccessible(page, 'one-time password');
    await screenshot(page, 'administration-one-time-password');

    // The password is the real one: it signs the new user in, to the forced password change.
    const newcomer = await browser.newContext();
    const signIn = await newcomer.request.post(`${baseUrl}/api/auth/sign-in`, { data: { email: CODER, password } });
    expect(signIn.status()).toBe(200);
    expect(((await signIn.json()) as { stage: string }).stage).toBe('password-change-required');
    await newcomer.close();

    await invited.getByRole('button', { name: 'Done' }).click();
    await invited.waitFor({ state: 'detached' });
    expect(await page.getByText(password).count()).toBe(0);
    await users.getByRole('row').filter({ hasText: CODER }).filter({ hasText: 'coder' }).waitFor();
  });

  it("changes the user's roles, then deactivates them after confirming", async () => {
    await page.getByRole('button', { name: `Edit roles of ${CODER}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Change roles' });
    await dialog.getByRole('checkbox', { name: 'biller' }).check();
    await dialog.getByRole('checkbox', { name: 'ar' }).check();
    await dialog.getByRole('checkbox', { name: 'coder' }).uncheck();
    await expectAccessible(page, 'roles editor');
    await screenshot(page, 'administration-roles-editor');
    await dialog.getByRole('button', { name: 'Save roles' }).click();
    await page.getByRole('status').filter({ hasText: 'Cora Coder now has the roles biller, ar.' }).waitFor();
    const members = await apiCall<{ email: string; roles: string[]; active: boolean }[]>(page, 'GET', `/api/organizations/${organizationId}/users`);
    expect(members.find((member) => member.email === CODER)).toMatchObject({ roles: ['biller', 'ar'], active: true });

    await page.getByRole('button', { name: `Deactivate ${CODER}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Deactivate this user?' });
    await confirm.getByText('loses access to this organization').waitFor();
    await expectAccessible(page, 'deactivate confirmation');
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByRole('status').filter({ hasText: 'Cora Coder was deactivated and signed out.' }).waitFor();
    await page.getByRole('table', { name: 'Users' }).getByRole('row').filter({ hasText: CODER }).filter({ hasText: 'deactivated' }).waitFor();
  });

  it('creates an API key whose secret is shown once and gone after closing, then revokes it', async () => {
    await navigateTo('API keys');
    await page.getByRole('button', { name: 'Create an API key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create an API key' });
    await dialog.getByLabel('Name').fill(KEY_NAME);
    await dialog.getByRole('checkbox', { name: 'poster' }).check();
    await dialog.getByRole('button', { name: 'Create' }).click();
    const created = page.getByRole('dialog', { name: 'API key created' });
    const secret = (await created.getByTestId('shown-once').textContent()) ?? '';
    expect(secret).toMatch(/^orcm_\S{20,}$/);
    await created.getByRole('button', { name: 'Copy' }).waitFor();
    await expectAccessible(page, 'API key secret');
    await screenshot(page, 'administration-api-key-secret');

    const withKey = () => page.request.get(`${baseUrl}/api/organizations/${organizationId}/providers`, { headers: { authorization: `Bearer ${secret}` } });
    expect((await withKey()).status()).toBe(200);

    await created.getByRole('button', { name: 'Done' }).click();
    await created.waitFor({ state: 'detached' });
    expect(await page.getByText(secret).count()).toBe(0);
    await page.getByRole('button', { name: 'Create an API key' }).click();
    await dialog.getByLabel('Name').waitFor();
    expect(await page.getByTestId('shown-once').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = page.getByRole('table', { name: 'API keys' }).getByRole('row').filter({ hasText: KEY_NAME });
    await row.filter({ hasText: `${secret.slice(0, 11)}…` }).filter({ hasText: 'poster' }).waitFor();
    await expectAccessible(page, 'API keys');
    await page.getByRole('button', { name: `Revoke ${KEY_NAME}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke this API key?' });
    await confirm.getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('status').filter({ hasText: `${KEY_NAME} (${secret.slice(0, 11)}…) was revoked` }).waitFor();
    await row.getByRole('button', { name: 'Revoke' }).waitFor({ state: 'detached' });
    await screenshot(page, 'administration-api-keys');
    expect((await withKey()).status()).toBe(401);
  });

  it('searches the audit trail for a patient registered through the API', async () => {
    const patient = await apiCall<{ id: string }>(page, 'POST', `/api/organizations/${organizationId}/patients`, {
      firstName: 'Grace',
      lastName: `Hopper${RUN}`,
      birthDate: '1906-12-09',
      sex: 'F',
      duplicateReviewed: true,
    });

    await navigateTo('Audit trail');
    const form = page.getByRole('form', { name: 'Search the audit trail' });
    await form.getByLabel('Patient ID').fill('not-a-patient-id');
    await form.getByRole('button', { name: 'Search' }).click();
    await invalid(form.getByLabel('Patient ID')).waitFor();

    // Finding the patient by name reads their record: the trail shows that read after the registration.
    await page.getByLabel("Patient's last name starts with").fill(`hopper${RUN}`);
    await page.getByRole('button', { name: 'Find the patient' }).click();
    await page.getByRole('group', { name: 'Patients found' }).getByRole('button', { name: `Hopper${RUN}, Grace (1906-12-09)` }).click();
    await expect.poll(() => form.getByLabel('Patient ID').inputValue(), { timeout: 30_000 }).toBe(patient.id);
    await form.getByText(`Patient: Hopper${RUN}, Grace (1906-12-09)`).waitFor();
    const administrator = form.getByLabel('User').locator('option', { hasText: ADMIN });
    await form.getByLabel('User').selectOption((await administrator.getAttribute('value')) ?? '');
    await form.getByLabel('From').fill(today());
    await form.getByLabel('To (included)').fill(today());
    await form.getByRole('button', { name: 'Search' }).click();
    await page.getByText('2 event(s)').waitFor();
    const rows = page.getByRole('table', { name: 'Audit events' }).locator('tbody tr');
    expect(await rows.locator('td:nth-child(3)').allTextContents()).toEqual(['read', 'create']);
    expect(await rows.locator('td:nth-child(5)').allTextContents()).toEqual([patient.id, patient.id]);
    expect(await rows.first().textContent()).toContain(ADMIN);
    await expectAccessible(page, 'audit trail');
    await screenshot(page, 'administration-audit');
  });

  it('opens the jobs screen and filters by status', async () => {
    await navigateTo('Jobs');
    await expect.poll(() => page.getByLabel('Status').inputValue(), { timeout: 30_000 }).toBe('failed');
    await page.getByText(/No failed jobs\.|job\(s\), newest first/).waitFor();
    await page.getByLabel('Status').selectOption('');
    await page.getByText(/No jobs\.|job\(s\), newest first/).waitFor();
    await expectAccessible(page, 'jobs');
    await screenshot(page, 'administration-jobs');
    expect(pageErrors).toEqual([]);
  });
});
