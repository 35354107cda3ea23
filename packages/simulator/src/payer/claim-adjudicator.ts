import type { Claim837P, Claim835, EntityName, ServiceLine835, ServiceLine837P } from '@openrcm/x12';
import { coordinatedLine } from './coordination-of-benefits';
import { paidLineAdjustments, shareCost } from './cost-sharing';
import { drawDenial } from './denial-draw';
import { allowedCentsOf } from './fee-schedule';
import { basisPointsOf, sumCents } from './money';
import type { PlanState } from './plan-state';
import type { Prng } from './prng';
import type { DenialRule, PayerRules } from './payer-rules.types';

/** A denial decided before the draw: by the data (timely filing, duplicate, coverage) rather than by chance. */
export type ForcedDenial = Pick<DenialRule, 'group' | 'carc' | 'rarc'>;

/** What {@link adjudicateClaim} needs about one accepted claim. */
export interface ClaimToAdjudicate {
  readonly claim: Claim837P;
  readonly rules: PayerRules;
  /** The member's plan; its accumulators are updated. */
  readonly plan: PlanState;
  /** The claim's own generator (same claim and seed → same draws). */
  readonly prng: Prng;
  /** CLP07, the payer claim control number the 277CA announced. */
  readonly payerClaimControlNumber: string;
  /** The date the payer received the claim (DTM*050). */
  readonly receivedDate: string;
  /** A claim-level denial the data calls for (CO-29, CO-18, CO-27...). */
  readonly forcedDenial?: ForcedDenial;
  /** Allowed amounts in basis points of the fee schedule's (10000 normally; a correction's differs). */
  readonly allowedBasisPoints?: number;
}

/** The adjudicated claim, and whether every line was denied. */
export interface AdjudicatedClaim {
  readonly claim: Claim835;
  readonly denied: boolean;
  /** The CARCs of the denials on the claim (claim or line level). */
  readonly denialCarcs: readonly string[];
}

function baseLine(line: ServiceLine837P): ServiceLine835 {
  const out: ServiceLine835 = {
    procedure: { qualifier: 'HC', code: line.procedureCode, modifiers: [...(line.modifiers ?? [])] }, chargeCents: line.chargeCents, paymentCents: 0,
    units: line.quantity, dates: [], adjustments: [], references: [], amounts: [], quantities: [], remarks: [],
  };
  if (line.serviceDateEnd && line.serviceDateEnd !== line.serviceDate) Object.assign(out, { serviceStartDate: line.serviceDate, serviceEndDate: line.serviceDateEnd });
  else out.serviceDate = line.serviceDate;
  if (line.lineItemControlNumber !== undefined) out.lineItemControlNumber = line.lineItemControlNumber;
  return out;
}

function deniedLine(line: ServiceLine837P, denial: ForcedDenial): ServiceLine835 {
  const out = baseLine(line);
  out.adjustments = [{ group: denial.group, reason: denial.carc, amountCents: line.chargeCents }];
  if (denial.rarc) out.remarks = [{ qualifier: 'HE', code: denial.rarc }];
  return out;
}

/** A paid line and the copay its cost share took (what is left of the claim's copay goes to the next line). */
function paidLine(input: ClaimToAdjudicate, line: ServiceLine837P, copayLeft: number): { line: ServiceLine835; copayCents: number } {
  const { rules, plan } = input;
  let allowed = allowedCentsOf(line, rules.feeSchedule);
  if (!plan.inNetwork) allowed = basisPointsOf(allowed, rules.outOfNetworkBasisPoints);
  if (input.allowedBasisPoints !== undefined) allowed = Math.min(line.chargeCents, basisPointsOf(allowed, input.allowedBasisPoints));
  const share = shareCost(allowed, plan, copayLeft, rules.sequestrationBasisPoints);
  const out = baseLine(line);
  out.allowedCents = allowed;
  const prior = input.claim.subscriber.payerResponsibility !== 'P' ? line.adjudications : undefined;
  if (prior && prior.length > 0) {
    const coordinated = coordinatedLine(line.chargeCents, allowed, share, sumCents(prior.map((a) => a.paidCents)), rules.sequestrationBasisPoints);
    out.paymentCents = coordinated.paidCents;
    out.adjustments = coordinated.adjustments;
    return { line: out, copayCents: share.copayCents };
  }
  out.paymentCents = share.paidCents;
  out.adjustments = paidLineAdjustments(line.chargeCents, allowed, share);
  return { line: out, copayCents: share.copayCents };
}

function names(claim: Claim837P, rules: PayerRules, crossover: boolean): EntityName[] {
  const s = claim.subscriber;
  const patient = claim.patient ?? s;
  const out: EntityName[] = [{ entity: 'QC', entityType: '1', lastName: patient.lastName, ...(patient.firstName ? { firstName: patient.firstName } : {}), idQualifier: 'MI', id: s.memberId }];
  if (claim.patient) out.push({ entity: 'IL', entityType: '1', lastName: s.lastName, ...(s.firstName ? { firstName: s.firstName } : {}), idQualifier: 'MI', id: s.memberId });
  if (crossover && rules.crossover) out.push({ entity: 'TT', entityType: '2', lastName: rules.crossover.payer.name, idQualifier: 'PI', id: rules.crossover.payer.id });
  return out;
}

/** CLP06 claim filing indicator codes of the 835 (X221A1); the 837's SBR09 list is wider. */
const REMIT_FILING_INDICATORS = new Set(['12', '13', '14', '15', '16', '17', 'AM', 'CH', 'DS', 'HM', 'LM', 'MA', 'MB', 'MC', 'OF', 'TV', 'VA', 'WC', 'ZZ']);

/** CLP06 for the 837's SBR09: the same code when the 835 has it, else `12` (PPO) for commercial and Blue plans (`CI`, `BL`...). */
export function remitFilingIndicator(sbr09: string): string {
  return REMIT_FILING_INDICATORS.has(sbr09) ? sbr09 : '12';
}

function statusOf(claim: Claim837P, denied: boolean, crossover: boolean): string {
  if (denied) return '4';
  const order = claim.subscriber.payerResponsibility;
  if (crossover) return '19';
  return order === 'S' ? '2' : order === 'T' ? '3' : '1';
}

/**
 * Adjudicates one claim by the payer's rules, line by line: a claim-level denial (forced or drawn) denies every line
 * with the full charge; otherwise each line may draw a line-level denial, or is allowed by the fee schedule and
 * split into CO-45, PR-1/2/3 (copay once per claim, deductible, coinsurance) and CO-253 sequestration; a secondary
 * or tertiary claim's line that carries the prior payers' adjudication (2430) is coordinated (OA-23). Every line
 * balances (SVC02 − ΣCAS = SVC03) and so does the claim (no claim-level CAS: CLP03 − Σ line CAS = CLP04).
 */
export function adjudicateClaim(input: ClaimToAdjudicate): AdjudicatedClaim {
  const { claim, rules, prng } = input;
  const claimDenial = input.forcedDenial ?? drawDenial(rules.denials, 'claim', prng);
  const carcs: string[] = [];
  let copayLeft = input.plan.copayCents;
  let deniedLines = 0;
  const lines = claim.lines.map((line) => {
    const denial = claimDenial ?? drawDenial(rules.denials, 'line', prng);
    if (denial) {
      deniedLines++;
      if (!carcs.includes(denial.carc)) carcs.push(denial.carc);
      return deniedLine(line, denial);
    }
    const paid = paidLine(input, line, copayLeft);
    copayLeft -= paid.copayCents;
    return paid.line;
  });
  const denied = deniedLines === lines.length;
  const crossover = !denied && claim.subscriber.payerResponsibility === 'P' && rules.crossover !== undefined && prng.chance(rules.crossover.rate);
  const patientResponsibility = sumCents(lines.flatMap((l) => l.adjustments.filter((a) => a.group === 'PR').map((a) => a.amountCents)));
  const out: Claim835 = {
    headerNumber: '1', patientControlNumber: claim.patientControlNumber, status: statusOf(claim, denied, crossover),
    chargeCents: sumCents(claim.lines.map((l) => l.chargeCents)), paymentCents: sumCents(lines.map((l) => l.paymentCents)),
    patientResponsibilityCents: patientResponsibility, filingIndicator: remitFilingIndicator(claim.subscriber.filingIndicator),
    payerClaimControlNumber: input.payerClaimControlNumber, facilityType: claim.placeOfService, frequency: claim.frequency,
    adjustments: [], names: names(claim, rules, crossover), references: [], dates: [{ qualifier: '050', date: input.receivedDate }],
    contacts: [], amounts: [], quantities: [], lines,
  };
  return { claim: out, denied, denialCarcs: carcs };
}
