import { describe, expect, it } from 'vitest';
import { navigationFor } from './permissions';

describe('navigationFor', () => {
  it('shows gate settings to administrators only', () => {
    expect(navigationFor(['admin']).map((entry) => entry.label)).toEqual(['Dashboard', 'Workflows', 'Gate settings', 'Work items', 'Patients']);
    expect(navigationFor(['biller', 'manager']).map((entry) => entry.label)).toEqual(['Dashboard', 'Workflows', 'Work items', 'Patients']);
  });

  it('shows nothing to someone without a role', () => {
    expect(navigationFor([])).toEqual([]);
  });
});
