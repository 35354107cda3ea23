import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CurrentOrganizationContext } from '../session/current-organization';
import { renderWithTheme } from '../test/render';
import { reportAnswer } from './report-fixtures';
import { ReportsPage } from './reports-page';

const get = vi.hoisted(() => vi.fn());
/** The full suite runs test files side by side: the first answer may take longer than findBy's default second. */
const WAIT = { timeout: 10_000 };
vi.mock('../api/client', () => ({ api: { GET: get } }));

function renderPage(search = '') {
  return renderWithTheme(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <CurrentOrganizationContext.Provider value={{ organizationId: 'org-1', roles: ['manager'] }}>
        <MemoryRouter initialEntries={[`/reports${search}`]}>
          <ReportsPage />
        </MemoryRouter>
      </CurrentOrganizationContext.Provider>
    </QueryClientProvider>,
  );
}

describe('ReportsPage', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 30, 15, 0));
    get.mockReset().mockImplementation(async (path: string, options: never) => ({ data: reportAnswer(path, options), response: new Response(null, { status: 200 }) }));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows each KPI with its value, working, target mark and formula, the value opening the report with the same filters', async () => {
    renderPage('?payerId=p-1');
    const value = await screen.findByRole('link', { name: 'Initial denial rate: 33.3%. Open the report' }, WAIT);
    expect(value.getAttribute('href')).toBe('/reports/initial-denial-rate?payerId=p-1&from=2025-12-01&to=2026-11-30');
    const card = screen.getByRole('region', { name: 'Initial denial rate' });
    expect(within(card).getByText('Working: 1 ÷ 3')).toBeTruthy();
    expect(within(card).getByText('✗ Off target')).toBeTruthy();
    expect(within(card).getByText('Target < 5%')).toBeTruthy();
    expect(within(card).getByText('Formula: Claims denied on their first adjudication ÷ claims adjudicated.')).toBeTruthy();
    expect(within(card).getByRole('img', { name: 'Line chart of Initial denial rate by period: 2026-10 0.0%, 2026-11 50.0%' })).toBeTruthy();
    expect(within(card).getByRole('table', { name: 'Initial denial rate by period' }).textContent).toBe('PeriodInitial denial rate2026-100.0%2026-1150.0%');
    expect(get).toHaveBeenCalledWith('/api/organizations/{organizationId}/reports/{reportId}/run', {
      params: { path: { organizationId: 'org-1', reportId: 'initial-denial-rate' }, query: { from: '2025-12-01', to: '2026-11-30', payerId: 'p-1' } },
    });
  });

  it("shows another plugin's report in its unit, without a target", async () => {
    renderPage();
    const card = await screen.findByRole('region', { name: 'Average charge per encounter' }, WAIT);
    await within(card).findByRole('link', { name: 'Average charge per encounter: $245.00. Open the report' }, WAIT);
    expect(within(card).getByText('Working: $490.00 ÷ 2')).toBeTruthy();
    expect(within(card).queryByText(/target/i)).toBeNull();
  });

  it('lists the table-only reports apart, each opening its table', async () => {
    renderPage();
    const tables = await screen.findByRole('region', { name: 'Tables' }, WAIT);
    const card = within(tables).getByRole('region', { name: 'Payer mix' });
    expect(within(card).getByText('Charges by primary payer: 1 row(s).')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Open the table of Payer mix' }).getAttribute('href')).toBe('/reports/payer-mix?from=2025-12-01&to=2026-11-30');
    expect(within(screen.getByRole('region', { name: 'Key performance indicators' })).queryByText('Payer mix')).toBeNull();
    expect(screen.getByRole('link', { name: 'Scheduled report emails' }).getAttribute('href')).toBe('/reports/schedules');
  });
});
