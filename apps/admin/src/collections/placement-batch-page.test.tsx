import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlacementBatch, PlacementBatchDetail, Role } from '../api/views';
import { CurrentOrganizationContext } from '../session/current-organization';
import { renderWithTheme } from '../test/render';
import { PlacementBatchPage } from './placement-batch-page';
import { PlacementBatchesPage } from './placement-batches-page';

const client = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn() }));
vi.mock('../api/client', () => ({ api: client }));
const WAIT = { timeout: 10_000 };

const BATCH: PlacementBatch = {
  id: 'b-1',
  state: 'proposed',
  proposedOn: '2026-06-01',
  proposedBy: 'u-1',
  connectorId: 'collections',
  proposedCount: 2,
  excludedCount: 2,
  decidedBy: null,
  decidedAt: null,
  agencyReference: null,
  failure: null,
  createdAt: '2026-06-01T14:00:00.000Z',
};

const DETAIL: PlacementBatchDetail = {
  batch: BATCH,
  decisions: [
    { patientId: 'p-ames', patientName: 'Ann Ames', accountNumber: 'PA-1', proposed: true, reasons: [], balanceCents: 12_050 },
    { patientId: 'p-bell', patientName: 'Bo Bell', accountNumber: 'PA-2', proposed: true, reasons: [], balanceCents: 4000 },
    { patientId: 'p-cole', patientName: 'Cy Cole', accountNumber: 'PA-3', proposed: false, reasons: ['payment-plan'], balanceCents: 30_000 },
    { patientId: 'p-dunn', patientName: 'Di Dunn', accountNumber: 'PA-4', proposed: false, reasons: ['pending-insurance', 'nsa-dispute-window'], balanceCents: 9900 },
  ],
};

const ok = (data: unknown) => Promise.resolve({ data, response: new Response(null, { status: 200 }) });
const refused = (status: number, body: unknown) => Promise.resolve({ error: body, response: new Response(null, { status }) });

let detail: PlacementBatchDetail = DETAIL;

function renderAt(path: string, roles: Role[]) {
  return renderWithTheme(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <CurrentOrganizationContext.Provider value={{ organizationId: 'org-1', roles }}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/collections" element={<PlacementBatchesPage />} />
            <Route path="/collections/batches/:batchId" element={<PlacementBatchPage />} />
          </Routes>
        </MemoryRouter>
      </CurrentOrganizationContext.Provider>
    </QueryClientProvider>,
  );
}

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));

describe('the approval queue', { timeout: 30_000 }, () => {
  beforeEach(() => {
    detail = DETAIL;
    client.GET.mockReset().mockImplementation((path: string) => (path.endsWith('{batchId}') ? ok(detail) : ok([])));
    client.POST.mockReset();
  });

  it('says when no batch was proposed, and proposes one', async () => {
    client.POST.mockImplementation(() => ok(BATCH));
    renderAt('/collections', ['ar']);
    expect(await screen.findByText('No placement batch yet.', {}, WAIT)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Propose a placement batch' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Placement batch of 2026-06-01' }, WAIT)).toBeTruthy();
    expect(client.POST).toHaveBeenCalledWith('/api/organizations/{organizationId}/collection-placement-batches', { params: { path: { organizationId: 'org-1' } } });
  });

  it("shows the server's refusal to propose (no agency connector enabled)", async () => {
    client.POST.mockImplementation(() => refused(409, { status: 409, title: 'Conflict', detail: 'no collection agency connector is enabled for this organization: enable the collections plugin' }));
    renderAt('/collections', ['manager']);
    fireEvent.click(await screen.findByRole('button', { name: 'Propose a placement batch' }, WAIT));
    expect((await screen.findByRole('alert', {}, WAIT)).textContent).toContain('enable the collections plugin');
  });

  it('lists the accounts proposed and those left out with every reason in plain words', async () => {
    renderAt('/collections/batches/b-1', ['ar']);
    const excluded = await screen.findByRole('table', { name: 'Accounts left out' }, WAIT);
    expect(rowsOf(excluded)).toEqual([
      ['Cy Cole', 'PA-3', '$300.00', 'On a payment plan in good standing'],
      ['Di Dunn', 'PA-4', '$99.00', 'A claim is still with insuranceNo Surprises Act dispute window open'],
    ]);
    expect(rowsOf(screen.getByRole('table', { name: 'Accounts proposed' }))).toEqual([
      ['Ann Ames', 'PA-1', '$120.50'],
      ['Bo Bell', 'PA-2', '$40.00'],
    ]);
    expect(within(excluded).getByRole('link', { name: 'Cy Cole' }).getAttribute('href')).toBe('/patients/p-cole');
    // A/R proposes but does not decide.
    expect(screen.queryByRole('button', { name: /Approve/ })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByText('A manager or an administrator approves or rejects the batch.')).toBeTruthy();
  });

  it('lets a manager leave an account out and approve the rest', async () => {
    client.POST.mockImplementation(() => ok({ ...BATCH, state: 'placed', agencyReference: 'placement-b-1-20260601.csv' }));
    renderAt('/collections/batches/b-1', ['manager']);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Leave out Bo Bell' }, WAIT));
    expect(screen.getByText('1 of 2 proposed account(s) will be placed, $120.50 in all.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Approve and place 1 account(s)' }));
    await vi.waitFor(() => expect(client.POST).toHaveBeenCalled());
    expect(client.POST).toHaveBeenCalledWith('/api/organizations/{organizationId}/collection-placement-batches/{batchId}/approve', {
      params: { path: { organizationId: 'org-1', batchId: 'b-1' } },
      body: { leaveOut: ['p-bell'] },
    });
  });

  it('rejects a batch with a reason', async () => {
    client.POST.mockImplementation(() => ok({ ...BATCH, state: 'rejected', failure: 'Wait for the new agency contract.' }));
    renderAt('/collections/batches/b-1', ['admin']);
    fireEvent.click(await screen.findByRole('button', { name: 'Reject the batch' }, WAIT));
    fireEvent.change(screen.getByLabelText('Why the batch is rejected'), { target: { value: 'Wait for the new agency contract.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
    await vi.waitFor(() => expect(client.POST).toHaveBeenCalled());
    expect(client.POST).toHaveBeenCalledWith('/api/organizations/{organizationId}/collection-placement-batches/{batchId}/reject', {
      params: { path: { organizationId: 'org-1', batchId: 'b-1' } },
      body: { reason: 'Wait for the new agency contract.' },
    });
  });

  it("shows a failed batch with the agency's answer, still to be approved again or rejected", async () => {
    detail = { ...DETAIL, batch: { ...BATCH, state: 'failed', decidedAt: '2026-06-01T15:00:00.000Z', failure: 'EXCEPTION: connecting to the agency failed (ECONNREFUSED)' } };
    renderAt('/collections/batches/b-1', ['manager']);
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert.textContent).toContain('The agency did not take the batch');
    expect(alert.textContent).toContain('EXCEPTION: connecting to the agency failed (ECONNREFUSED)');
    expect(screen.getByRole('button', { name: 'Approve and place 2 account(s)' })).toBeTruthy();
  });
});
