import { describe, expect, it } from 'vitest';
import type { StatementAccount } from '../api/views';
import { accountChangeOf, accountDraftOf, deliveryWords, holdWords } from './account-draft';

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

describe('the statement account', () => {
  it('sends every field, an emptied one as null', () => {
    const draft = { ...accountDraftOf(ACCOUNT), emailConsent: true, email: ' owens@example.test ', holdUntil: '', holdReason: '  ' };
    expect(accountChangeOf(draft)).toEqual({ emailConsent: true, email: 'owens@example.test', holdUntil: null, holdReason: null });
    expect(accountChangeOf({ ...draft, holdUntil: '2027-01-15', holdReason: 'Waiting for the estate' })).toMatchObject({ holdUntil: '2027-01-15', holdReason: 'Waiting for the estate' });
  });

  it('says where statements go', () => {
    expect(deliveryWords(ACCOUNT)).toBe('By mail: the guarantor has not consented to email');
    expect(deliveryWords({ ...ACCOUNT, emailConsent: true })).toBe("By email to the guarantor's email on file");
    expect(deliveryWords({ ...ACCOUNT, emailConsent: true, email: 'owens@example.test' })).toBe('By email to owens@example.test');
  });

  it('says whether a hold still holds', () => {
    expect(holdWords(ACCOUNT, '2026-12-01')).toBe('None');
    const held = { ...ACCOUNT, holdUntil: '2027-01-15', holdReason: 'Waiting for the estate' };
    expect(holdWords(held, '2026-12-01')).toBe('No statement before 2027-01-15: Waiting for the estate');
    expect(holdWords(held, '2027-01-15')).toBe('Ended 2027-01-15: Waiting for the estate');
  });
});
