import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role, StatementRun, StatementRunOutcome } from '../api/views';
import { CurrentOrganizationContext } from '../session/current-organization';
import { renderWithTheme } from '../test/render';
import { StatementRunPage } from './statement-run-page';
import { StatementRunsPage } from './statement-runs-page';

const client = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn() }));
vi.mock('../api/client', () => ({ api: client }));
/** The full suite runs test files side by side: the first answer may take longer than findBy's default second. */
const WAIT = { timeout: 10_000 };

const RUN: StatementRun = {
  id: 'run-1',
  runDate: '2026-12-01',
  trigger: 'manual',
  startedBy: 'user-1',
  createdAt: '2026-12-01T15:00:00.000Z',
  finishedAt: '2026-12-01T15:00:02.000Z',
  counts: { considered: 3, sent: 1, failed: 0, settled: 0, skipped: { 'open-dispute': 1, 'no-print-channel': 1 } },
};

const NAMES: Record<string, { lastName: string; firstName: string }> = { 'p-owens': { lastName: 'Owens', firstName: 'Olive' }, 'p-disputa': { lastName: 'Disputa', firstName: 'Dana' }, 'p-unmailed': { lastName: 'Unmailed', firstName: 'Uma' } };

const outcome = (id: string, patientId: string, result: StatementRunOutcome['result'], reason: string, balanceCents: number, statementId: string | null = null): StatementRunOutcome => ({
  id,
  runId: 'run-1',
  patientId,
  patientName: NAMES[patientId] ?? null,
  accountNumber: patientId.toUpperCase(),
  result,
  reason,
  balanceCents,
  statementId,
  createdAt: RUN.createdAt,
});

const OUTCOMES = [outcome('o1', 'p-owens', 'sent', 'email', 4000, 'st-1'), outcome('o2', 'p-disputa', 'skipped', 'open-dispute', 4000), outcome('o3', 'p-unmailed', 'skipped', 'no-print-channel', 2550)];
const ok = (data: unknown) => Promise.resolve({ data, response: new Response(null, { status: 200 }) });

function answer(path: string) {
  if (path.endsWith('/statement-runs')) return ok({ items: [RUN] });
  if (path.endsWith('/statement-runs/{runId}')) return ok(RUN);
  if (path.endsWith('/outcomes')) return ok({ items: OUTCOMES });
  throw new Error(`unexpected GET ${path}`);
}

function renderAt(path: string, roles: Role[]) {
  return renderWithTheme(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <CurrentOrganizationContext.Provider value={{ organizationId: 'org-1', roles }}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/statements" element={<StatementRunsPage />} />
            <Route path="/statements/runs/:runId" element={<StatementRunPage />} />
          </Routes>
        </MemoryRouter>
      </CurrentOrganizationContext.Provider>
    </QueryClientProvider>,
  );
}

describe('the statement run log', { timeout: 30_000 }, () => {
  beforeEach(() => {
    client.GET.mockReset().mockImplementation(answer);
    client.POST.mockReset();
  });

  it('lists the runs with their counts and skipped accounts by reason', async () => {
    renderAt('/statements', ['ar']);
    const table = await screen.findByRole('table', { name: 'Statement runs' }, WAIT);
    const cells = within(within(table).getAllByRole('row')[1] as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells[0]).toBe('2026-12-01');
    expect(cells.slice(2, 7)).toEqual(['Run now by a user', '1', '0', '0', 'No email consent, and no print channel to mail it: 1; The patient disputes the bill: 1']);
    expect(within(table).getByRole('link', { name: /Outcomes of the run started/ }).getAttribute('href')).toBe('/statements/runs/run-1');
    expect(screen.getByRole('link', { name: 'Statement settings' })).toBeTruthy();
  });

  it('runs statements now and says what the run did', async () => {
    client.POST.mockImplementation(() => ok(RUN));
    renderAt('/statements', ['ar']);
    fireEvent.click(await screen.findByRole('button', { name: 'Run statements now' }, WAIT));
    const status = await screen.findByRole('status', {}, WAIT);
    expect(status.textContent).toContain('The run of 2026-12-01 looked at 3 account(s): 1 sent, 0 failed, 0 settled, 0 written off, 2 skipped.');
    expect(within(status).getByRole('link', { name: "See each account's outcome" }).getAttribute('href')).toBe('/statements/runs/run-1');
    expect(client.POST).toHaveBeenCalledWith('/api/organizations/{organizationId}/statement-runs', { params: { path: { organizationId: 'org-1' } } });
  });

  it('offers neither the run nor the settings to the front desk, who may read the log', async () => {
    renderAt('/statements', ['front-desk']);
    await screen.findByRole('table', { name: 'Statement runs' }, WAIT);
    expect(screen.queryByRole('button', { name: 'Run statements now' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Statement settings' })).toBeNull();
  });

  it("shows each account's outcome: the patient by name linking to their page, the reason in words, the balance in dollars", async () => {
    renderAt('/statements/runs/run-1', ['biller']);
    await screen.findByRole('heading', { level: 1, name: 'Statement run of 2026-12-01' }, WAIT);
    const table = await screen.findByRole('table', { name: 'Outcomes' }, WAIT);
    const owens = await within(table).findByRole('link', { name: 'Owens, Olive' }, WAIT);
    expect(owens.getAttribute('href')).toBe('/patients/p-owens');
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').slice(1, 4).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Sent', 'Sent by email', '$40.00'],
      ['Skipped', 'The patient disputes the bill', '$40.00'],
      ['Skipped', 'No email consent, and no print channel to mail it', '$25.50'],
    ]);
    expect(within(table).getByRole('link', { name: 'PDF' }).getAttribute('href')).toBe('/api/organizations/org-1/statements/st-1/pdf');

    fireEvent.change(screen.getByLabelText('Result'), { target: { value: 'skipped' } });
    expect(within(screen.getByRole('table', { name: 'Outcomes' })).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('navigation', { name: 'Outcomes pages' }).textContent).toContain('Page 1 of 1 · 2 account(s)');
  });
});
