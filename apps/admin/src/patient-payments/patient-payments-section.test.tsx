import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PatientPayment } from '../api/views';
import { renderWithTheme } from '../test/render';
import { PatientPaymentsSection } from './patient-payments-section';

const client = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn() }));
vi.mock('../api/client', () => ({ api: client }));
const WAIT = { timeout: 10_000 };
const PAYMENTS_PATH = '/api/organizations/{organizationId}/patients/{patientId}/payments';

const ONLINE: PatientPayment = {
  id: 'pay-1',
  patientId: 'p1',
  amountCents: 2500,
  method: 'card',
  channel: 'pay-by-link',
  processorReference: 'fp_ch_1',
  reference: null,
  paymentPlanId: null,
  receivedOn: '2026-12-03',
  receivedBy: 'pay-link',
  receiptEmail: 'maria@example.test',
  createdAt: '2026-12-03T15:00:00Z',
};
const CHECK: PatientPayment = { ...ONLINE, id: 'pay-2', amountCents: 1000, method: 'check', channel: 'staff', processorReference: null, reference: '1042', receivedOn: '2026-12-10', receiptEmail: null };

const ok = (data: unknown) => Promise.resolve({ data, response: new Response(null, { status: 200 }) });
const refused = (status: number, body: unknown) => Promise.resolve({ error: body, response: new Response(null, { status }) });

function renderSection() {
  return renderWithTheme(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <PatientPaymentsSection organizationId="org-1" patientId="p1" />
    </QueryClientProvider>,
  );
}

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });

describe('the patient page’s payments', { timeout: 30_000 }, () => {
  beforeEach(() => {
    client.GET.mockReset().mockImplementation(() => ok({ items: [CHECK, ONLINE] }));
    client.POST.mockReset();
  });

  it('lists the payments with method, channel, references and receipt in words', async () => {
    renderSection();
    const table = await screen.findByRole('table', { name: 'Payments of the balance' }, WAIT);
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['2026-12-10', '$10.00', 'Check', 'Taken by staff (desk, phone or mail)', '1042', 'no receipt emailed'],
      ['2026-12-03', '$25.00', 'Card', 'Paid online with the pay link', 'processor fp_ch_1', 'maria@example.test'],
    ]);
  });

  it('says when the patient has paid nothing yet', async () => {
    client.GET.mockImplementation(() => ok({ items: [] }));
    renderSection();
    expect(await screen.findByText('The patient has made no payment of their balance.', {}, WAIT)).toBeTruthy();
  });

  it('records a check: the check number asked for first, an amount over the balance refused on its field in dollars, then sent in cents', async () => {
    client.POST.mockImplementationOnce(() => refused(400, { status: 400, title: 'Bad Request', errors: [{ field: 'amountCents', message: 'is more than the patient owes (6000 cents)' }] }));
    renderSection();
    fireEvent.click(await screen.findByRole('button', { name: 'Record a payment' }, WAIT));
    fill('Amount ($)', '70');
    fireEvent.change(screen.getByLabelText('Method'), { target: { value: 'check' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record the payment' }));
    expect(screen.getByText('Enter the check number')).toBeTruthy();
    expect(client.POST).not.toHaveBeenCalled();

    fill('Check number', '1042');
    fireEvent.click(screen.getByRole('button', { name: 'Record the payment' }));
    expect(await screen.findByText('is more than the patient owes ($60.00)', {}, WAIT)).toBeTruthy();
    expect(screen.getByLabelText('Amount ($)', { exact: false }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('alert')).toBeNull();

    client.POST.mockImplementationOnce(() => ok({ ...CHECK, id: 'pay-3', amountCents: 6000, receiptEmail: 'maria@example.test', applications: [{ chargeId: 'c1', serviceDate: '2026-10-01', amountCents: 6000 }] }));
    fill('Amount ($)', '60.00');
    fill('Email the receipt to', 'maria@example.test');
    fireEvent.click(screen.getByRole('button', { name: 'Record the payment' }));
    expect(await screen.findByText('Recorded $60.00 (check), applied to the visits of 2026-10-01 ($60.00). The receipt is emailed to maria@example.test.', {}, WAIT)).toBeTruthy();
    expect(client.POST).toHaveBeenLastCalledWith(PAYMENTS_PATH, {
      params: { path: { organizationId: 'org-1', patientId: 'p1' } },
      body: { amountCents: 6000, method: 'check', reference: '1042', receiptEmail: 'maria@example.test' },
    });
    expect(screen.queryByRole('form', { name: 'Record a payment' })).toBeNull();
    await vi.waitFor(() => expect(client.GET.mock.calls.filter(([path]) => path === PAYMENTS_PATH).length).toBe(2));
  });

  it("shows a refusal that names no field of the form above it", async () => {
    client.POST.mockImplementationOnce(() => refused(404, { status: 404, title: 'Not Found', detail: 'patient p1 not found' }));
    renderSection();
    fireEvent.click(await screen.findByRole('button', { name: 'Record a payment' }, WAIT));
    fill('Amount ($)', '5');
    fireEvent.click(screen.getByRole('button', { name: 'Record the payment' }));
    expect((await screen.findByRole('alert', {}, WAIT)).textContent).toBe('patient p1 not found');
  });
});
