import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext, TransitionFailure, ValidationIssue } from '@openrcm/sdk';
import type { CheckException, ExceptionTaken, GuardVerdict } from './decide';

/** The record a transition's gate outcome concerns. */
export interface GateSubject {
  readonly workflow: string;
  readonly recordId: string;
  readonly patientId: string | null;
  readonly event: string;
  readonly from: string;
}

/**
 * What happens to gate outcomes besides the state change (DESIGN §2: exceptions open work items, repeated defects
 * stop the line). The workflow module owns this interface; the gates module implements it and provides it as
 * {@link GATE_OUTCOME_RECORDER}. Without one (unit tests, embedders) exceptions are only returned in the result.
 */
export interface GateOutcomeRecorder {
  /**
   * Bad fields among the requested exceptions that only the recorder can judge (an owner who is not an active member
   * of the organization), each named `exceptions[i].owner`; empty when all are fine.
   */
  exceptionIssues(context: RequestContext, exceptions: readonly CheckException[]): Promise<readonly ValidationIssue[]>;
  /**
   * Inside the transition's transaction (`em`): opens an exception work item per excepted check and records each as a
   * gate defect. Returns the ids of the exception work items, in the order of `exceptions`.
   */
  recordExceptions(em: EntityManager, context: RequestContext, subject: GateSubject, exceptions: readonly ExceptionTaken[]): Promise<readonly string[]>;
  /** After a refusal (nothing of the transition was written), in its own transaction: records each failing check as a gate defect. */
  recordRefusal(context: RequestContext, subject: GateSubject, failures: readonly TransitionFailure[]): Promise<void>;
}

/** Injection token of the optional {@link GateOutcomeRecorder}. */
export const GATE_OUTCOME_RECORDER = Symbol('GATE_OUTCOME_RECORDER');

/**
 * Bad fields of the requested exceptions, each named `exceptions[i].<field>`: a blank owner or reason, or a check the
 * transition does not require (the table's `guards`).
 */
export function exceptionRequestIssues(exceptions: readonly CheckException[], checks: readonly string[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  exceptions.forEach((exception, index) => {
    if (!checks.includes(exception.check)) {
      const required = checks.length > 0 ? checks.join(', ') : 'none';
      issues.push({ field: `exceptions[${index}].check`, message: `'${exception.check}' is not a check of this transition (its checks: ${required})` });
    }
    if ((exception.owner ?? '').trim() === '') issues.push({ field: `exceptions[${index}].owner`, message: 'required: the member who owns the follow-up' });
    if ((exception.reason ?? '').trim() === '') issues.push({ field: `exceptions[${index}].reason`, message: 'required: why the check may pass by exception' });
  });
  return issues;
}

/** The checks that ran and failed, with the check's own reason (the gate defects of a transition). */
export function failingChecks(verdicts: readonly GuardVerdict[]): TransitionFailure[] {
  return verdicts.flatMap((verdict) => (verdict.outcome && !verdict.outcome.pass ? [{ check: verdict.check, reason: verdict.outcome.reason }] : []));
}
