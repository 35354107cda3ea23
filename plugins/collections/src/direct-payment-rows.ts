import type { DirectPayment, ValidationIssue } from '@openrcm/sdk';
import { accountNumberProblem } from './account-number';
import { hasControlCharacter, isoDate, isStorableCents, type RowValues } from './layouts';

/** The SDK field a direct payment column comes from, for issues (`payments[2].amountCents`). */
export function directPaymentFieldOf(row: number, column: string): string {
  const fields: Record<string, string> = { account_number: 'accountNumber', payment_date: 'paidOn', amount: 'amountCents', balance: 'balanceCents', reference: 'reference' };
  return `payments[${row}].${fields[column] ?? column}`;
}

/** The rows of a direct payment report (one per payment), or every issue that keeps it from being written. */
export function directPaymentRows(payments: readonly DirectPayment[]): { rows: RowValues[] } | { issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  if (payments.length === 0) issues.push({ field: 'payments', message: 'a report needs at least one payment' });
  const seen = new Map<string, number>();
  payments.forEach((payment, index) => {
    const field = (name: string) => `payments[${index}].${name}`;
    const problem = accountNumberProblem(payment.accountNumber);
    if (problem) issues.push({ field: field('accountNumber'), message: problem });
    if (isoDate(payment.paidOn) === undefined) issues.push({ field: field('paidOn'), message: 'must be a calendar date written YYYY-MM-DD' });
    if (!isStorableCents(payment.amountCents) || payment.amountCents < 1) issues.push({ field: field('amountCents'), message: 'must be whole cents from 1 to 999999999999' });
    if (!isStorableCents(payment.balanceCents)) issues.push({ field: field('balanceCents'), message: 'must be whole cents from 0 to 999999999999' });
    const reference = payment.reference;
    if (reference === '' || reference.trim() !== reference || hasControlCharacter(reference) || [...reference].length > 36) {
      issues.push({ field: field('reference'), message: 'must be 1 to 36 characters with no surrounding spaces or control characters' });
    }
    const first = seen.get(reference);
    if (first !== undefined) issues.push({ field: field('reference'), message: `repeats payments[${first}].reference` });
    else seen.set(reference, index);
  });
  if (issues.length > 0) return { issues };
  return {
    rows: payments.map((payment) => ({
      account_number: payment.accountNumber,
      payment_date: payment.paidOn,
      amount: payment.amountCents,
      balance: payment.balanceCents,
      reference: payment.reference,
    })),
  };
}
