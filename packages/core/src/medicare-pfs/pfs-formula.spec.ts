import { computePfsAllowed } from './pfs-formula';

describe('the PFS formula', () => {
  it('computes a worked example to the cent', () => {
    // (1.00 × 1.000) + (0.50 × 0.900) + (0.10 × 0.500) = 1 + 0.45 + 0.05 = 1.5; × 32.3465 = 48.51975 → 48.52
    const result = computePfsAllowed({ work: '1.00', practiceExpense: '0.50', malpractice: '0.10' }, { work: '1.000', practiceExpense: '0.900', malpractice: '0.500' }, '32.3465', 'non-facility');
    expect(result.exactAmount).toBe('48.51975');
    expect(result.allowedCents).toBe(4852);
    expect(result.formula).toBe(
      '[(work RVU 1 × work GPCI 1) + (non-facility PE RVU 0.5 × PE GPCI 0.9) + (MP RVU 0.1 × MP GPCI 0.5)] × conversion factor 32.3465' +
        ' = (1 + 0.45 + 0.05) × 32.3465 = 1.5 × 32.3465 = 48.51975 → $48.52 (half-up to the cent)',
    );
  });

  it('rounds an exact half cent up', () => {
    // (0.25 × 1) + (0 × 1) + (0 × 1) = 0.25; × 10.1 = 2.525 → 2.53
    const result = computePfsAllowed({ work: '0.25', practiceExpense: '0', malpractice: '0' }, { work: '1', practiceExpense: '1', malpractice: '1' }, '10.1', 'facility');
    expect(result.exactAmount).toBe('2.525');
    expect(result.allowedCents).toBe(253);
    // 1.005 × 1 × 1 = 1.005 → 1.01, where floats give Math.round(1.005 * 100) = 100
    const float = computePfsAllowed({ work: '1.005', practiceExpense: '0', malpractice: '0' }, { work: '1', practiceExpense: '1', malpractice: '1' }, '1', 'facility');
    expect(float.allowedCents).toBe(101);
  });

  it('rounds below a half cent down and above it up', () => {
    // 0.2499 × 10.1 = 2.52399 → 2.52
    const below = computePfsAllowed({ work: '0.2499', practiceExpense: '0', malpractice: '0' }, { work: '1', practiceExpense: '1', malpractice: '1' }, '10.1', 'facility');
    expect(below.exactAmount).toBe('2.52399');
    expect(below.allowedCents).toBe(252);
    // 0.2 × 1.1 = 0.22; 0.05 × 1.2 = 0.06; 0.01 × 0.4 = 0.004 → 0.284 × 32.3465 = 9.186406 → 9.19
    const up = computePfsAllowed({ work: '0.2', practiceExpense: '0.05', malpractice: '0.01' }, { work: '1.1', practiceExpense: '1.2', malpractice: '0.4' }, '32.3465', 'facility');
    expect(up.exactAmount).toBe('9.186406');
    expect(up.allowedCents).toBe(919);
    // (0.45 × 1) + (0.33 × 0.869) + (0.04 × 0.575) = 0.45 + 0.28677 + 0.023 = 0.75977; × 32.3465 = 24.575900305 → 24.58
    const down = computePfsAllowed({ work: '0.45', practiceExpense: '0.33', malpractice: '0.04' }, { work: '1', practiceExpense: '0.869', malpractice: '0.575' }, '32.3465', 'non-facility');
    expect(down.exactAmount).toBe('24.575900305');
    expect(down.allowedCents).toBe(2458);
  });
});
