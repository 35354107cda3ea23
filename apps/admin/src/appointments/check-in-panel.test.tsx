import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { EncounterDetail } from '../api/views';
import { renderWithTheme } from '../test/render';
import { CheckInPanel, type CheckInPanelProps } from './check-in-panel';

const VISIT: EncounterDetail = {
  id: 'e1',
  patientId: 'p1',
  locationId: 'l1',
  billingProviderId: 'g1',
  renderingProviderId: 'd1',
  state: 'checked-in',
  allowedEvents: ['document', 'cancel', 'no-show'],
  scheduledStart: '2026-12-01T15:00:00.000Z',
  dateOfService: '2026-12-01',
  placeOfService: '11',
  reason: 'follow-up',
  selfPay: false,
  diagnosisCodes: [],
  documentation: { signedByProviderId: null, signedAt: null },
  charges: [],
  patientResponsibility: { estimateCents: 2500, method: 'verbal', communicatedAt: '2026-12-01T15:05:00.000Z', communicatedBy: 'u1' },
  eligibility: {
    coverageId: 'c1',
    payerName: 'Acme Health',
    check: { id: 'k1', outcome: 'active', method: 'plugin', source: 'eligibility-availity/availity', checkedAt: '2026-12-01T15:02:00.000Z', messages: ['Gold PPO plan', 'Referral not required'] },
    pointOfService: { copayCents: 2500, deductibleRemainingCents: 75050 },
  },
};

function panel(overrides: Partial<CheckInPanelProps> = {}) {
  const props: CheckInPanelProps = {
    visit: VISIT,
    canWork: true,
    eligibilityRefusal: null,
    onCheckIn: vi.fn(),
    checkingIn: false,
    checkInError: null,
    onRunEligibility: vi.fn(),
    runningEligibility: false,
    onSaveResponsibility: vi.fn(),
    savingResponsibility: false,
    responsibilityError: null,
    ...overrides,
  };
  renderWithTheme(<CheckInPanel {...props} />);
  return props;
}

describe('CheckInPanel', () => {
  it('shows the eligibility answer: active, the payer, its messages, the copay and the deductible remaining', () => {
    panel();
    const result = screen.getByRole('status', { name: 'Coverage active — Acme Health' });
    expect(result.textContent).toContain('Copay: $25.00');
    expect(result.textContent).toContain('Deductible remaining: $750.50');
    expect(screen.getByText('Gold PPO plan')).toBeTruthy();
    expect(screen.getByText('Referral not required')).toBeTruthy();
  });

  it('shows an inactive coverage as inactive', () => {
    panel({ visit: { ...VISIT, eligibility: { ...VISIT.eligibility!, check: { ...VISIT.eligibility!.check!, outcome: 'inactive', messages: [] } } } });
    expect(screen.getByRole('status', { name: 'Coverage inactive — Acme Health' })).toBeTruthy();
    expect(screen.queryByRole('status', { name: /Coverage active/ })).toBeNull();
  });

  it('shows the expected patient responsibility and how it was communicated', () => {
    panel();
    expect(screen.getByLabelText('Expected patient responsibility').textContent).toMatch(/^Expected patient responsibility: \$25\.00 \(verbal, /);
    expect((screen.getByLabelText('Expected patient responsibility ($)') as HTMLInputElement).value).toBe('25.00');
  });

  it('offers check-in while the appointment is scheduled, and says why the payer gave no answer', () => {
    const props = panel({
      visit: { ...VISIT, state: 'scheduled', allowedEvents: ['check-in', 'cancel'], patientResponsibility: { estimateCents: null, method: null, communicatedAt: null, communicatedBy: null }, eligibility: { ...VISIT.eligibility!, check: null, pointOfService: { copayCents: null, deductibleRemainingCents: null } } },
      eligibilityRefusal: 'Acme Health has no eligibility connector: check by phone or portal and record the result',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));
    expect(props.onCheckIn).toHaveBeenCalledOnce();
    expect(screen.getByText(/has no eligibility connector/)).toBeTruthy();
    expect(screen.getByText('Acme Health: not checked for this date of service yet.')).toBeTruthy();
    expect(screen.getByLabelText('Expected patient responsibility').textContent).toBe('Not communicated yet.');
  });

  it('saves the estimate in cents with the way it was communicated', () => {
    const props = panel();
    fireEvent.change(screen.getByLabelText('Expected patient responsibility ($)'), { target: { value: '40.10' } });
    fireEvent.change(screen.getByLabelText('Communicated'), { target: { value: 'printed-estimate' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save estimate' }));
    expect(props.onSaveResponsibility).toHaveBeenCalledWith({ estimateCents: 4010, method: 'printed-estimate' });
  });

  it('shows a self-pay visit without eligibility and lets nothing be worked without the role', () => {
    panel({ visit: { ...VISIT, selfPay: true, eligibility: null, state: 'scheduled', allowedEvents: ['check-in'] }, canWork: false });
    expect(screen.getByText('Self-pay visit: no coverage to check.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Check in' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save estimate' })).toBeNull();
  });
});
