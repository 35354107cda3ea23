import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { ClaimTimelineEntry } from '../api/views';
import { renderWithTheme } from '../test/render';
import { ClaimTimeline } from './claim-timeline';

const USER = { type: 'user', id: 'u1', name: 'Bill Biller' };
const ENTRIES: ClaimTimelineEntry[] = [
  { kind: 'related-claim', at: '2026-11-30T12:09:00Z', relation: 'superseded-by', claimId: 'c2', patientControlNumber: 'C0000002', frequency: '1', state: 'draft' },
  { kind: 'work-item', at: '2026-11-30T12:08:00Z', workItemId: 'w1', itemKind: 'follow-up', category: 'claim-rejection', title: 'Claim C0000001 rejected by the payer (277CA)', state: 'open' },
  { kind: 'ledger', at: '2026-11-30T12:07:00Z', entryId: 'l1', entryKind: 'adjustment', amountCents: -2500, party: 'payer', groupCode: 'CO', reasonCode: '45', source: 'remittance', effectiveDate: '2026-04-01', memo: null },
  { kind: 'remittance', at: '2026-11-30T12:06:00Z', remittanceId: 'r1', remittanceClaimId: 'rc1', payerName: 'ACME HEALTH', traceNumber: 'CHK1', statusCode: '1', chargeCents: 36500, paymentCents: 20000, patientResponsibilityCents: 5000, paymentDate: '2026-04-01' },
  { kind: 'status-inquiry', at: '2026-11-30T12:05:00Z', inquiryId: 'i1', outcome: 'answered', statusCategory: 'F1', statusCode: '65', error: null, actor: USER },
  { kind: 'file-received', at: '2026-11-30T12:04:00Z', fileId: 'f2', fileKind: '277CA', fileName: 'claims.277ca', outcome: 'rejected', detail: 'A7 rejected for invalid information' },
  { kind: 'file-sent', at: '2026-11-30T12:03:00Z', batchId: 'b1', fileKind: '837P', fileName: '000000101.837p.x12', state: 'submitted', submittedAt: '2026-11-30T12:03:01Z', reference: 'CH-101', lastError: null },
  { kind: 'transition', at: '2026-11-30T12:02:00Z', event: 'scrub', from: 'draft', to: 'scrubbed', actor: USER },
  { kind: 'finding-overridden', at: '2026-11-30T12:01:30Z', findingId: 'x1', rule: 'zip-plus-four', reason: 'payer accepts 5-digit ZIP', actor: USER },
  { kind: 'scrub-finding', at: '2026-11-30T12:01:00Z', findingId: 'x1', rule: 'zip-plus-four', severity: 'error', field: 'billingProvider.zip', message: 'ZIP+4 required', resolvedAt: null, overridden: true },
];

function renderTimeline(entries: readonly ClaimTimelineEntry[]) {
  return renderWithTheme(
    <MemoryRouter>
      <ClaimTimeline entries={entries} />
    </MemoryRouter>,
  );
}

describe('ClaimTimeline', () => {
  it('shows every kind of entry in the order given (newest first), each with its time, label and summary', () => {
    renderTimeline(ENTRIES);
    const items = within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('listitem');
    expect(items).toHaveLength(ENTRIES.length);
    const text = items.map((item) => item.textContent ?? '');
    expect(text[0]).toContain('Related claim');
    expect(text[0]).toContain('Superseded by claim C0000002 (frequency 1, draft)');
    expect(text[1]).toContain('Work item');
    expect(text[1]).toContain('Claim C0000001 rejected by the payer (277CA) — open');
    expect(text[2]).toContain('adjustment -$25.00 (payer) CO-45, remittance, effective 2026-04-01');
    expect(text[3]).toContain('835 from ACME HEALTH, check CHK1 of 2026-04-01: status 1, paid $200.00 of $365.00, patient responsibility $50.00');
    expect(text[4]).toContain('276/277 by Bill Biller — answered F1:65');
    expect(text[5]).toContain('277CA claims.277ca — rejected: A7 rejected for invalid information');
    expect(text[6]).toContain('837P 000000101.837p.x12 — submitted, reference CH-101');
    expect(text[7]).toContain('scrub: draft → scrubbed, by Bill Biller');
    expect(text[8]).toContain('zip-plus-four overridden by Bill Biller: payer accepts 5-digit ZIP');
    expect(text[9]).toContain('error zip-plus-four (billingProvider.zip): ZIP+4 required — overridden');
    expect(items[7]?.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-30T12:02:00Z');
  });

  it('links work items and related claims to their pages', () => {
    renderTimeline(ENTRIES);
    expect(screen.getByRole('link', { name: 'Claim C0000001 rejected by the payer (277CA)' }).getAttribute('href')).toBe('/work-items/w1');
    expect(screen.getByRole('link', { name: 'C0000002' }).getAttribute('href')).toBe('/claims/c2');
  });

  it('names the system and unknown actors without a user name', () => {
    renderTimeline([{ kind: 'transition', at: '2026-11-30T12:00:00Z', event: 'reject', from: 'submitted', to: 'rejected', actor: { type: 'system', id: 'system', name: null } }]);
    expect(screen.getByRole('listitem').textContent).toContain('reject: submitted → rejected, by the system');
  });

  it('says so when nothing has happened', () => {
    renderTimeline([]);
    expect(screen.getByText('Nothing has happened to this claim yet.')).toBeTruthy();
  });
});
