import { describe, expect, it } from 'vitest';
import { navigationFor } from './permissions';

describe('navigationFor', () => {
  it('shows gate settings to administrators only', () => {
    expect(navigationFor(['admin']).map((entry) => entry.label)).toEqual(['Workflows', 'Gate settings', 'Claims', 'Work queues', 'Patients']);
    expect(navigationFor(['biller', 'manager']).map((entry) => entry.label)).toEqual(['Workflows', 'Claims', 'Work queues', 'Patients']);
  });

  it('shows nothing to someone without a role', () => {
    expect(navigationFor([])).toEqual([]);
  });
});
