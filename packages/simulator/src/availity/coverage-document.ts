import { isCoveredOn } from '../roster/roster';
import type { RosterMember, RosterPayer } from '../roster/roster.types';
import { COVERAGE_FORM, PLAN_STATUS } from './availity-fields';

/** The coverage request as the fake read it from the form (Availity's field names). */
export type CoverageForm = Readonly<Record<string, string>>;

/** One entry of `validationMessages` (Availity's `FieldError`). */
export interface FieldError {
  /** The request field the message is about. */
  readonly field?: string;
  /** A code for the error (an X12 AAA reject reason for payer rejections). */
  readonly code?: string;
  /** The message. */
  readonly errorMessage: string;
}

/** What a coverage document is made of. */
export interface CoverageDocumentInput {
  /** The coverage id. */
  readonly id: string;
  /** The coverage `statusCode` and `status`. */
  readonly status: { readonly code: string; readonly text: string };
  /** The request as received (dates already cut to calendar dates). */
  readonly form: CoverageForm;
  /** When the request arrived. */
  readonly createdDate: Date;
  /** The roster payer of `payerId`, when there is one. */
  readonly payer?: RosterPayer;
  /** The member the request was about; plans are listed only for a complete answer with a member. */
  readonly member?: RosterMember;
  /** Messages to send in `validationMessages`. */
  readonly validationMessages?: readonly FieldError[];
}

/**
 * An Availity `Coverage` document (the shape of `GET /coverages/{id}`, from the `Coverage` definition of Availity's
 * Swagger document) for the fake's state of one request. The request's form fields are read by their names in
 * `availity-fields.ts`; the response document's shape is written out here, where it is built.
 */
export function coverageDocument(input: CoverageDocumentInput): Record<string, unknown> {
  const { form } = input;
  const asOfDate = form[COVERAGE_FORM.asOfDate] ?? input.createdDate.toISOString().slice(0, 10);
  return {
    id: input.id,
    customerId: 'SIM-CUSTOMER',
    controlNumber: input.id.replace(/\D/g, '').padStart(9, '0').slice(-9),
    status: input.status.text,
    statusCode: input.status.code,
    createdDate: dateTime(input.createdDate.toISOString().slice(0, 10)),
    updatedDate: new Date().toISOString().replace('Z', '+0000'),
    expirationDate: dateTime(addDays(input.createdDate, 1)),
    asOfDate: dateTime(asOfDate),
    payer: { payerId: form[COVERAGE_FORM.payerId], name: input.payer?.name, responsePayerId: input.payer?.id, responseName: input.payer?.name },
    requestingProvider: {
      npi: form[COVERAGE_FORM.providerNpi],
      lastName: form[COVERAGE_FORM.providerLastName],
      firstName: form[COVERAGE_FORM.providerFirstName],
    },
    subscriber: subscriberOf(input),
    patient: patientOf(input),
    requestedServiceType: [{ code: form[COVERAGE_FORM.serviceType], value: serviceTypeName(form[COVERAGE_FORM.serviceType]) }],
    plans: input.member && input.status.code === '4' ? [planOf(input.member, asOfDate, form[COVERAGE_FORM.serviceType] ?? '30')] : [],
    validationMessages: input.validationMessages ?? [],
  };
}

function subscriberOf({ member, form }: CoverageDocumentInput): Record<string, unknown> {
  if (!member) return { memberId: form[COVERAGE_FORM.memberId] };
  const person = member.subscriber ?? member;
  return { memberId: member.memberId, firstName: person.firstName, lastName: person.lastName, birthDate: dateTime(person.birthDate) };
}

function patientOf({ member, form }: CoverageDocumentInput): Record<string, unknown> {
  if (!member) {
    const birthDate = form[COVERAGE_FORM.patientBirthDate];
    return { firstName: form[COVERAGE_FORM.patientFirstName], lastName: form[COVERAGE_FORM.patientLastName], birthDate: birthDate && dateTime(birthDate) };
  }
  return {
    memberId: member.memberId,
    firstName: member.firstName,
    lastName: member.lastName,
    birthDate: dateTime(member.birthDate),
    subscriberRelationship: member.relationshipCode === '18' ? 'Self' : member.relationshipCode === '01' ? 'Spouse' : 'Child',
    subscriberRelationshipCode: member.relationshipCode,
  };
}

function planOf(member: RosterMember, asOfDate: string, serviceType: string): Record<string, unknown> {
  const status = isCoveredOn(member, asOfDate) ? PLAN_STATUS.active : PLAN_STATUS.inactive;
  const network = member.inNetwork ? 'inNetwork' : 'outOfNetwork';
  const detail = (entry: Record<string, unknown>) => ({ [network]: [entry] });
  const accumulator = (total: number, remaining: number) =>
    detail({
      level: 'Individual', levelCode: 'IND', amount: money(total), total: money(total), remaining: money(remaining),
      totalTimePeriod: 'Calendar Year', totalTimePeriodCode: '23',
    });
  const amounts: Record<string, unknown> = {
    coInsurance: detail({ amount: percent(member.coinsuranceBasisPoints), units: 'Percent' }),
    deductibles: accumulator(member.deductible.totalCents, member.deductible.remainingCents),
    outOfPocket: accumulator(member.outOfPocket.totalCents, member.outOfPocket.remainingCents),
  };
  if (member.copayCents > 0) amounts.coPayment = detail({ amount: money(member.copayCents), amountTimePeriod: 'Visit', amountTimePeriodCode: '27' });
  return {
    status: status.text,
    statusCode: status.code,
    planName: member.planName,
    groupNumber: member.groupNumber,
    insuranceType: 'Preferred Provider Organization (PPO)',
    insuranceTypeCode: 'PR',
    coverageStartDate: dateTime(member.planBeginDate),
    ...(member.planEndDate ? { coverageEndDate: dateTime(member.planEndDate) } : {}),
    payerNotes: status === PLAN_STATUS.inactive ? [{ type: 'Note', typeCode: 'X', message: 'Coverage is not in force on the date asked about.' }] : [],
    benefits: [{ name: serviceTypeName(serviceType), type: serviceType, status: status.text, statusCode: status.code, amounts }],
  };
}

/** Cents as Availity writes amounts: a decimal string in dollars. */
export function money(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

function percent(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const rest = basisPoints % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0')}`;
}

/** An ISO calendar date as Availity writes date-times (`2026-01-01T00:00:00.000+0000`). */
export function dateTime(date: string): string {
  return `${date}T00:00:00.000+0000`;
}

function addDays(date: Date, days: number): string {
  return new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

function serviceTypeName(code: string | undefined): string {
  const names: Record<string, string> = { '30': 'Health Benefit Plan Coverage', '98': 'Professional (Physician) Visit - Office', '1': 'Medical Care' };
  return names[code ?? ''] ?? `Service Type ${code ?? ''}`.trim();
}
