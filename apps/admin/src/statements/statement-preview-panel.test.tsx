import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithTheme } from '../test/render';
import { StatementPreviewPanel } from './statement-preview-panel';

const client = vi.hoisted(() => ({ POST: vi.fn() }));
vi.mock('../api/client', () => ({ api: client }));

describe('StatementPreviewPanel', () => {
  beforeEach(() => client.POST.mockReset());

  it('links the HTML and PDF previews, and sends a test statement to the address typed', async () => {
    client.POST.mockResolvedValue({ data: { deliveryReference: '<m1@clinic>' }, response: new Response(null, { status: 201 }) });
    renderWithTheme(<StatementPreviewPanel organizationId="org-1" canSend />);
    expect(screen.getByRole('link', { name: 'Preview as HTML' }).getAttribute('href')).toBe('/api/organizations/org-1/statement-preview.html');
    expect(screen.getByRole('link', { name: 'Preview as PDF' }).getAttribute('href')).toBe('/api/organizations/org-1/statement-preview.pdf');
    fireEvent.change(screen.getByLabelText(/Send a test statement to/), { target: { value: 'me@clinic.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send test' }));
    expect(await screen.findByText('A test statement was sent to me@clinic.example.')).toBeTruthy();
    expect(client.POST).toHaveBeenCalledWith('/api/organizations/{organizationId}/statement-preview/send', { params: { path: { organizationId: 'org-1' } }, body: { to: 'me@clinic.example' } });
  });

  it('shows the server’s refusal, and no send form to readers', async () => {
    client.POST.mockResolvedValue({ error: { title: 'Conflict', status: 409, detail: 'no email channel is enabled for this organization' }, response: new Response(null, { status: 409 }) });
    const { unmount } = renderWithTheme(<StatementPreviewPanel organizationId="org-1" canSend />);
    fireEvent.change(screen.getByLabelText(/Send a test statement to/), { target: { value: 'me@clinic.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send test' }));
    expect((await screen.findByRole('alert')).textContent).toContain('no email channel is enabled');
    unmount();
    renderWithTheme(<StatementPreviewPanel organizationId="org-1" canSend={false} />);
    expect(screen.queryByRole('button', { name: 'Send test' })).toBeNull();
  });
});
