import { createPayerRuleSet, FALLBACK_PAYER, SIMULATED_HEALTH_PLAN } from './default-rules';
import type { PayerRules } from './payer-rules.types';

describe('checkPayerRuleSet', () => {
  it('accepts the defaults', () => {
    expect(() => createPayerRuleSet()).not.toThrow();
  });

  it('names every bad field', () => {
    const bad: PayerRules = {
      ...SIMULATED_HEALTH_PLAN, taxId: '12-345', feeSchedule: { fees: { '99213': 92.5 }, defaultBasisPointsOfCharge: 12000 },
      sequestrationBasisPoints: -1, timelyFilingDays: 0, defaultPlan: { ...SIMULATED_HEALTH_PLAN.defaultPlan, copayCents: -5, deductibleMetRate: 2 },
      denials: [{ group: 'CO', carc: '50', rate: 0.7, scope: 'claim' }, { group: 'CO', carc: 'x y', rate: 0.6, scope: 'claim' }],
      rejections: [{ kind: 'invalid-npi', rate: -0.1 }],
      reversal: { rate: 0.1, correctionBasisPoints: 30000 },
      plb: { interestRate: 0.1, interestCents: { min: 10, max: 5 }, recoupmentRate: 0.1, recoupmentBasisPoints: 100 },
    };
    let message = '';
    try {
      createPayerRuleSet({ payers: [bad, SIMULATED_HEALTH_PLAN], fallback: { ...FALLBACK_PAYER, outOfNetworkBasisPoints: 10001 } });
    } catch (e) {
      message = (e as Error).message;
    }
    for (const field of [
      'payers[0].taxId must be 9 digits', 'payers[0].feeSchedule.fees["99213"]', 'payers[0].feeSchedule.defaultBasisPointsOfCharge',
      'payers[0].sequestrationBasisPoints', 'payers[0].timelyFilingDays', 'payers[0].defaultPlan.copayCents', 'payers[0].defaultPlan.deductibleMetRate',
      'payers[0].denials[1].carc', 'payers[0].denials (claim) rates add up to more than 1', 'payers[0].rejections[0].rate',
      'payers[0].reversal.correctionBasisPoints', 'payers[0].plb.interestCents', 'payers[1].payerId SIMPAYER1 is listed twice',
      'fallback.outOfNetworkBasisPoints',
    ]) expect(message).toContain(field);
  });
});
