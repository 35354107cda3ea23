import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import type { Job } from '../api/views';
import { CurrentOrganizationContext } from '../session/current-organization';
import { renderWithTheme } from '../test/render';
import { JobsPage } from './jobs-page';

vi.mock('../api/client', () => ({ api: { GET: vi.fn(), POST: vi.fn() } }));

const FAILED: Job = {
  id: 'job-1',
  name: 'claims.submit-batch',
  status: 'failed',
  attempts: 5,
  maxAttempts: 5,
  lastError: 'clearinghouse refused the login',
  runAt: '2026-11-30T10:00:00.000Z',
  createdAt: '2026-11-30T09:00:00.000Z',
  completedAt: null,
};

const answer = (status: number, body: unknown) => Promise.resolve({ data: status < 400 ? body : undefined, error: status < 400 ? undefined : body, response: new Response(null, { status }) });

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return renderWithTheme(
    <QueryClientProvider client={client}>
      <CurrentOrganizationContext.Provider value={{ organizationId: 'org-1', roles: ['manager'] }}>
        <JobsPage />
      </CurrentOrganizationContext.Provider>
    </QueryClientProvider>,
  );
}

describe('JobsPage', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.mocked(api.GET).mockReset().mockImplementation((() => answer(200, { items: [FAILED], total: 1, limit: 25, nextCursor: null })) as never);
    vi.mocked(api.POST).mockReset();
  });

  it('lists the failed jobs first, with their error and attempts', async () => {
    renderPage();
    const row = (await screen.findByRole('cell', { name: 'claims.submit-batch' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('clearinghouse refused the login')).toBeTruthy();
    expect(within(row).getByText('5 of 5')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Jobs pages' }).textContent).toContain('Page 1 · 1 job(s), newest first');
    expect(vi.mocked(api.GET)).toHaveBeenCalledWith('/api/organizations/{organizationId}/jobs', { params: { path: { organizationId: 'org-1' }, query: { limit: 25, status: 'failed' } } });
  });

  it('retries a failed job and shows the answer', async () => {
    vi.mocked(api.POST).mockImplementation((() => answer(200, { ...FAILED, status: 'queued', attempts: 0, lastError: null })) as never);
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Retry claims.submit-batch job-1' }));
    expect((await screen.findByRole('status')).textContent).toBe('claims.submit-batch is queued again (queued, attempts reset to 0 of 5).');
    expect(vi.mocked(api.POST)).toHaveBeenCalledWith('/api/organizations/{organizationId}/jobs/{jobId}/retry', { params: { path: { organizationId: 'org-1', jobId: 'job-1' } } });
  });

  it("shows the server's refusal of a retry", async () => {
    vi.mocked(api.POST).mockImplementation((() => answer(409, { status: 409, title: 'Conflict', detail: 'job job-1 is queued; only failed jobs can be retried' })) as never);
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Retry claims.submit-batch job-1' }));
    expect((await screen.findByRole('alert')).textContent).toContain('job job-1 is queued; only failed jobs can be retried');
  });

  it('filters by another status, or none', async () => {
    renderPage();
    await screen.findByRole('table', { name: 'Jobs' });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: '' } });
    await vi.waitFor(() => expect(vi.mocked(api.GET)).toHaveBeenLastCalledWith('/api/organizations/{organizationId}/jobs', { params: { path: { organizationId: 'org-1' }, query: { limit: 25 } } }));
  });
});
