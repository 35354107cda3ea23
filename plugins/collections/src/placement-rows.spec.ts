import type { PlacementAccount } from '@openrcm/sdk';
import { placementRows } from './placement-rows';

const account: PlacementAccount = {
  accountNumber: 'PA-1', debtorName: 'Ana Lima', debtorAddress: ['1 Main St', 'Dover, DE 19901'], balanceCents: 10_000, itemizationDate: '2026-01-05',
  itemization: { reference: 'last-statement', atItemizationCents: 12_000, interestCents: 0, feesCents: 500, paymentsCents: 2_000, creditsCents: 500 },
  serviceDates: { first: '2025-11-01', last: '2025-11-20' },
};
const issuesOf = (accounts: readonly PlacementAccount[]) => {
  const result = placementRows(accounts);
  return 'issues' in result ? result.issues : [];
};

describe('placement rows', () => {
  it('takes a well-formed account', () => {
    expect(placementRows([account])).toMatchObject({ rows: [{ account_number: 'PA-1', balance: 10_000, amount_at_itemization: 12_000, address_line_3: undefined }] });
  });

  it('names each field that cannot be placed', () => {
    expect(issuesOf([{
      ...account, accountNumber: ' PA-1', debtorName: '', debtorAddress: ['1 Main St', 'line\nbreak', 'x', 'y', 'z'], debtorPhone: '1'.repeat(21),
      balanceCents: 100.5, lastPaymentDate: '2026-1-5', serviceDates: { first: '2025-11-20', last: '2025-11-01' },
    }])).toEqual([
      { field: 'accounts[0].accountNumber', message: 'must not start or end with spaces' },
      { field: 'accounts[0].debtorName', message: 'is required' },
      { field: 'accounts[0].debtorAddress', message: 'must have 1 to 4 lines' },
      { field: 'accounts[0].debtorAddress[1]', message: 'must not hold line breaks, tabs or other control characters' },
      { field: 'accounts[0].debtorPhone', message: 'is longer than the 20 characters a placement file holds' },
      { field: 'accounts[0].balanceCents', message: 'must be whole cents from 1 to 999999999999' },
      { field: 'accounts[0].lastPaymentDate', message: 'must be a calendar date written YYYY-MM-DD' },
      { field: 'accounts[0].serviceDates', message: 'first must not be after last' },
      { field: 'accounts[0].itemization', message: 'does not add up to the balance (at itemization + interest + fees − payments − credits)' },
    ]);
  });

  it('refuses an itemization that does not add up, a repeated account and an empty batch', () => {
    expect(issuesOf([{ ...account, itemization: { ...account.itemization!, creditsCents: 0 } }])).toEqual([
      { field: 'accounts[0].itemization', message: 'does not add up to the balance (at itemization + interest + fees − payments − credits)' },
    ]);
    expect(issuesOf([account, account])).toEqual([{ field: 'accounts[1].accountNumber', message: 'repeats accounts[0]' }]);
    expect(issuesOf([])).toEqual([{ field: 'accounts', message: 'a placement needs at least one account' }]);
  });
});
