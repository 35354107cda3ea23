import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CollectionCommunication, PatientCollections } from '../../api/views';
import { renderWithTheme } from '../../test/render';
import { PatientCollectionsSection } from './patient-collections-section';

const client = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn() }));
vi.mock('../../api/client', () => ({ api: client }));
const WAIT = { timeout: 10_000 };

const NOTICE: CollectionCommunication = {
  id: 'c-notice',
  patientId: 'p1',
  placementId: null,
  kind: 'validation-notice',
  channel: 'mail',
  occurredAt: '2026-06-01T15:00:00.000Z',
  outcome: 'sent',
  reason: null,
  summary: 'Springfield Family Clinic; validation period ends 2026-07-08',
  details: null,
  recordedBy: 'u-1',
  retainUntil: '2029-06-01',
};
const REFUSED_CALL: CollectionCommunication = {
  ...NOTICE,
  id: 'c-call',
  kind: 'call',
  channel: 'phone',
  occurredAt: '2026-06-02T08:00:00.000Z',
  outcome: 'refused',
  reason: 'it is 03:00 in America/Chicago: no calls before 8 a.m. or after 9 p.m.',
  summary: 'Called about the balance.',
  details: { initiatedBy: 'collector', connected: false, conversation: false, consentGivenAt: null, debtIds: ['account:p1'] },
};
const HISTORY: PatientCollections = {
  communications: [REFUSED_CALL, NOTICE],
  optOuts: [{ id: 'o-1', patientId: 'p1', channel: 'email', optedOutAt: '2026-06-03T12:00:00.000Z', note: 'Asked by phone', recordedBy: 'u-1' }],
  disputes: [
    { id: 'd-1', patientId: 'p1', placementId: null, receivedOn: '2026-06-04', medium: 'paper', disputedCents: 12_050, stopsCollection: true, note: 'Says insurance paid.', verifiedOn: null, verification: null, createdAt: '2026-06-04T16:00:00.000Z' },
  ],
};

const ok = (data: unknown) => Promise.resolve({ data, response: new Response(null, { status: 200 }) });
const refused = (status: number, body: unknown) => Promise.resolve({ error: body, response: new Response(null, { status }) });

function answer(path: string) {
  if (path.endsWith('/collections')) return ok(HISTORY);
  if (path.endsWith('/collection-placements')) return ok([]);
  if (path.endsWith('/collection-call-check')) return ok({ allowed: false, reasons: ['the debtor asked not to be called'] });
  throw new Error(`unexpected GET ${path}`);
}

function renderSection(canWork = true) {
  return renderWithTheme(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter>
        <PatientCollectionsSection organizationId="org-1" patientId="p1" canWork={canWork} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('the patient page’s collections', { timeout: 30_000 }, () => {
  beforeEach(() => {
    client.GET.mockReset().mockImplementation(answer);
    client.POST.mockReset();
  });

  it('logs every communication: the validation notice with its PDF, a refused call with its rule', async () => {
    renderSection();
    const table = await screen.findByRole('table', { name: 'Collection communications' }, WAIT);
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').slice(1).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Call', 'Refused: it is 03:00 in America/Chicago: no calls before 8 a.m. or after 9 p.m.', 'Called about the balance.Collector called, did not connect', '2029-06-01'],
      ['Validation notice PDF', 'Sent', 'Springfield Family Clinic; validation period ends 2026-07-08', '2029-06-01'],
    ]);
    expect(within(table).getByRole('link', { name: /^Validation notice of .* \(PDF\)$/ }).getAttribute('href')).toBe('/api/organizations/org-1/collection-communications/c-notice/notice.pdf');
    expect(screen.getByText('The account has never been placed with a collection agency.')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Opt-outs' }).textContent).toMatch(/^Email: since .* — Asked by phone$/);
    const dispute = screen.getByRole('article', { name: 'Debt dispute 1' });
    expect(dispute.textContent).toContain('$120.50 disputed, received 2026-06-04 (in writing, on paper)');
    expect(dispute.textContent).toContain('Collection of the disputed amount is stopped until verification is sent.');
  });

  it('shows the rule when Regulation F refuses a call, and reloads the log (the refusal is logged)', async () => {
    client.POST.mockImplementation(() => refused(409, { status: 409, title: 'Conflict', detail: 'do not place this call: the debtor asked not to be called' }));
    renderSection();
    fireEvent.click(await screen.findByRole('button', { name: 'Log a call' }, WAIT));
    const form = screen.getByRole('form', { name: 'Log a call' });
    fireEvent.change(within(form).getByLabelText('Note'), { target: { value: 'Left no message.' } });
    const reads = client.GET.mock.calls.length;
    fireEvent.click(within(form).getByRole('button', { name: 'Log the call' }));
    const alert = await within(form).findByRole('alert', {}, WAIT);
    expect(alert.textContent).toContain('Regulation F refuses this call');
    expect(alert.textContent).toContain('do not place this call: the debtor asked not to be called');
    const [path, init] = client.POST.mock.calls[0] as [string, { body: Record<string, unknown> }];
    expect(path).toBe('/api/organizations/{organizationId}/patients/{patientId}/collection-calls');
    expect(init.body).toMatchObject({ initiatedBy: 'collector', connected: true, conversation: false, timeZones: [], note: 'Left no message.' });
    await vi.waitFor(() => expect(client.GET.mock.calls.length).toBeGreaterThan(reads));
  });

  it('checks before calling, with the time as an instant and the debtor’s zone', async () => {
    renderSection();
    fireEvent.click(await screen.findByRole('button', { name: 'Check before calling' }, WAIT));
    const form = screen.getByRole('form', { name: 'Check before calling' });
    fireEvent.change(within(form).getByLabelText('When (your local time)'), { target: { value: '2026-06-05T10:30' } });
    fireEvent.change(within(form).getByLabelText("Debtor's time zone"), { target: { value: 'America/Chicago' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Check' }));
    const status = await within(form).findByRole('status', {}, WAIT);
    expect(status.textContent).toContain('Do not place this call');
    expect(status.textContent).toContain('the debtor asked not to be called');
    const [path, init] = client.GET.mock.calls.find(([called]) => String(called).endsWith('/collection-call-check')) as [string, { params: { query: unknown } }];
    expect(path).toBe('/api/organizations/{organizationId}/patients/{patientId}/collection-call-check');
    expect(init.params.query).toEqual({ at: new Date('2026-06-05T10:30').toISOString(), timeZones: 'America/Chicago' });
  });

  it('records a dispute in dollars and says what it does to collection; records the verification of another', async () => {
    client.POST.mockImplementation((path: string) =>
      path.endsWith('/verification')
        ? ok({ ...HISTORY.disputes[0], verifiedOn: '2026-06-10' })
        : ok({ dispute: HISTORY.disputes[0], effect: { collectionStopped: false, stoppedCents: 0, reportAsDisputed: true, reason: 'an oral dispute does not stop collection; report the debt as disputed' } }),
    );
    renderSection();
    fireEvent.click(await screen.findByRole('button', { name: 'Record a dispute' }, WAIT));
    const form = screen.getByRole('form', { name: 'Record a dispute' });
    fireEvent.change(within(form).getByLabelText('How it came'), { target: { value: 'oral' } });
    fireEvent.change(within(form).getByLabelText('Received on'), { target: { value: '2026-06-09' } });
    fireEvent.change(within(form).getByLabelText('Amount disputed ($)'), { target: { value: '40' } });
    fireEvent.change(within(form).getByLabelText('What the debtor disputes'), { target: { value: 'Not my visit.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record the dispute' }));
    expect((await screen.findByRole('status', {}, WAIT)).textContent).toContain('an oral dispute does not stop collection; report the debt as disputed');
    expect(client.POST).toHaveBeenCalledWith('/api/organizations/{organizationId}/patients/{patientId}/collection-disputes', {
      params: { path: { organizationId: 'org-1', patientId: 'p1' } },
      body: { medium: 'oral', receivedOn: '2026-06-09', disputedCents: 4000, note: 'Not my visit.' },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Record verification of debt dispute 1' }));
    const verification = screen.getByRole('form', { name: 'Record verification of debt dispute 1' });
    fireEvent.change(within(verification).getByLabelText('Verification sent on'), { target: { value: '2026-06-10' } });
    fireEvent.change(within(verification).getByLabelText('What was sent to the debtor'), { target: { value: 'The itemized statement and the EOB.' } });
    fireEvent.click(within(verification).getByRole('button', { name: 'Record the verification' }));
    await vi.waitFor(() =>
      expect(client.POST).toHaveBeenCalledWith('/api/organizations/{organizationId}/collection-disputes/{disputeId}/verification', {
        params: { path: { organizationId: 'org-1', disputeId: 'd-1' } },
        body: { sentOn: '2026-06-10', verification: 'The itemized statement and the EOB.' },
      }),
    );
  });

  it('offers nothing to do to someone who may only read', async () => {
    renderSection(false);
    await screen.findByRole('table', { name: 'Collection communications' }, WAIT);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
