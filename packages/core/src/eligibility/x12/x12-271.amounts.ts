import type { BenefitAmount } from '@openrcm/sdk';
import type { Benefit271 } from '@openrcm/x12';

/** EB06 time periods that state the full amount of a period (21 years, 22 service year, 23 calendar year, 25 contract, 26 episode, 32 lifetime). */
const TOTAL_PERIODS = new Set(['21', '22', '23', '25', '26', '32']);
/** EB06 29: what remains of the period's amount. */
const REMAINING = '29';
/** EB06 24: year to date (what was used). */
const YEAR_TO_DATE = '24';

function networkRank(b: Benefit271): number {
  if (b.inNetwork === 'Y') return 0;
  if (b.inNetwork === undefined || b.inNetwork === 'W' || b.inNetwork === 'U') return 1;
  return 2;
}

/** EB03 98: professional (physician) visit, office — what a practice collects at the visit when it asked for 30. */
const OFFICE_VISIT = '98';

/**
 * How well a benefit's service types match the one asked for: exactly (0), the plan in general (1; for a general
 * inquiry, 30, the office visit counts as general too, since that is the copay a practice collects), or not (2).
 */
function serviceRank(b: Benefit271, serviceTypeCode: string): number {
  if (b.serviceTypes.includes(serviceTypeCode)) return 0;
  if (b.serviceTypes.length === 0 || b.serviceTypes.includes('30')) return 1;
  if (serviceTypeCode === '30' && b.serviceTypes.includes(OFFICE_VISIT)) return 1;
  return 2;
}

/** The benefits of one EB01 kind that apply to the patient: their own (IND) before the family's, best match first. */
export function benefitsOf(benefits: readonly Benefit271[], info: string, serviceTypeCode: string): Benefit271[] {
  const kind = benefits.filter((b) => b.info === info && serviceRank(b, serviceTypeCode) < 2);
  const individual = kind.filter((b) => b.coverageLevel === 'IND');
  const pool = individual.length > 0 ? individual : kind;
  return [...pool].sort((a, b) => serviceRank(a, serviceTypeCode) - serviceRank(b, serviceTypeCode) || networkRank(a) - networkRank(b));
}

function inNetworkOf(b: Benefit271): boolean | undefined {
  if (b.inNetwork === 'Y') return true;
  if (b.inNetwork === 'N') return false;
  return undefined;
}

/** The copay (EB01 B) for the service, in cents: in network before unknown before out of network. */
export function copayOf(benefits: readonly Benefit271[], serviceTypeCode: string): number | undefined {
  return benefitsOf(benefits, 'B', serviceTypeCode).find((b) => b.amountCents !== undefined)?.amountCents;
}

/** The coinsurance (EB01 A) for the service, in basis points (EB08 0.2 = 2000). */
export function coinsuranceOf(benefits: readonly Benefit271[], serviceTypeCode: string): number | undefined {
  const percent = benefitsOf(benefits, 'A', serviceTypeCode).find((b) => b.percent !== undefined)?.percent;
  return percent === undefined ? undefined : Math.round(percent * 10_000);
}

/**
 * A deductible (EB01 C) or out-of-pocket maximum (EB01 G): the full amount (a period such as 23 calendar year) and
 * the remaining amount (EB06 29) of the best-matching network, deriving the remaining part from a year-to-date
 * amount (EB06 24) when the payer sent only that.
 */
export function amountOf(benefits: readonly Benefit271[], info: 'C' | 'G', serviceTypeCode: string): BenefitAmount | undefined {
  const matching = benefitsOf(benefits, info, serviceTypeCode).filter((b) => b.amountCents !== undefined);
  const first = matching[0];
  if (!first) return undefined;
  const sameNetwork = matching.filter((b) => networkRank(b) === networkRank(first));
  const total = sameNetwork.find((b) => b.timePeriod !== undefined && TOTAL_PERIODS.has(b.timePeriod))?.amountCents;
  const used = sameNetwork.find((b) => b.timePeriod === YEAR_TO_DATE)?.amountCents;
  let remaining = sameNetwork.find((b) => b.timePeriod === REMAINING)?.amountCents;
  if (remaining === undefined && total !== undefined && used !== undefined) remaining = Math.max(0, total - used);
  const inNetwork = inNetworkOf(first);
  if (total === undefined && remaining === undefined) return undefined;
  return {
    ...(total === undefined ? {} : { totalCents: total }),
    ...(remaining === undefined ? {} : { remainingCents: remaining }),
    ...(inNetwork === undefined ? {} : { inNetwork }),
  };
}
