import { DEFAULT_CONTRACTUAL_REASONS, dispositionOf } from './posting-rules';

const contractual = new Set(DEFAULT_CONTRACTUAL_REASONS);

describe('dispositionOf', () => {
  it('sends PR to the next coverage when there is one, else to the patient', () => {
    expect(dispositionOf({ groupCode: 'PR', reasonCode: '1' }, contractual, true)).toBe('next-coverage');
    expect(dispositionOf({ groupCode: 'PR', reasonCode: '2' }, contractual, false)).toBe('patient');
  });

  it('adjusts off contractual CO (and configured OA/PI) and holds other CO open as a denial', () => {
    expect(dispositionOf({ groupCode: 'CO', reasonCode: '45' }, contractual, false)).toBe('contractual');
    expect(dispositionOf({ groupCode: 'PI', reasonCode: '45' }, contractual, false)).toBe('other');
    expect(dispositionOf({ groupCode: 'CO', reasonCode: '50' }, contractual, false)).toBe('denial');
  });

  it("records CARC 23 on a secondary's or tertiary's payment as the prior payers' share, and adjusts OA-23 off on a primary's", () => {
    expect(dispositionOf({ groupCode: 'OA', reasonCode: '23' }, contractual, false, true)).toBe('prior-payer');
    expect(dispositionOf({ groupCode: 'CO', reasonCode: '23' }, contractual, true, true)).toBe('prior-payer');
    expect(dispositionOf({ groupCode: 'OA', reasonCode: '23' }, contractual, false, false)).toBe('other');
    expect(dispositionOf({ groupCode: 'PR', reasonCode: '23' }, contractual, false, true)).toBe('patient');
  });
});
