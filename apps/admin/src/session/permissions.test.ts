import { describe, expect, it } from 'vitest';
import { navigationFor } from './permissions';

describe('navigationFor', () => {
  it('shows gate settings to administrators only', () => {
    expect(navigationFor(['admin']).map((entry) => entry.label)).toEqual(['Workflows', 'Gate settings', 'Claims', 'Work queues', 'Patients', 'Remittances', 'Deposits', 'Credit balances', 'Ledger']);
    expect(navigationFor(['biller', 'manager']).map((entry) => entry.label)).toEqual(['Workflows', 'Claims', 'Work queues', 'Patients', 'Remittances', 'Deposits', 'Credit balances', 'Ledger']);
  });

  it('keeps deposits and the ledger from the roles the server refuses them', () => {
    expect(navigationFor(['front-desk']).map((entry) => entry.label)).toEqual(['Workflows', 'Claims', 'Work queues', 'Patients', 'Remittances', 'Credit balances']);
    expect(navigationFor(['poster']).map((entry) => entry.label)).toContain('Deposits');
  });

  it('shows nothing to someone without a role', () => {
    expect(navigationFor([])).toEqual([]);
  });
});
