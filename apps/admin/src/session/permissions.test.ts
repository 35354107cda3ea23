import { describe, expect, it } from 'vitest';
import { navigationFor } from './permissions';

describe('navigationFor', () => {
  it('shows gate settings to administrators only', () => {
    expect(navigationFor(['admin']).map((entry) => entry.label)).toEqual(['Workflows', 'Gate settings', 'Work items', 'Patients', 'Appointments']);
    expect(navigationFor(['biller', 'manager']).map((entry) => entry.label)).toEqual(['Workflows', 'Work items', 'Patients', 'Appointments']);
  });

  it('shows nothing to someone without a role', () => {
    expect(navigationFor([])).toEqual([]);
  });
});
