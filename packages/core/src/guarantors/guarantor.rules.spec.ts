import { guarantorIssues } from './guarantor.rules';

const address = { line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62701' };

describe('guarantor rules', () => {
  it('takes self alone', () => {
    expect(guarantorIssues({ relationship: 'self' }, '2026-11-30')).toEqual([]);
  });

  it('refuses person fields for self, naming each', () => {
    expect(guarantorIssues({ relationship: 'self', firstName: 'Ann', address }, '2026-11-30')).toEqual([
      { field: 'firstName', message: 'must be left out when the patient is their own guarantor (self)' },
      { field: 'address', message: 'must be left out when the patient is their own guarantor (self)' },
    ]);
  });

  it('needs a name and an address for anyone else', () => {
    expect(guarantorIssues({ relationship: 'parent', firstName: 'Ann' }, '2026-11-30')).toEqual([
      { field: 'lastName', message: "required when the guarantor is the patient's parent" },
      { field: 'address', message: "required when the guarantor is the patient's parent" },
    ]);
    expect(guarantorIssues({ relationship: 'spouse', firstName: 'Ann', lastName: 'Lee', address, birthDate: '1970-01-01' }, '2026-11-30')).toEqual([]);
  });

  it('refuses a birth date in the future', () => {
    expect(guarantorIssues({ relationship: 'other', firstName: 'A', lastName: 'B', address, birthDate: '2027-01-01' }, '2026-11-30')).toEqual([
      { field: 'birthDate', message: 'must not be in the future' },
    ]);
  });
});
