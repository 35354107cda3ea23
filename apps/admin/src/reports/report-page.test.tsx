import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CurrentOrganizationContext } from '../session/current-organization';
import { renderWithTheme } from '../test/render';
import { reportAnswer } from './report-fixtures';
import { ReportPage } from './report-page';

const get = vi.hoisted(() => vi.fn());
/** The full suite runs test files side by side: the first answer may take longer than findBy's default second. */
const WAIT = { timeout: 10_000 };
vi.mock('../api/client', () => ({ api: { GET: get } }));

function renderReport(entry: string) {
  return renderWithTheme(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <CurrentOrganizationContext.Provider value={{ organizationId: 'org-1', roles: ['biller'] }}>
        <MemoryRouter initialEntries={[entry]}>
          <Routes>
            <Route path="/reports/:reportId" element={<ReportPage />} />
          </Routes>
        </MemoryRouter>
      </CurrentOrganizationContext.Provider>
    </QueryClientProvider>,
  );
}

describe('ReportPage', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 30, 15, 0));
    get.mockReset().mockImplementation(async (path: string, options: never) => ({ data: reportAnswer(path, options), response: new Response(null, { status: 200 }) }));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the formula, the run’s asOf and parameters, the value, the trend, and the drill-down linking to claims, with its CSV', async () => {
    renderReport('/reports/initial-denial-rate?from=2026-01-01&to=2026-11-30&asOf=2026-11-30');
    expect(await screen.findByRole('heading', { name: 'Initial denial rate', level: 1 }, WAIT)).toBeTruthy();
    expect(screen.getByText('Formula: Claims denied on their first adjudication ÷ claims adjudicated.')).toBeTruthy();
    expect((await screen.findByText(/the organization’s day 2026-11-30/, undefined, WAIT)).querySelector('time')?.getAttribute('datetime')).toBe('2026-11-30T15:00:00.000Z');
    expect(screen.getByRole('table', { name: 'Parameters of the run' }).textContent).toBe('ParameterValuefrom2025-12-01to2026-11-30');
    expect(screen.getByText('33.3%')).toBeTruthy();
    expect(screen.getByText('Working: 1 ÷ 3')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Claims denied on first adjudication' });
    expect(within(table).getByRole('link', { name: 'C-1001' }).getAttribute('href')).toBe('/claims/claim-1');
    expect(screen.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe(
      '/api/organizations/org-1/reports/initial-denial-rate/export.csv?from=2026-01-01&to=2026-11-30&asOf=2026-11-30',
    );
    expect(screen.queryByRole('link', { name: 'Link to this run as of this instant' })).toBeNull();
  });

  it('offers a link that keeps the run’s instant when no asOf was given', async () => {
    renderReport('/reports/payer-mix');
    const pinned = await screen.findByRole('link', { name: 'Link to this run as of this instant' }, WAIT);
    expect(pinned.getAttribute('href')).toBe('/reports/payer-mix?from=2025-12-01&to=2026-11-30&asOf=2026-11-30T15%3A00%3A00.000Z');
    expect(screen.getByRole('table', { name: 'Charges by primary payer' }).textContent).toContain('Acme Health2490.00100.0%');
  });

  it('says so when no enabled report has the id', async () => {
    renderReport('/reports/no-such-report');
    expect((await screen.findByRole('alert', undefined, WAIT)).textContent).toBe('No report “no-such-report” is enabled for this organization.');
  });
});
