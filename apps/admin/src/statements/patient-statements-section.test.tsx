import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PatientDispute, StatementAccount, StatementListing } from '../api/views';
import { CurrentOrganizationContext } from '../session/current-organization';
import { renderWithTheme } from '../test/render';
import { PatientStatementsSection } from './patient-statements-section';

const client = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PATCH: vi.fn() }));
vi.mock('../api/client', () => ({ api: client }));
const WAIT = { timeout: 10_000 };

const ACCOUNT: StatementAccount = {
  id: 'a1',
  patientId: 'p1',
  state: 'statement-cycle',
  statementsSent: 1,
  lastStatementOn: '2026-12-01',
  emailConsent: false,
  email: null,
  holdUntil: null,
  holdReason: null,
  updatedAt: '2026-12-01T10:00:00Z',
};
const STATEMENT: StatementListing = {
  id: 'st-1',
  runId: 'run-1',
  kind: 'statement',
  statementDate: '2026-12-01',
  dueDate: '2026-12-22',
  amountDueCents: 6000,
  renderedBy: 'handlebars-pdfkit',
  createdAt: '2026-12-01T15:00:00Z',
  deliveries: [{ id: 'd1', statementId: 'st-1', channel: 'email', attempt: 1, outcome: 'delivered', reference: '<m1@clinic.test>', error: null, createdAt: '2026-12-01T15:00:01Z' }],
};
const DISPUTE: PatientDispute = {
  id: 'dispute-1',
  patientId: 'p1',
  state: 'open',
  reason: 'I was told the visit was covered in full.',
  answer: null,
  resolution: null,
  openedBy: 'user-1',
  createdAt: '2026-12-02T09:00:00Z',
  updatedAt: '2026-12-02T09:00:00Z',
};

const ok = (data: unknown) => Promise.resolve({ data, response: new Response(null, { status: 200 }) });
const refused = (status: number, body: unknown) => Promise.resolve({ error: body, response: new Response(null, { status }) });

function answer(path: string) {
  if (path.endsWith('/statement-account')) return ok(ACCOUNT);
  if (path.endsWith('/statements')) return ok({ items: [STATEMENT] });
  if (path.endsWith('/disputes')) return ok({ items: [DISPUTE] });
  throw new Error(`unexpected GET ${path}`);
}

function renderSection(canStepDisputes: boolean) {
  return renderWithTheme(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <CurrentOrganizationContext.Provider value={{ organizationId: 'org-1', roles: canStepDisputes ? ['biller'] : ['front-desk'] }}>
        <PatientStatementsSection organizationId="org-1" patientId="p1" canStepDisputes={canStepDisputes} />
      </CurrentOrganizationContext.Provider>
    </QueryClientProvider>,
  );
}

describe('the patient page’s statements', { timeout: 30_000 }, () => {
  beforeEach(() => {
    client.GET.mockReset().mockImplementation(answer);
    client.POST.mockReset();
    client.PATCH.mockReset();
  });

  it('shows the account, and the statements sent with their deliveries and PDF', async () => {
    renderSection(true);
    const account = await screen.findByRole('table', { name: 'Statement account' }, WAIT);
    expect(within(account).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'StateIn the statement cycle',
      'Statements sent in this cycle1',
      'Last statement2026-12-01',
      'Statements goBy mail: the guarantor has not consented to email',
      'HoldNone',
    ]);
    const statements = await screen.findByRole('table', { name: 'Statements sent' }, WAIT);
    const cells = within(within(statements).getAllByRole('row')[1] as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells.slice(0, 5)).toEqual(['2026-12-01', 'Statement', '2026-12-22', '$60.00', 'email: delivered (<m1@clinic.test>)']);
    expect(within(statements).getByRole('link', { name: 'Statement of 2026-12-01 (PDF)' }).getAttribute('href')).toBe('/api/organizations/org-1/statements/st-1/pdf');
  });

  it("records the guarantor's email consent, and shows the server's refusal on the field", async () => {
    client.PATCH.mockImplementationOnce(() => refused(400, { status: 400, title: 'Bad Request', errors: [{ field: 'email', message: 'Invalid email address' }] })).mockImplementationOnce(() =>
      ok({ ...ACCOUNT, emailConsent: true, email: 'olive@example.test' }),
    );
    renderSection(false);
    fireEvent.click(await screen.findByRole('button', { name: 'Change email consent or hold' }, WAIT));
    fireEvent.click(screen.getByRole('checkbox', { name: 'The guarantor consents to statements by email' }));
    fireEvent.change(screen.getByLabelText('Statement email', { exact: false }), { target: { value: 'olive@' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save account' }));
    expect(await screen.findByText('Invalid email address', {}, WAIT)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Statement email', { exact: false }), { target: { value: 'olive@example.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save account' }));
    expect(await screen.findByText('By email to olive@example.test', {}, WAIT)).toBeTruthy();
    expect(client.PATCH).toHaveBeenLastCalledWith('/api/organizations/{organizationId}/patients/{patientId}/statement-account', {
      params: { path: { organizationId: 'org-1', patientId: 'p1' } },
      body: { emailConsent: true, email: 'olive@example.test', holdUntil: null, holdReason: null },
    });
  });

  it('answers an open dispute with a note', async () => {
    client.POST.mockImplementation(() => ok({ ...DISPUTE, state: 'answered', answer: 'Your plan applies a deductible.' }));
    renderSection(true);
    const dispute = await screen.findByRole('article', { name: 'Dispute 1' }, WAIT);
    expect(within(dispute).getByText('Dispute 1: Open (statements held)')).toBeTruthy();
    fireEvent.click(within(dispute).getByRole('button', { name: 'Answer dispute 1' }));
    fireEvent.change(within(dispute).getByLabelText('The answer given to the patient'), { target: { value: 'Your plan applies a deductible.' } });
    fireEvent.click(within(dispute).getByRole('button', { name: 'Save the answer' }));
    await vi.waitFor(() =>
      expect(client.POST).toHaveBeenCalledWith('/api/organizations/{organizationId}/disputes/{disputeId}/steps', {
        params: { path: { organizationId: 'org-1', disputeId: 'dispute-1' } },
        body: { step: 'answer', note: 'Your plan applies a deductible.' },
      }),
    );
  });

  it('lets the front desk open a dispute but not answer or resolve one', async () => {
    client.POST.mockImplementation(() => ok({ ...DISPUTE, id: 'dispute-2' }));
    renderSection(false);
    const dispute = await screen.findByRole('article', { name: 'Dispute 1' }, WAIT);
    expect(within(dispute).queryByRole('button')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open a dispute' }));
    fireEvent.change(screen.getByLabelText('What the patient disputes', { exact: false }), { target: { value: 'Charged twice for the same visit.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the dispute' }));
    await vi.waitFor(() =>
      expect(client.POST).toHaveBeenCalledWith('/api/organizations/{organizationId}/patients/{patientId}/disputes', {
        params: { path: { organizationId: 'org-1', patientId: 'p1' } },
        body: { reason: 'Charged twice for the same visit.' },
      }),
    );
  });
});
