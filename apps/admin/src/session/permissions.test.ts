import { describe, expect, it } from 'vitest';
import { navigationFor } from './permissions';

describe('navigationFor', () => {
  it('shows gate settings and plugins to administrators only', () => {
    expect(navigationFor(['admin']).map((entry) => entry.label)).toEqual(['Workflows', 'Gate settings', 'Work items', 'Patients', 'Payers', 'Fee schedules', 'Plugins']);
    expect(navigationFor(['biller', 'manager']).map((entry) => entry.label)).toEqual(['Workflows', 'Work items', 'Patients', 'Payers', 'Fee schedules']);
  });

  it('shows nothing to someone without a role', () => {
    expect(navigationFor([])).toEqual([]);
  });
});
