import { ValidationError, type ValidationIssue } from '@openrcm/sdk';

/** The issues of the ValidationError that `work` throws; anything else thrown, or nothing, fails the test. */
export function validationIssuesOf(work: () => unknown): readonly ValidationIssue[] {
  try {
    work();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError, but the input was accepted');
}
