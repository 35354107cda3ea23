import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgingReport, DashboardCounts, LedgerSummary, Role } from '../api/views';
import { CurrentOrganizationContext } from '../session/current-organization';
import { renderWithTheme } from '../test/render';
import { DashboardPage } from './dashboard-page';

const COUNTS: DashboardCounts = {
  claimsByState: [
    { state: 'denied', claims: 2 },
    { state: 'draft', claims: 3 },
  ],
  openWorkItems: [
    { kind: 'denial', category: 'coding', items: 4 },
    { kind: 'follow-up', category: null, items: 1 },
  ],
};

const AGING: AgingReport = {
  asOf: '2026-11-30',
  by: 'payer',
  basis: 'service-date',
  buckets: ['0-30', '31-60', '61-90', '91-120', '121+'],
  rows: [{ id: 'p1', name: 'Acme Health', buckets: { '0-30': 12_500, '31-60': 0, '61-90': 4_000, '91-120': 0, '121+': 100 }, totalCents: 16_600, accounts: 3 }],
  totals: { buckets: { '0-30': 12_500, '31-60': 0, '61-90': 4_000, '91-120': 0, '121+': 100 }, totalCents: 16_600, accounts: 3 },
  creditBalances: { accounts: 1, totalCents: -500 },
  serviceDateFallback: null,
};

const LEDGER: LedgerSummary = {
  entries: 5,
  balanceCents: 16_100,
  byKind: [
    { kind: 'charge', entries: 3, amountCents: 30_000 },
    { kind: 'payment', entries: 2, amountCents: -13_900 },
  ],
  remittancesByPayer: [{ payerRecordId: 'payer-1', payerName: 'Acme Health', remittances: 1, paymentCents: 13_900, paidCents: 13_900 }],
  remittanceTotals: { remittances: 1, paymentCents: 13_900, paidCents: 13_900, adjustments: [], providerAdjustments: [] },
  claimsByState: [{ state: 'paid', claims: 1 }],
};

const ANSWERS: Record<string, unknown> = {
  '/api/organizations/{organizationId}/dashboard': COUNTS,
  '/api/organizations/{organizationId}/aging': AGING,
  '/api/organizations/{organizationId}/ledger/summary': LEDGER,
};

const get = vi.hoisted(() => vi.fn());
vi.mock('../api/client', () => ({ api: { GET: get } }));

function renderAs(roles: readonly Role[]) {
  return renderWithTheme(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <CurrentOrganizationContext.Provider value={{ organizationId: 'org-1', roles }}>
        <MemoryRouter>
          <DashboardPage />
        </MemoryRouter>
      </CurrentOrganizationContext.Provider>
    </QueryClientProvider>,
  );
}

describe('DashboardPage', () => {
  beforeEach(() => {
    get.mockReset();
    get.mockImplementation(async (path: string) => ({ data: ANSWERS[path], response: new Response(null, { status: 200 }) }));
  });

  it('shows claims by state with a chart summary, each count linking to the claims list filtered by state', async () => {
    renderAs(['biller']);
    expect(await screen.findByRole('img', { name: 'Bar chart of 5 claim(s) by state: denied 2, draft 3' })).toBeTruthy();
    const draft = screen.getByRole('link', { name: '3 claim(s) draft' });
    expect(draft.getAttribute('href')).toBe('/claims?state=draft');
  });

  it('shows open work items by queue, each count linking to the unresolved items of that queue', async () => {
    renderAs(['coder']);
    expect(await screen.findByText('5 unresolved item(s): open, assigned, in progress or waiting on the payer.')).toBeTruthy();
    expect(screen.getByRole('link', { name: '4 open denial item(s) in coding' }).getAttribute('href')).toBe('/work-items?kind=denial&category=coding&active=true');
    expect(screen.getByRole('link', { name: '1 open follow-up item(s)' }).getAttribute('href')).toBe('/work-items?kind=follow-up&uncategorized=true&active=true');
  });

  it('shows A/R aging by payer and bucket with its basis, and the ledger totals, in dollars', async () => {
    renderAs(['ar']);
    const chart = await screen.findByRole('img', { name: /^Stacked bar chart of open A\/R by payer/ });
    expect(chart.getAttribute('aria-label')).toBe(
      'Stacked bar chart of open A/R by payer as of 2026-11-30, aged from the date of service: total $166.00 (0-30 days $125.00, 31-60 days $0.00, 61-90 days $40.00, 91-120 days $0.00, 121+ days $1.00); Acme Health $166.00',
    );
    expect(screen.getByText(/aged from the date of service, in 0–30/)).toBeTruthy();
    const row = within(screen.getByRole('table', { name: 'A/R aging by payer and bucket' })).getByRole('row', { name: /Acme Health/ });
    expect(row.textContent).toBe('Acme Health$125.00$0.00$40.00$0.00$1.00$166.00');
    expect(screen.getByText(/Credit balances are set apart: 1 account\(s\), -\$5.00/)).toBeTruthy();
    expect(await screen.findByText('$161.00')).toBeTruthy();
    expect(get).toHaveBeenCalledWith('/api/organizations/{organizationId}/aging', { params: { path: { organizationId: 'org-1' }, query: { by: 'payer', basis: 'service-date' } } });
  });

  it('asks a role without the finance reports for the counts only', async () => {
    renderAs(['front-desk']);
    await screen.findByRole('img', { name: /claim\(s\) by state/ });
    expect(screen.getByText(/A\/R aging and ledger totals are shown to/)).toBeTruthy();
    expect(get.mock.calls.map(([path]) => path)).toEqual(['/api/organizations/{organizationId}/dashboard']);
  });
});
