import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, expectAccessible, launchChromium, screenshot } from './browser';
import { ADMIN, ADMIN_PASSWORD, saveAdminState } from './session';
import { totp } from './totp';

const BILLER = 'biller@openrcm.local';
const BILLER_PASSWORD = 'biller suite pass phrase';
const baseUrl = inject('baseUrl');

let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let totpSecret = '';
let organizationId = '';
let checkChanged = '';

/** A JSON API call from the page's session (its cookie), with the CSRF token on writes. */
async function apiCall<T>(method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown): Promise<T> {
  const session = await page.request.get(`${baseUrl}/api/auth/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await page.request.fetch(`${baseUrl}${path}`, { method, data, headers: { 'x-csrf-token': csrfToken } });
  if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

async function signIn(email: string, password: string): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function changePassword(current: string, next: string): Promise<void> {
  await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
  await page.getByLabel('Current (one-time) password').fill(current);
  await page.getByLabel('New password', { exact: true }).fill(next);
  await page.getByLabel('Repeat the new password').fill(next);
  await page.getByRole('button', { name: 'Change password' }).click();
}

async function signOut(): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to OpenRCM' }).waitFor();
}

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  page = await context.newPage();
  pageErrors = collectPageErrors(page);
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await screenshot(page, `failed-${context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`);
});

afterAll(async () => {
  await browser?.close();
});

describe('the admin app in Chromium', () => {
  it('first sign-in: one-time password, new password, authenticator enrolment, recovery codes', async () => {
    await page.goto(`${baseUrl}/admin/`);
    await page.getByRole('heading', { name: 'Sign in to OpenRCM' }).waitFor();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter your e-mail address').isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'sign-in');
    await screenshot(page, '01-sign-in');

    await signIn(ADMIN, inject('oneTimePassword'));
    await changePassword(inject('oneTimePassword'), ADMIN_PASSWORD);
    await page.getByRole('heading', { name: 'Set up two-step sign-in' }).waitFor();
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    totpSecret = (await page.getByTestId('totp-secret').textContent()) ?? '';
    expect(totpSecret).toMatch(/^[A-Z2-7]{16,}$/);
    await expect(page.getByText(`otpauth://totp/`).isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'authenticator enrolment');
    await screenshot(page, '02-authenticator-enrolment');

    await page.getByLabel('Code from the app').fill(totp(totpSecret));
    await page.getByRole('button', { name: 'Confirm the authenticator' }).click();
    saveAdminState(totpSecret);
    await page.getByRole('heading', { name: 'Recovery codes' }).waitFor();
    expect(await page.getByTestId('recovery-codes').locator('li').count()).toBe(10);
    await expectAccessible(page, 'recovery codes');
    await screenshot(page, '03-recovery-codes');
    await page.getByRole('button', { name: 'I have saved them, continue' }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    organizationId = (await apiCall<{ memberships: { organizationId: string }[] }>('GET', '/api/auth/session')).memberships[0]?.organizationId ?? '';
    expect(organizationId).not.toBe('');
  });

  it('draws the encounter lifecycle from the Mermaid export, with its gate checks', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workflows' }).click();
    await page.getByRole('heading', { name: 'Workflows', level: 1 }).waitFor();
    const diagram = page.getByTestId('diagram-encounter lifecycle').locator('svg');
    await diagram.waitFor({ timeout: 30_000 });
    expect(await diagram.locator('g').count()).toBeGreaterThan(5);
    const encounterChecks = page.locator('section[aria-labelledby="workflow-encounter"] section[aria-label^="Gate check "]');
    await encounterChecks.first().waitFor();
    expect(await encounterChecks.count()).toBeGreaterThan(3);
    await expect(encounterChecks.first().getByLabel('Policy').isEnabled()).resolves.toBe(true);
    await expectAccessible(page, 'workflows');
    await screenshot(page, '04-workflows');
    expect(pageErrors).toEqual([]);
  });

  it("changes a gate check's policy and owner, and the change is saved", async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Gate settings' }).click();
    await page.getByRole('heading', { name: 'Gate settings', level: 1 }).waitFor();
    const first = page.locator('section[aria-label^="Gate check "]').first();
    await first.waitFor();
    const check = ((await first.getAttribute('aria-label')) ?? '').replace('Gate check ', '');
    checkChanged = check;
    await first.getByLabel('Policy').selectOption('exception');
    await first.getByLabel('Owner role').selectOption('biller');
    await first.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: exception, owned by biller' }).waitFor();
    await expectAccessible(page, 'gate settings');
    await screenshot(page, '05-gate-settings-saved');

    const gates = await apiCall<{ check: string; policy: string; ownerRole: string; configured: boolean }[]>('GET', `/api/organizations/${organizationId}/gates`);
    expect(gates.find((gate) => gate.check === check)).toMatchObject({ policy: 'exception', ownerRole: 'biller', configured: true });
    await page.reload();
    await expect.poll(() => page.locator(`section[aria-label="Gate check ${check}"]`).getByLabel('Policy').inputValue()).toBe('exception');
  });

  it('registers a patient twice and shows the possible duplicate with its candidate', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patients' }).click();
    const form = page.getByRole('form', { name: 'Register a patient' });
    const register = async () => {
      await form.getByLabel('First name').fill('Ada');
      await form.getByLabel('Last name').fill('Lovelace');
      await form.getByLabel('Birth date').fill('1985-12-10');
      await form.getByLabel('Sex').selectOption('F');
      await form.getByRole('button', { name: 'Register' }).click();
    };
    await register();
    await page.getByRole('status').filter({ hasText: 'Registered Lovelace, Ada (1985-12-10)' }).waitFor();
    await expectAccessible(page, 'patients');
    await register();
    const dialog = page.getByRole('dialog', { name: 'Possible duplicate patient' });
    await dialog.waitFor();
    expect(await dialog.getByRole('table', { name: 'Possible duplicates' }).locator('tbody tr').count()).toBe(1);
    await expect(dialog.getByText('Lovelace, Ada').isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'possible duplicate dialog');
    await screenshot(page, '06-possible-duplicate');
    await dialog.getByRole('button', { name: 'Register a different person' }).click();
    await page.getByRole('status').filter({ hasText: 'Registered Lovelace, Ada' }).waitFor();

    await page.getByLabel('Last name starts with').fill('love');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('2 patient(s)').waitFor();
    await screenshot(page, '07-patient-search');
  });

  it('lists work items with filters and opens one to add a note and move it on', async () => {
    await apiCall('POST', `/api/organizations/${organizationId}/work-items`, {
      title: 'Call the payer about the Lovelace visit',
      category: 'payer-call',
      ownerRole: 'biller',
      recordType: 'patient',
      recordId: 'lovelace',
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work queues' }).click();
    await page.getByLabel('Kind').selectOption('follow-up');
    await page.getByText('1 item(s)').waitFor();
    await expectAccessible(page, 'work items');
    await screenshot(page, '08-work-items');
    await page.getByRole('link', { name: 'Call the payer about the Lovelace visit' }).click();
    await page.getByRole('heading', { name: 'Call the payer about the Lovelace visit' }).waitFor();
    await page.getByLabel('Note (also the resolution when resolving)').fill('Payer says the claim is in review.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Payer says the claim is in review.').waitFor();
    await page.getByLabel('Transition').selectOption('start');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('alert').filter({ hasText: /start/ }).waitFor();
    await page.getByText(/follow-up · payer-call · open/).waitFor();
    await page.getByRole('button', { name: 'Assign to me' }).click();
    await page.getByText(/follow-up · payer-call · assigned/).waitFor();
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText(/follow-up · payer-call · in-progress/).waitFor();
    await expectAccessible(page, 'work item');
    await screenshot(page, '09-work-item');
  });

  it('a user without the admin role sees no gate settings and cannot open them', async () => {
    const invited = await apiCall<{ oneTimePassword: string }>('POST', `/api/organizations/${organizationId}/users`, {
      email: BILLER,
      displayName: 'Bill Biller',
      roles: ['biller'],
    });
    await signOut();
    await signIn(BILLER, invited.oneTimePassword);
    await changePassword(invited.oneTimePassword, BILLER_PASSWORD);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const navigation = page.getByRole('navigation', { name: 'Main' });
    await navigation.getByRole('link', { name: 'Patients' }).waitFor();
    await navigation.getByRole('link', { name: 'Workflows' }).click();
    await page.getByRole('heading', { name: 'Workflows', level: 1 }).waitFor();
    expect(await navigation.getByRole('link', { name: 'Gate settings' }).count()).toBe(0);
    await page.getByRole('table', { name: 'Gate checks of the encounter workflow' }).waitFor();
    expect(await page.getByLabel('Policy').count()).toBe(0);
    await page.getByRole('table', { name: 'Gate checks of the encounter workflow' }).getByRole('row').filter({ hasText: checkChanged }).getByText('exception').waitFor();
    await page.goto(`${baseUrl}/admin/gates`);
    await page.getByRole('alert').filter({ hasText: 'Not allowed' }).waitFor();
    expect(await page.getByLabel('Policy').count()).toBe(0);
    await expectAccessible(page, 'gate settings refused');
    await screenshot(page, '10-non-admin-refused');
    const refused = await page.request.put(`${baseUrl}/api/organizations/${organizationId}/gates/anything`, { data: { policy: 'off' } });
    expect(refused.status()).toBe(403);
  });

  it('signs in again with the password and an authenticator code, and switches organizations', async () => {
    await signOut();
    await signIn(ADMIN, ADMIN_PASSWORD);
    await page.getByRole('heading', { name: 'Two-step sign-in' }).waitFor();
    await expectAccessible(page, 'two-step sign-in');
    await screenshot(page, '11-two-step-sign-in');
    await page.getByLabel('Code from your authenticator app, or a recovery code').fill(totp(totpSecret));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();

    const second = await apiCall<{ id: string }>('POST', '/api/organizations', { name: 'Second Clinic' });
    await page.reload();
    const switcher = page.getByLabel('Organization');
    await switcher.waitFor();
    await switcher.selectOption(second.id);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patients' }).click();
    await page.getByLabel('Last name starts with').fill('love');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('0 patient(s)').waitFor();
    await expectAccessible(page, 'organization switcher');
    await screenshot(page, '12-organization-switched');
    expect(pageErrors).toEqual([]);
  });
});
