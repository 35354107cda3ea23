import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PaymentPlanListing } from '../api/views';
import { renderWithTheme } from '../test/render';
import { PaymentPlansSection } from './payment-plans-section';

const client = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PATCH: vi.fn() }));
vi.mock('../api/client', () => ({ api: client }));
const WAIT = { timeout: 10_000 };

const ACTIVE: PaymentPlanListing = {
  id: 'plan-2',
  patientId: 'p1',
  state: 'active',
  totalCents: 6000,
  installmentCents: 2000,
  cadence: 'monthly',
  firstDueOn: '2027-01-15',
  startedOn: '2027-01-02',
  graceDays: 15,
  autopay: false,
  hasPaymentMethod: false,
  remindedFor: '2027-01-15',
  endedOn: null,
  createdBy: 'user-1',
  createdAt: '2027-01-02T10:00:00Z',
  paidCents: 500,
  standing: { standing: 'late', missedDueOn: '2027-01-15', shortCents: 1500, breaksAfter: '2027-01-30' },
};
const CANCELLED: PaymentPlanListing = { ...ACTIVE, id: 'plan-1', state: 'cancelled', startedOn: '2026-11-02', endedOn: '2026-12-01', remindedFor: null, paidCents: 0, standing: null };

const ok = (data: unknown) => Promise.resolve({ data, response: new Response(null, { status: 200 }) });
const refused = (status: number, body: unknown) => Promise.resolve({ error: body, response: new Response(null, { status }) });

function renderSection(canCancel: boolean) {
  return renderWithTheme(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <PaymentPlansSection organizationId="org-1" patientId="p1" canCancel={canCancel} />
    </QueryClientProvider>,
  );
}

const fill = (within_: HTMLElement, label: string, value: string) => fireEvent.change(within(within_).getByLabelText(label, { exact: false }), { target: { value } });
const facts = (table: HTMLElement) => within(table).getAllByRole('row').map((row) => row.textContent);

describe('the patient page’s payment plans', { timeout: 30_000 }, () => {
  beforeEach(() => {
    client.GET.mockReset().mockImplementation(() => ok({ items: [ACTIVE, CANCELLED] }));
    client.POST.mockReset();
    client.PATCH.mockReset();
  });

  it('shows each plan with its terms, and the active one’s standing today in words', async () => {
    renderSection(true);
    const active = await screen.findByRole('article', { name: 'Plan 2' }, WAIT);
    expect(within(active).getByText('Plan 2: Active')).toBeTruthy();
    expect(facts(within(active).getByRole('table', { name: 'Plan 2 terms' }))).toEqual([
      'Standing todayLate: the installment due 2027-01-15 is $15.00 short; the plan breaks after 2027-01-30 unless it is paid',
      'Total$60.00 (the balance when the plan was made)',
      'Paid so far$5.00',
      'Installment$20.00',
      'How oftenMonthly',
      'First installment due2027-01-15',
      'Grace days15 days after a missed installment',
      'AutopayOff: the patient pays each installment',
      'Made2027-01-02',
      'Last reminderFor the installment due 2027-01-15',
    ]);
    const cancelled = screen.getByRole('article', { name: 'Plan 1' });
    expect(within(cancelled).getByText('Plan 1: Cancelled')).toBeTruthy();
    expect(facts(within(cancelled).getByRole('table', { name: 'Plan 1 terms' }))).toContain('Ended2026-12-01');
    expect(within(cancelled).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Make a payment plan' })).toBeNull();
  });

  it('makes a plan: the installment in cents, the token field only with autopay, the server’s refusal on its field', async () => {
    client.GET.mockImplementation(() => ok({ items: [CANCELLED] }));
    client.POST.mockImplementationOnce(() => refused(400, { status: 400, title: 'Bad Request', errors: [{ field: 'installmentCents', message: 'is more than the balance (6000 cents)' }] })).mockImplementationOnce(() =>
      ok({ ...ACTIVE, id: 'plan-3' }),
    );
    renderSection(false);
    fireEvent.click(await screen.findByRole('button', { name: 'Make a payment plan' }, WAIT));
    const form = screen.getByRole('form', { name: 'Make a payment plan' });
    expect(within(form).getByLabelText('Grace days', { exact: false })).toHaveProperty('value', '15');
    expect(within(form).queryByLabelText('Payment method token', { exact: false })).toBeNull();
    fill(form, 'Installment ($)', '80');
    fireEvent.change(within(form).getByLabelText('How often'), { target: { value: 'biweekly' } });
    fill(form, 'First installment due', '2027-02-01');
    fireEvent.click(within(form).getByRole('checkbox', { name: /^Autopay/ }));
    fill(form, 'Payment method token', 'pm_tok_9');
    fireEvent.click(within(form).getByRole('button', { name: 'Make the plan' }));
    expect(await within(form).findByText('is more than the balance ($60.00)', {}, WAIT)).toBeTruthy();

    fill(form, 'Installment ($)', '20.00');
    fireEvent.click(within(form).getByRole('button', { name: 'Make the plan' }));
    await vi.waitFor(() => expect(screen.queryByRole('form', { name: 'Make a payment plan' })).toBeNull());
    expect(client.POST).toHaveBeenLastCalledWith('/api/organizations/{organizationId}/patients/{patientId}/payment-plans', {
      params: { path: { organizationId: 'org-1', patientId: 'p1' } },
      body: { installmentCents: 2000, cadence: 'biweekly', firstDueOn: '2027-02-01', graceDays: 15, autopay: true, paymentMethodToken: 'pm_tok_9' },
    });
  });

  it('changes the active plan’s installment, grace days and autopay', async () => {
    client.PATCH.mockImplementation(() => ok({ ...ACTIVE, installmentCents: 2500 }));
    renderSection(true);
    const active = await screen.findByRole('article', { name: 'Plan 2' }, WAIT);
    fireEvent.click(within(active).getByRole('button', { name: 'Change plan 2' }));
    const form = within(active).getByRole('form', { name: 'Change plan 2' });
    expect(within(form).getByLabelText('Installment ($)', { exact: false })).toHaveProperty('value', '20.00');
    expect(within(form).queryByLabelText('First installment due', { exact: false })).toBeNull();
    fill(form, 'Installment ($)', '25');
    fill(form, 'Grace days', '20');
    fireEvent.click(within(form).getByRole('checkbox', { name: /^Autopay/ }));
    fill(form, 'Payment method token', 'pm_tok_1');
    fireEvent.click(within(form).getByRole('button', { name: 'Save the plan' }));
    await vi.waitFor(() =>
      expect(client.PATCH).toHaveBeenCalledWith('/api/organizations/{organizationId}/payment-plans/{planId}', {
        params: { path: { organizationId: 'org-1', planId: 'plan-2' } },
        body: { installmentCents: 2500, graceDays: 20, autopay: true, paymentMethodToken: 'pm_tok_1' },
      }),
    );
    await vi.waitFor(() => expect(within(active).queryByRole('form')).toBeNull());
  });

  it('cancels the active plan only after a confirmation', async () => {
    client.POST.mockImplementation(() => ok({ ...ACTIVE, state: 'cancelled' }));
    renderSection(true);
    const active = await screen.findByRole('article', { name: 'Plan 2' }, WAIT);
    fireEvent.click(within(active).getByRole('button', { name: 'Cancel plan 2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel plan 2?' }, WAIT);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep the plan' }));
    expect(client.POST).not.toHaveBeenCalled();

    fireEvent.click(within(active).getByRole('button', { name: 'Cancel plan 2' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Cancel plan 2?' }, WAIT)).getByRole('button', { name: 'Cancel the plan' }));
    await vi.waitFor(() =>
      expect(client.POST).toHaveBeenCalledWith('/api/organizations/{organizationId}/payment-plans/{planId}/cancel', { params: { path: { organizationId: 'org-1', planId: 'plan-2' } } }),
    );
  });

  it('lets the front desk change a plan but not cancel it', async () => {
    renderSection(false);
    const active = await screen.findByRole('article', { name: 'Plan 2' }, WAIT);
    expect(within(active).getByRole('button', { name: 'Change plan 2' })).toBeTruthy();
    expect(within(active).queryByRole('button', { name: 'Cancel plan 2' })).toBeNull();
  });
});
