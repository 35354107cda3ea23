import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgencyFile, Role } from '../api/views';
import { CurrentOrganizationContext } from '../session/current-organization';
import { renderWithTheme } from '../test/render';
import { AgencyFilesPage, agencyFileType } from './agency-files-page';

const client = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn() }));
vi.mock('../api/client', () => ({ api: client }));
const WAIT = { timeout: 10_000 };

const READ: AgencyFile = {
  id: 'f-1',
  connectorId: 'collections',
  fileName: 'activity-0601.csv',
  origin: 'fetched',
  status: 'read',
  issues: [],
  rowCount: 3,
  postedCount: 1,
  duplicateCount: 1,
  failures: [{ line: 4, accountNumber: 'PA-9', reference: 'AG-3', reason: 'account PA-9 is not placed with this agency' }],
  importedBy: 'job',
  createdAt: '2026-06-01T14:00:00.000Z',
};
const REFUSED: AgencyFile = {
  ...READ,
  id: 'f-2',
  fileName: 'activity-bad.csv',
  origin: 'uploaded',
  status: 'refused',
  rowCount: 0,
  postedCount: 0,
  duplicateCount: 0,
  failures: [],
  issues: [
    { field: 'line 2, amount', message: 'is not an amount: expected dollars with two decimals, such as 1234.50' },
    { field: 'line 3, kind', message: 'must be one of payment, adjustment, return, dispute, bankruptcy, deceased' },
  ],
};

const ok = (data: unknown) => Promise.resolve({ data, response: new Response(null, { status: 200 }) });

function renderPage(roles: Role[]) {
  return renderWithTheme(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <CurrentOrganizationContext.Provider value={{ organizationId: 'org-1', roles }}>
        <MemoryRouter initialEntries={['/collections/files']}>
          <AgencyFilesPage />
        </MemoryRouter>
      </CurrentOrganizationContext.Provider>
    </QueryClientProvider>,
  );
}

describe('the import log of agency files', { timeout: 30_000 }, () => {
  beforeEach(() => {
    client.GET.mockReset().mockImplementation(() => ok([REFUSED, READ]));
    client.POST.mockReset();
  });

  it("lists a refused file's issues by line and field, and a read file's failed rows with why", async () => {
    renderPage(['ar']);
    const refused = await screen.findByRole('article', { name: 'File activity-bad.csv' }, WAIT);
    expect(within(refused).getByText(/Refused: 2 issue\(s\), nothing posted/)).toBeTruthy();
    expect(within(refused).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'line 2, amount: is not an amount: expected dollars with two decimals, such as 1234.50',
      'line 3, kind: must be one of payment, adjustment, return, dispute, bankruptcy, deceased',
    ]);
    const read = screen.getByRole('article', { name: 'File activity-0601.csv' });
    expect(within(read).getByText(/Read: 3 row\(s\) — 1 posted, 1 seen before, 1 failed/)).toBeTruthy();
    const failed = within(read).getByRole('table', { name: 'Rows of activity-0601.csv that failed' });
    expect(within(failed).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['4', 'PA-9', 'AG-3', 'account PA-9 is not placed with this agency']);
  });

  it('uploads a file as its bytes, CSV by its name, and says what came of it', async () => {
    client.POST.mockImplementation(() => ok(REFUSED));
    renderPage(['manager']);
    const file = new File(['account_number,kind\n'], 'activity-bad.csv', { type: 'text/csv' });
    await screen.findByLabelText('Agency file', {}, WAIT);
    const picker = document.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(picker, { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Upload and import' }));
    const status = await screen.findByRole('status', {}, WAIT);
    expect(status.textContent).toContain('Refused: 2 issue(s), nothing posted');
    const [path, init] = client.POST.mock.calls[0] as [string, { params: unknown; body: unknown; headers: unknown; bodySerializer: (body: unknown) => unknown }];
    expect(path).toBe('/api/organizations/{organizationId}/collection-agency-files');
    expect(init.params).toEqual({ path: { organizationId: 'org-1' }, query: { fileName: 'activity-bad.csv' } });
    expect(init.headers).toEqual({ 'content-type': 'text/csv' });
    expect(init.bodySerializer(init.body)).toBe(file);
  });

  it('fetches from the agency now, and says when nothing came', async () => {
    client.POST.mockImplementation(() => ok([]));
    renderPage(['ar']);
    fireEvent.click(await screen.findByRole('button', { name: 'Fetch from the agency now' }, WAIT));
    expect((await screen.findByRole('status', {}, WAIT)).textContent).toContain('The agency has sent no file since the last fetch.');
    expect(client.POST).toHaveBeenCalledWith('/api/organizations/{organizationId}/collection-agency-files/fetch', { params: { path: { organizationId: 'org-1' } } });
  });

  it('sends a fixed-width file as plain text', () => {
    expect(agencyFileType('ACTIVITY.CSV')).toBe('text/csv');
    expect(agencyFileType('activity-0601.txt')).toBe('text/plain');
    expect(agencyFileType('activity')).toBe('text/plain');
  });
});
