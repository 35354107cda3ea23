import { describe, expect, it } from 'vitest';
import { NAVIGATION, navigationFor } from './permissions';

const labelsFor = (...roles: Parameters<typeof navigationFor>[0]) => navigationFor(roles).map((entry) => entry.label);

describe('navigationFor', () => {
  it('shows administrators every screen', () => {
    expect(labelsFor('admin')).toEqual(NAVIGATION.map((entry) => entry.label));
  });

  it('shows gate settings to administrators only', () => {
    expect(labelsFor('admin')).toContain('Gate settings');
    expect(labelsFor('biller', 'manager')).not.toContain('Gate settings');
    expect(labelsFor('biller', 'manager')).toEqual(expect.arrayContaining(['Dashboard', 'Workflows', 'Claims', 'Work queues', 'Patients', 'Remittances']));
  });

  it('keeps deposits and the ledger from the roles the server refuses them', () => {
    expect(labelsFor('front-desk')).not.toContain('Deposits');
    expect(labelsFor('front-desk')).not.toContain('Ledger');
    expect(labelsFor('poster')).toEqual(expect.arrayContaining(['Deposits', 'Ledger']));
  });

  it('shows nothing to someone without a role', () => {
    expect(navigationFor([])).toEqual([]);
  });
});
