import { ValidationError, type ValidationIssue } from '../errors/errors';
import type { CollectorIdentity, ItemizationReference, PlacementItemization } from '../extensions/collection-agency-connector';
import { dateIssue } from './calendar-date';
import { assumedReceiptDate, validationNoticeDueBy, validationPeriodEnd } from './validation-period';

/** The five reference dates an itemization date may be (12 CFR 1006.34(b)(3)). */
const ITEMIZATION_REFERENCES: readonly ItemizationReference[] = ['last-statement', 'charge-off', 'last-payment', 'transaction', 'judgment'];

/** A choice on the tear-off response form of model form B-1. Since SDK 1.9.0. @public */
export type ValidationResponseChoice = 'not-my-debt' | 'amount-wrong' | 'other-dispute' | 'original-creditor' | 'enclosed-payment' | 'spanish-form';

/** One checkbox of the response form: its id and the words printed beside it. Since SDK 1.9.0. @public */
export interface ValidationResponseOption {
  /** Which choice it is. */
  readonly choice: ValidationResponseChoice;
  /** The words printed beside the checkbox. */
  readonly label: string;
}

/** The consumer a validation notice is addressed to. Since SDK 1.9.0. @public */
export interface ValidationNoticeConsumer {
  /** The consumer's full name. */
  readonly name: string;
  /** The consumer's mailing address, one entry per line. */
  readonly address: readonly string[];
}

/** What {@link buildValidationNotice} needs. Amounts are integer cents. Since SDK 1.9.0. @public */
export interface ValidationNoticeInput {
  /** The debt collector the notice names (the agency, or the clinic collecting in its own name). */
  readonly collector: CollectorIdentity;
  /** Who the notice is addressed to. */
  readonly consumer: ValidationNoticeConsumer;
  /** The creditor the debt is owed to. */
  readonly creditorName: string;
  /** The account number the creditor knows the debt by. */
  readonly accountNumber: string;
  /** The reference the consumer quotes with a payment; the account number when absent. */
  readonly reference?: string;
  /** What the debt is for, as printed in "You had … from <creditor>"; `an account for medical services` when absent. */
  readonly debtDescription?: string;
  /** The date the notice is sent (ISO calendar date); the validation period is computed from it. */
  readonly sentOn: string;
  /** The date of the initial communication about the debt, when it came before the notice: the notice is then due within 5 days of it. */
  readonly initialCommunicationOn?: string;
  /** The itemization date (ISO calendar date), one of the five reference dates named by `itemization.reference`. */
  readonly itemizationDate: string;
  /** What was owed on the itemization date and what happened since. */
  readonly itemization: PlacementItemization;
  /** What is owed now: must equal the itemization's arithmetic. */
  readonly amountNowCents: number;
  /** Days other than weekends and federal holidays not counted toward the assumed receipt (ISO dates). */
  readonly extraHolidays?: readonly string[];
  /** Whether the notice offers a Spanish copy (the optional Spanish disclosures of the model form). */
  readonly offerSpanish?: boolean;
}

/** A Regulation F validation notice with the fields of model form B-1 (12 CFR 1006.34(c)). Since SDK 1.9.0. @public */
export interface ValidationNotice {
  /** The debt collector the notice names. */
  readonly collector: CollectorIdentity;
  /** Who the notice is addressed to. */
  readonly consumer: ValidationNoticeConsumer;
  /** The creditor the debt is owed to. */
  readonly creditorName: string;
  /** The account number the creditor knows the debt by. */
  readonly accountNumber: string;
  /** The reference the consumer quotes with a payment. */
  readonly reference: string;
  /** What the debt is for, e.g. `an account for medical services`. */
  readonly debtDescription: string;
  /** The date the notice is sent (ISO calendar date). */
  readonly sentOn: string;
  /** The date the consumer is assumed to receive it: 5 business days after sending (ISO calendar date). */
  readonly assumedReceiptOn: string;
  /** The validation period end date: 30 days after the assumed receipt (ISO calendar date). */
  readonly validationPeriodEndsOn: string;
  /** The itemization date (ISO calendar date). */
  readonly itemizationDate: string;
  /** Which reference date the itemization date is, the amount then and what happened since. */
  readonly itemization: PlacementItemization;
  /** What is owed now, in integer cents. */
  readonly amountNowCents: number;
  /** The checkboxes of the tear-off response form, in the model form's order. */
  readonly responseOptions: readonly ValidationResponseOption[];
  /** Whether the notice offers a Spanish copy. */
  readonly offerSpanish: boolean;
}

const RESPONSE_OPTIONS: readonly ValidationResponseOption[] = [
  { choice: 'not-my-debt', label: 'This is not my debt.' },
  { choice: 'amount-wrong', label: 'The amount is wrong.' },
  { choice: 'other-dispute', label: 'Other (please describe on reverse or attach additional information).' },
  { choice: 'original-creditor', label: 'I want you to send me the name and address of the original creditor.' },
  { choice: 'enclosed-payment', label: 'I enclosed this amount:' },
  { choice: 'spanish-form', label: 'Quiero este formulario en español.' },
];

function text(value: unknown, field: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'string' || value.trim() === '') issues.push({ field, message: 'required' });
}

function lines(value: unknown, field: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value) || value.length === 0 || value.some((line) => typeof line !== 'string' || line.trim() === '')) {
    issues.push({ field, message: 'expected one or more non-empty lines' });
  }
}

function cents(value: unknown, field: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) issues.push({ field, message: `expected an integer number of cents, got ${String(value)}` });
  else if (value < 0) issues.push({ field, message: `must not be negative, got ${value}` });
}

function date(value: unknown, field: string, issues: ValidationIssue[]): boolean {
  const issue = dateIssue(value, field);
  if (issue) issues.push(issue);
  return !issue;
}

function amountIssues(input: ValidationNoticeInput, issues: ValidationIssue[]): void {
  const itemization = input.itemization;
  if (!ITEMIZATION_REFERENCES.includes(itemization?.reference)) {
    issues.push({ field: 'itemization.reference', message: `expected one of ${ITEMIZATION_REFERENCES.join(', ')}` });
  }
  const parts = ['atItemizationCents', 'interestCents', 'feesCents', 'paymentsCents', 'creditsCents'] as const;
  const before = issues.length;
  for (const part of parts) cents(itemization?.[part], `itemization.${part}`, issues);
  cents(input.amountNowCents, 'amountNowCents', issues);
  if (issues.length > before) return;
  const { atItemizationCents, interestCents, feesCents, paymentsCents, creditsCents } = itemization;
  const computed = atItemizationCents + interestCents + feesCents - paymentsCents - creditsCents;
  if (computed !== input.amountNowCents) {
    issues.push({
      field: 'amountNowCents',
      message: `${atItemizationCents} + ${interestCents} interest + ${feesCents} fees − ${paymentsCents} payments − ${creditsCents} credits = ${computed}, not ${input.amountNowCents}`,
    });
  } else if (computed === 0) {
    issues.push({ field: 'amountNowCents', message: 'nothing is owed: a validation notice is for a debt' });
  }
}

function dateIssues(input: ValidationNoticeInput, issues: ValidationIssue[]): void {
  const sent = date(input.sentOn, 'sentOn', issues);
  const itemized = date(input.itemizationDate, 'itemizationDate', issues);
  if (sent && itemized && input.itemizationDate > input.sentOn) {
    issues.push({ field: 'itemizationDate', message: `must not be after the send date ${input.sentOn}` });
  }
  if (input.initialCommunicationOn !== undefined && date(input.initialCommunicationOn, 'initialCommunicationOn', issues) && sent) {
    const dueBy = validationNoticeDueBy(input.initialCommunicationOn);
    if (input.sentOn > dueBy) issues.push({ field: 'sentOn', message: `the notice was due within 5 days of the initial communication, by ${dueBy}` });
  }
  (input.extraHolidays ?? []).forEach((holiday, index) => date(holiday, `extraHolidays[${index}]`, issues));
}

function inputIssues(input: ValidationNoticeInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  text(input.collector?.name, 'collector.name', issues);
  lines(input.collector?.address, 'collector.address', issues);
  text(input.collector?.phone, 'collector.phone', issues);
  text(input.collector?.hours, 'collector.hours', issues);
  text(input.consumer?.name, 'consumer.name', issues);
  lines(input.consumer?.address, 'consumer.address', issues);
  text(input.creditorName, 'creditorName', issues);
  text(input.accountNumber, 'accountNumber', issues);
  if (input.reference !== undefined) text(input.reference, 'reference', issues);
  if (input.debtDescription !== undefined) text(input.debtDescription, 'debtDescription', issues);
  amountIssues(input, issues);
  dateIssues(input, issues);
  return issues;
}

/**
 * Builds a validation notice: checks every field, computes the assumed receipt and the validation period end date from
 * the send date, and lists the response form's choices. Throws {@link ValidationError} naming every bad field: a
 * missing name or address, a negative or fractional amount, an itemization whose arithmetic (amount at itemization +
 * interest + fees − payments − credits) is not the amount now, a date that is not `YYYY-MM-DD`, an itemization date
 * after the send date, a notice sent more than 5 days after the initial communication. Since SDK 1.9.0.
 * @public
 */
export function buildValidationNotice(input: ValidationNoticeInput): ValidationNotice {
  const issues = inputIssues(input);
  if (issues.length > 0) throw new ValidationError(issues);
  const extraHolidays = input.extraHolidays ?? [];
  const offerSpanish = input.offerSpanish ?? false;
  return {
    collector: input.collector,
    consumer: input.consumer,
    creditorName: input.creditorName,
    accountNumber: input.accountNumber,
    reference: input.reference ?? input.accountNumber,
    debtDescription: input.debtDescription ?? 'an account for medical services',
    sentOn: input.sentOn,
    assumedReceiptOn: assumedReceiptDate(input.sentOn, extraHolidays),
    validationPeriodEndsOn: validationPeriodEnd(input.sentOn, extraHolidays),
    itemizationDate: input.itemizationDate,
    itemization: input.itemization,
    amountNowCents: input.amountNowCents,
    responseOptions: RESPONSE_OPTIONS.filter((option) => offerSpanish || option.choice !== 'spanish-form'),
    offerSpanish,
  };
}
