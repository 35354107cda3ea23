import { createRoster } from '../roster';
import type { Roster } from '../roster';
import type { DenialRule, FeeSchedule, PayerRules, PayerRuleSet } from './payer-rules.types';
import { checkPayerRuleSet } from './payer-rules.validation';

/** A commercial fee schedule (cents per unit) for common office codes; 65 % of the charge for anything else. */
export const COMMERCIAL_FEES: FeeSchedule = {
  fees: {
    '99203': 11000, '99204': 16500, '99213': 9200, '99214': 13100, '99215': 18400, '99395': 15000, '93000': 1700,
    '36415': 300, '85025': 800, '80053': 1100, '87880': 1600, '90471': 2000, '90686': 1900, '97110': 3100,
    '71046': 2900, '71046:26': 1000, '20610': 6200,
  },
  defaultBasisPointsOfCharge: 6500,
};

/** A Medicare-like fee schedule (lower fees, 55 % of the charge for anything else). */
export const MEDICARE_FEES: FeeSchedule = {
  fees: {
    '99203': 10600, '99204': 16200, '99213': 8900, '99214': 12600, '99215': 17800, '93000': 1600, '36415': 300,
    '85025': 750, '80053': 1050, '87880': 1550, '90471': 1800, '97110': 2900, '71046': 2800, '71046:26': 950, '20610': 5900,
  },
  defaultBasisPointsOfCharge: 5500,
};

/** The default denial mix: medical necessity, authorization, missing information, bundling, duplicates, timely filing. */
export const DEFAULT_DENIALS: readonly DenialRule[] = [
  { group: 'CO', carc: '197', rate: 0.02, scope: 'claim' },
  { group: 'CO', carc: '16', rarc: 'N290', rate: 0.02, scope: 'claim' },
  { group: 'CO', carc: '18', rate: 0.01, scope: 'claim' },
  { group: 'CO', carc: '29', rate: 0.005, scope: 'claim' },
  { group: 'CO', carc: '50', rarc: 'N115', rate: 0.03, scope: 'line' },
  { group: 'CO', carc: '97', rarc: 'M15', rate: 0.03, scope: 'line' },
];

const PLB = { interestRate: 0.02, interestCents: { min: 50, max: 900 }, recoupmentRate: 0.1, recoupmentBasisPoints: 1000 };

/** SIMPAYER1 of the roster: a commercial PPO (cost sharing from the roster). */
export const SIMULATED_HEALTH_PLAN: PayerRules = {
  payerId: 'SIMPAYER1', name: 'Simulated Health Plan', taxId: '990000001', members: 'roster',
  defaultPlan: { copayCents: 2500, coinsuranceBasisPoints: 2000, deductibleRemainingCents: 0, deductibleMetRate: 1 },
  feeSchedule: COMMERCIAL_FEES, outOfNetworkBasisPoints: 7000, sequestrationBasisPoints: 0, timelyFilingDays: 180,
  denials: DEFAULT_DENIALS,
  rejections: [{ kind: 'invalid-member-id', rate: 0.01 }, { kind: 'invalid-npi', rate: 0.005 }],
  reversal: { rate: 0.02, correctionBasisPoints: 9000 },
  plb: PLB,
};

/** SIMPAYER2 of the roster: a Medicare Advantage plan with sequestration and crossover to a Medigap plan. */
export const SIMULATED_MEDICARE_ADVANTAGE: PayerRules = {
  payerId: 'SIMPAYER2', name: 'Simulated Medicare Advantage', taxId: '990000002', members: 'roster',
  defaultPlan: { copayCents: 1000, coinsuranceBasisPoints: 0, deductibleRemainingCents: 0, deductibleMetRate: 1 },
  feeSchedule: MEDICARE_FEES, outOfNetworkBasisPoints: 10000, sequestrationBasisPoints: 200, timelyFilingDays: 365,
  denials: DEFAULT_DENIALS.filter((d) => d.carc !== '18'),
  rejections: [{ kind: 'invalid-member-id', rate: 0.01 }],
  crossover: { rate: 0.2, payer: { name: 'Simulated Medigap', id: 'SIMPAYER3' } },
  reversal: { rate: 0.01, correctionBasisPoints: 11000 },
  plb: PLB,
};

/** Payer id 00430 of the x12 generator: Medicare Part B (2026 deductible $283, 20 %, sequestration, crossover to Medicaid). */
export const SIMULATED_MEDICARE_PART_B: PayerRules = {
  payerId: '00430', name: 'MEDICARE PART B', taxId: '990000430', members: 'any',
  defaultPlan: { copayCents: 0, coinsuranceBasisPoints: 2000, deductibleRemainingCents: 28300, deductibleMetRate: 0.7 },
  feeSchedule: MEDICARE_FEES, outOfNetworkBasisPoints: 10000, sequestrationBasisPoints: 200, timelyFilingDays: 365,
  denials: DEFAULT_DENIALS.filter((d) => d.carc !== '18'),
  rejections: [{ kind: 'invalid-member-id', rate: 0.01 }],
  crossover: { rate: 0.15, payer: { name: 'STATE MEDICAID', id: '77027' } },
  reversal: { rate: 0.01, correctionBasisPoints: 9500 },
  plb: PLB,
};

/** Any other payer id: a commercial plan accepting any member id. */
export const FALLBACK_PAYER: PayerRules = {
  payerId: '*', name: 'Simulated Commercial Payer', taxId: '990000999', members: 'any',
  defaultPlan: { copayCents: 2000, coinsuranceBasisPoints: 2000, deductibleRemainingCents: 50000, deductibleMetRate: 0.7 },
  feeSchedule: COMMERCIAL_FEES, outOfNetworkBasisPoints: 7000, sequestrationBasisPoints: 0, timelyFilingDays: 180,
  denials: DEFAULT_DENIALS,
  rejections: [{ kind: 'invalid-member-id', rate: 0.01 }, { kind: 'invalid-npi', rate: 0.005 }],
  reversal: { rate: 0.02, correctionBasisPoints: 9000 },
  plb: PLB,
};

/** Options of {@link createPayerRuleSet}. */
export interface PayerRuleSetOptions {
  readonly payers?: readonly PayerRules[];
  /** `null` for no fallback (unknown payer ids are rejected on the 277CA). */
  readonly fallback?: PayerRules | null;
  readonly roster?: Roster;
  readonly sender?: { readonly qualifier: string; readonly id: string };
}

/** The default payers (or the given ones) over the default roster, checked by {@link checkPayerRuleSet}. */
export function createPayerRuleSet(options: PayerRuleSetOptions = {}): PayerRuleSet {
  const fallback = options.fallback === null ? undefined : (options.fallback ?? FALLBACK_PAYER);
  const rules: PayerRuleSet = {
    payers: options.payers ?? [SIMULATED_HEALTH_PLAN, SIMULATED_MEDICARE_ADVANTAGE, SIMULATED_MEDICARE_PART_B],
    ...(fallback ? { fallback } : {}),
    roster: options.roster ?? createRoster(),
    sender: options.sender ?? { qualifier: 'ZZ', id: 'SIMCLEARING' },
  };
  checkPayerRuleSet(rules);
  return rules;
}

/** The rules for a payer id: its own, the fallback, or none. */
export function rulesForPayer(rules: PayerRuleSet, payerId: string): PayerRules | undefined {
  return rules.payers.find((p) => p.payerId === payerId) ?? rules.fallback;
}
