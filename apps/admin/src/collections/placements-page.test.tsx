import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgencyActivity, CreditReportingAnswer, DirectPaymentReport, Placement, Role } from '../api/views';
import { CurrentOrganizationContext } from '../session/current-organization';
import { renderWithTheme } from '../test/render';
import { PlacementPage } from './placement-page';
import { PlacementsPage } from './placements-page';

const client = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn() }));
vi.mock('../api/client', () => ({ api: client }));
const WAIT = { timeout: 10_000 };

const AMES: Placement = {
  id: 'pl-1',
  batchId: 'b-1',
  patientId: 'p-ames',
  patientName: 'Ann Ames',
  accountNumber: 'PA-1',
  connectorId: 'collections',
  state: 'placed',
  placedOn: '2026-06-01',
  placedCents: 45_250,
  collectedCents: 10_000,
  balanceCents: 35_250,
  itemizationDate: '2026-04-01',
  validationNoticeSentOn: null,
  closedReason: null,
  endedOn: null,
  lastActivity: 'payment on 2026-06-10',
};
const BELL: Placement = { ...AMES, id: 'pl-2', patientId: 'p-bell', patientName: 'Bo Bell', accountNumber: 'PA-2', state: 'closed', closedReason: 'paid', endedOn: '2026-06-12', lastActivity: null };
const PAYMENT: AgencyActivity = {
  id: 'a-1',
  placementId: 'pl-1',
  fileId: 'f-1',
  kind: 'payment',
  amountCents: 10_000,
  agencyFeeCents: 2500,
  feePosting: 'net',
  occurredOn: '2026-06-10',
  reference: 'AG-1',
  note: null,
  createdAt: '2026-06-11T14:00:00.000Z',
};
const TOLD: DirectPaymentReport = {
  id: 'd-1',
  placementId: 'pl-1',
  paymentId: 'pay-1',
  amountCents: 5000,
  balanceCents: 30_250,
  paidOn: '2026-06-15',
  outcome: 'reported',
  reference: 'direct-payment-pay-1-20260615.csv',
  createdAt: '2026-06-15T15:00:00.000Z',
};
const NOT_TOLD: DirectPaymentReport = { ...TOLD, id: 'd-2', paymentId: 'pay-2', amountCents: 1000, balanceCents: 29_250, paidOn: '2026-06-20', outcome: 'not-supported', reference: null };
const CREDIT: CreditReportingAnswer = {
  state: 'TX',
  allowed: false,
  rule: { reportingAllowed: true, minimumInitialBalanceCents: 50_000, waitingDays: 365, noticeWaitDays: 14 },
  refusals: [
    { code: 'balance-under-threshold', message: 'the initial balance 45250 cents is under the 50000 cents threshold' },
    { code: 'waiting-period', message: 'not before 365 days after 2026-01-05, on 2027-01-05', allowedFrom: '2027-01-05' },
  ],
};

const ok = (data: unknown) => Promise.resolve({ data, response: new Response(null, { status: 200 }) });

function answer(path: string, init: { params: { query?: { state?: string } } }) {
  if (path.endsWith('/credit-reporting')) return ok(CREDIT);
  if (path.endsWith('{placementId}')) return ok({ placement: AMES, activity: [PAYMENT], directPayments: [NOT_TOLD, TOLD] });
  if (path.endsWith('/collection-placements')) return ok([AMES, BELL].filter((placement) => !init.params.query?.state || placement.state === init.params.query.state));
  throw new Error(`unexpected GET ${path}`);
}

function renderAt(path: string, roles: Role[]) {
  return renderWithTheme(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <CurrentOrganizationContext.Provider value={{ organizationId: 'org-1', roles }}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/collections/placements" element={<PlacementsPage />} />
            <Route path="/collections/placements/:placementId" element={<PlacementPage />} />
          </Routes>
        </MemoryRouter>
      </CurrentOrganizationContext.Provider>
    </QueryClientProvider>,
  );
}

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));

describe('placed accounts', { timeout: 30_000 }, () => {
  beforeEach(() => {
    client.GET.mockReset().mockImplementation(answer);
    client.POST.mockReset();
  });

  it('lists the accounts with the agency by default, in dollars, the last activity in words; every status on request', async () => {
    renderAt('/collections/placements', ['ar']);
    const table = await screen.findByRole('table', { name: 'Placed accounts' }, WAIT);
    expect(rowsOf(table)).toEqual([['', 'Ann Ames', 'PA-1', '2026-06-01', '$452.50', '$100.00', '$352.50', 'With the agency', 'Payment on 2026-06-10']]);
    expect(within(table).getByRole('link', { name: 'Ann Ames' }).getAttribute('href')).toBe('/collections/placements/pl-1');
    fireEvent.change(screen.getByLabelText('Agency status'), { target: { value: '' } });
    await within(await screen.findByRole('table', { name: 'Placed accounts' }, WAIT)).findByText('Bo Bell', {}, WAIT);
    // A closed account cannot be recalled: no box.
    expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('aria-label'))).toEqual(['Recall Ann Ames']);
  });

  it('recalls the accounts ticked, with a reason', async () => {
    client.POST.mockImplementation(() => ok([{ ...AMES, state: 'recalled' }]));
    renderAt('/collections/placements', ['ar']);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Recall Ann Ames' }, WAIT));
    fireEvent.change(screen.getByLabelText('Why the account(s) are recalled', { exact: false }), { target: { value: 'The patient paid the clinic directly.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Recall 1 account(s)' }));
    expect((await screen.findByRole('status', {}, WAIT)).textContent).toContain('1 account(s) recalled');
    expect(client.POST).toHaveBeenCalledWith('/api/organizations/{organizationId}/collection-recalls', {
      params: { path: { organizationId: 'org-1' } },
      body: { placementIds: ['pl-1'], reason: 'The patient paid the clinic directly.' },
    });
  });

  it("shows a placement's activity with the agency's fee and how it posted, the payments to the clinic told to the agency, and the credit-reporting answer with each refusal", async () => {
    renderAt('/collections/placements/pl-1', ['manager']);
    await screen.findByRole('heading', { level: 1, name: 'Ann Ames, account PA-1' }, WAIT);
    expect(rowsOf(await screen.findByRole('table', { name: 'Agency activity' }, WAIT)).map((row) => row.slice(0, 5))).toEqual([
      ['2026-06-10', 'Payment', '$100.00 (fee $25.00, posted net, the fee written off)', 'AG-1', '—'],
    ]);
    expect(rowsOf(screen.getByRole('table', { name: 'Payments to the clinic' }))).toEqual([
      ['2026-06-20', '$10.00', '$292.50', 'Not told: the agency connector cannot report payments; tell the agency'],
      ['2026-06-15', '$50.00', '$302.50', 'Told (direct-payment-pay-1-20260615.csv)'],
    ]);
    const credit = screen.getByRole('region', { name: 'Credit reporting' });
    await within(credit).findByText('May not be reported today, under the TX rule:', {}, WAIT);
    expect(within(credit).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'the initial balance 45250 cents is under the 50000 cents threshold',
      'not before 365 days after 2026-01-05, on 2027-01-05 (allowed from 2027-01-05)',
    ]);
    expect(credit.textContent).toContain('The TX rule: Reporting allowed: never under $500.00, not before 365 days, 14 days after a notice.');
    expect(screen.getByRole('form', { name: 'Recall from the agency' })).toBeTruthy();
  });
});
