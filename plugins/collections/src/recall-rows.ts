import type { ValidationIssue } from '@openrcm/sdk';
import { accountNumberProblem } from './account-number';
import type { RowValues } from './layouts';

/** The recall rows of a batch (each account with the recall date), or every issue that keeps it from being written. */
export function recallRows(accountNumbers: readonly string[], recallDate: string): { rows: RowValues[] } | { issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  if (accountNumbers.length === 0) issues.push({ field: 'accountNumbers', message: 'a recall needs at least one account number' });
  const seen = new Map<string, number>();
  accountNumbers.forEach((accountNumber, index) => {
    const field = `accountNumbers[${index}]`;
    const problem = accountNumberProblem(accountNumber);
    if (problem) issues.push({ field, message: problem });
    const first = seen.get(accountNumber);
    if (first !== undefined) issues.push({ field, message: `repeats accountNumbers[${first}]` });
    else seen.set(accountNumber, index);
  });
  return issues.length > 0 ? { issues } : { rows: accountNumbers.map((accountNumber) => ({ account_number: accountNumber, recall_date: recallDate })) };
}
