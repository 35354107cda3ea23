import { OperationResults, type EligibilityBenefits, type OperationResult } from '@openrcm/sdk';
import type { DateValue, EligibilityResponse271, Member271, RequestError271 } from '@openrcm/x12';
import { aaaReason } from './aaa-reasons';
import { amountOf, coinsuranceOf, copayOf } from './x12-271.amounts';

/** What the mapping needs besides the 271: the raw text to keep and the service type asked about. */
export interface Map271Options {
  /** The 271 as received, kept in `raw`. */
  readonly raw: string;
  /** The EQ01 service type of the inquiry (default `30`), to pick the copay and coinsurance that apply. */
  readonly serviceTypeCode?: string;
}

/** EB01 codes of active coverage (1 active, 2–5 active with capitation or pending investigation). */
const ACTIVE = new Set(['1', '2', '3', '4', '5']);
/** EB01 codes of inactive coverage (6 inactive, 7 pending eligibility update, 8 pending investigation). */
const INACTIVE = new Set(['6', '7', '8']);

/** The member the answer is about: the dependent when the payer answered at that level, else the subscriber. */
export function patientMemberOf(response: EligibilityResponse271): Member271 | undefined {
  const subscriber = response.subscribers[0];
  const dependent = subscriber?.dependents[0];
  if (dependent && (dependent.benefits.length > 0 || dependent.errors.length > 0)) return dependent;
  return subscriber;
}

/** Every AAA of the response, from the information source down to the patient's benefits. */
export function rejectionsOf(response: EligibilityResponse271, member: Member271 | undefined): RequestError271[] {
  const subscriber = response.subscribers[0];
  const levels = [response.source.errors, response.receiver.errors, subscriber?.errors ?? []];
  if (member && member !== subscriber) levels.push(member.errors);
  return [...levels.flat(), ...(member?.benefits.flatMap((b) => b.errors) ?? [])];
}

function datesOf(member: Member271): DateValue[] {
  const active = member.benefits.filter((b) => ACTIVE.has(b.info) || INACTIVE.has(b.info));
  return [...member.dates, ...active.flatMap((b) => b.dates)];
}

/** Plan begin and end: DTP 346/347, else a 291 plan range, else the 356/357 or 307 eligibility dates. */
export function planDatesOf(member: Member271): { planBeginDate?: string; planEndDate?: string } {
  const dates = datesOf(member);
  const find = (qualifier: string) => dates.find((d) => d.qualifier === qualifier);
  const plan = find('291') ?? find('307');
  const begin = find('346')?.date ?? plan?.date ?? find('356')?.date;
  const end = find('347')?.date ?? plan?.endDate ?? find('357')?.date;
  return { ...(begin ? { planBeginDate: begin } : {}), ...(end ? { planEndDate: end } : {}) };
}

function benefitsOf(member: Member271, options: Map271Options, active: boolean): EligibilityBenefits {
  const service = options.serviceTypeCode ?? '30';
  const planName = member.benefits.find((b) => (ACTIVE.has(b.info) || INACTIVE.has(b.info)) && b.planDescription)?.planDescription;
  const copayCents = copayOf(member.benefits, service);
  const coinsuranceBasisPoints = coinsuranceOf(member.benefits, service);
  const deductible = amountOf(member.benefits, 'C', service);
  const outOfPocket = amountOf(member.benefits, 'G', service);
  return {
    active,
    ...planDatesOf(member),
    ...(planName ? { planName } : {}),
    ...(copayCents === undefined ? {} : { copayCents }),
    ...(coinsuranceBasisPoints === undefined ? {} : { coinsuranceBasisPoints }),
    ...(deductible ? { deductible } : {}),
    ...(outOfPocket ? { outOfPocket } : {}),
    messages: [...new Set(member.benefits.flatMap((b) => b.messages))],
    raw: options.raw,
  };
}

function rejected(error: RequestError271, raw: string): OperationResult<EligibilityBenefits> {
  const meaning = aaaReason(error.rejectReason, error.followUp);
  const reason = `the payer rejected the inquiry: ${meaning.reason}`;
  if (meaning.outcome === 'exception') return OperationResults.exception(reason, true);
  return OperationResults.failure(reason, { code: `AAA-${meaning.code}`, value: { active: false, messages: [], raw } });
}

/**
 * Maps one 271 to OpenRCM's benefits. An AAA anywhere on the path to the patient decides first (42 and 80 are
 * retryable exceptions, every other code a failure with a reason); then active coverage (EB01 1–5) is a SUCCESS, and
 * inactive coverage (EB01 6–8) a FAILURE carrying the benefits it states. A 271 that states neither is an
 * exception: nothing in it may be read as coverage.
 */
export function map271ToBenefits(response: EligibilityResponse271, options: Map271Options): OperationResult<EligibilityBenefits> {
  const member = patientMemberOf(response);
  const [rejection] = rejectionsOf(response, member);
  if (rejection) return rejected(rejection, options.raw);
  if (!member) return OperationResults.exception('the 271 names no subscriber and no rejection', false);
  if (member.benefits.some((b) => ACTIVE.has(b.info))) return OperationResults.success(benefitsOf(member, options, true));
  if (member.benefits.some((b) => INACTIVE.has(b.info))) {
    const benefits = benefitsOf(member, options, false);
    return OperationResults.failure('the payer reports the coverage inactive', { code: 'EB01-6', value: benefits });
  }
  return OperationResults.exception('the 271 states neither active nor inactive coverage (no EB01 1–8)', false);
}
