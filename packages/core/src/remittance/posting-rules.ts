import type { AdjustmentDisposition } from './remittance-adjustment.entity';
import type { CasInput } from './remittance-input';

/**
 * The CAS group/reason pairs adjusted off without a person (DOMAIN.md "835 posting semantics"): contractual
 * reductions and the prior payer's adjudication on a secondary. Every other CO, OA and PI amount is a denial held
 * open. An installation replaces the list with `remittance.contractualReasons`.
 */
export const DEFAULT_CONTRACTUAL_REASONS: readonly string[] = ['CO-45', 'CO-253', 'CO-42', 'CO-59', 'CO-131', 'OA-23', 'PI-45', 'PI-253'];

/** CARC 23: the impact of prior payer(s) adjudication, including payments and/or adjustments. */
const PRIOR_PAYER_IMPACT = '23';

/**
 * What posting does with one CAS amount. On a payment by a secondary or tertiary payer (`afterPriorPayer`), CARC 23
 * states what the payers ahead paid or adjusted: their entries hold it already, so it is recorded only.
 */
export function dispositionOf(cas: Pick<CasInput, 'groupCode' | 'reasonCode'>, contractual: ReadonlySet<string>, hasNextCoverage: boolean, afterPriorPayer = false): AdjustmentDisposition {
  if (afterPriorPayer && cas.groupCode !== 'PR' && cas.reasonCode === PRIOR_PAYER_IMPACT) return 'prior-payer';
  if (cas.groupCode === 'PR') return hasNextCoverage ? 'next-coverage' : 'patient';
  if (contractual.has(`${cas.groupCode}-${cas.reasonCode}`)) return cas.groupCode === 'CO' ? 'contractual' : 'other';
  return 'denial';
}

/** The payer order a CLP02 status says the payer processed the claim as, when it says one. */
export function processedAsOf(statusCode: string): 'primary' | 'secondary' | 'tertiary' | null {
  switch (statusCode) {
    case '1':
    case '19':
      return 'primary';
    case '2':
    case '20':
      return 'secondary';
    case '3':
    case '21':
      return 'tertiary';
    default:
      return null;
  }
}

/** CLP02 19–21: the payer forwarded the claim to the next payer itself (NM1*TT); no secondary claim is sent. */
export function isCrossover(statusCode: string): boolean {
  return statusCode === '19' || statusCode === '20' || statusCode === '21';
}

/** CLP02 22: a reversal of an earlier payment. */
export function isReversal(statusCode: string): boolean {
  return statusCode === '22';
}

/** CLP02 25: predetermination pricing only — no money moves. */
export function isPredetermination(statusCode: string): boolean {
  return statusCode === '25';
}
