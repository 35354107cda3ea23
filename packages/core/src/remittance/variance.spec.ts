import { varianceOf } from './variance';

describe('varianceOf', () => {
  it('does not flag a claim paid to the contract after the deductible', () => {
    expect(varianceOf({ contractAllowedCents: 10000, statedAllowedCents: 10000, paidCents: 2000, patientResponsibilityCents: 8000, medicare: false, statedSequestrationCents: 0 })).toEqual({
      contractAllowedCents: 10000,
      expectedPaymentCents: 2000,
      flagged: false,
      message: null,
    });
  });

  it('takes Medicare sequestration (2% of allowed less PR, half-up) out of the expected payment', () => {
    // allowed 101.25, coinsurance 20.25: remainder 81.00, sequestration 1.62, expected 79.38.
    const variance = varianceOf({ contractAllowedCents: 10125, statedAllowedCents: null, paidCents: 7938, patientResponsibilityCents: 2025, medicare: true, statedSequestrationCents: 162 });
    expect(variance).toMatchObject({ expectedPaymentCents: 7938, flagged: false });
  });

  it('flags an underpayment with both figures', () => {
    const variance = varianceOf({ contractAllowedCents: 10000, statedAllowedCents: 9000, paidCents: 7200, patientResponsibilityCents: 1800, medicare: false, statedSequestrationCents: 0 });
    expect(variance.flagged).toBe(true);
    expect(variance.message).toBe("allowed $90.00 against the contract's $100.00; paid $72.00 against the expected $82.00");
  });

  it('leaves a line without a contract price alone', () => {
    expect(varianceOf({ contractAllowedCents: null, statedAllowedCents: 5000, paidCents: 1, patientResponsibilityCents: 0, medicare: false, statedSequestrationCents: 0 }).flagged).toBe(false);
  });
});
