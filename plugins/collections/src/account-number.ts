import { hasControlCharacter } from './layouts';

/** What is wrong with an account number as the outbound files carry it (1 to 20 characters), or `undefined`. */
export function accountNumberProblem(accountNumber: string): string | undefined {
  if (accountNumber === '') return 'is required';
  if (accountNumber.trim() !== accountNumber || hasControlCharacter(accountNumber) || [...accountNumber].length > 20) {
    return 'must be 1 to 20 characters with no surrounding spaces or control characters';
  }
  return undefined;
}
