import type { GuardOutcome, TransitionFailure, WorkflowSnapshot } from '@openrcm/sdk';
import type { GuardPolicy } from './guard-policy';
import { eventsAllowedIn, findTransition, type WorkflowTable, type WorkflowTransition } from './workflow-table';

/** A check's verdict as `decide` takes it: the organization's policy and, unless the policy is `off`, the outcome. */
export interface GuardVerdict {
  readonly check: string;
  readonly policy: GuardPolicy;
  /** Absent when the check was not run (policy `off`). */
  readonly outcome?: GuardOutcome;
}

/** A request to pass a failing check by exception: who owns the follow-up, and why. */
export interface CheckException {
  readonly check: string;
  readonly owner: string;
  readonly reason: string;
}

/** A check that failed and passed by exception: the request's owner and reason, and why the check failed. */
export interface ExceptionTaken extends CheckException {
  readonly failure: string;
}

/** What the service does once a transition is decided, in order. */
export type TransitionEffect =
  | { readonly type: 'write-state'; readonly from: string; readonly to: string }
  | { readonly type: 'record-event'; readonly name: string }
  | { readonly type: 'audit'; readonly action: 'update' }
  | ({ readonly type: 'log-exception' } & ExceptionTaken);

/** An allowed transition: the target state, the effects to apply, and the checks passed by exception. */
export interface TransitionAllowed {
  readonly ok: true;
  readonly from: string;
  readonly to: string;
  readonly terminal: boolean;
  readonly transition: WorkflowTransition;
  readonly exceptions: readonly ExceptionTaken[];
  readonly effects: readonly TransitionEffect[];
}

/** A refused transition, with every failing check and a reason a person can act on. */
export interface TransitionRefused {
  readonly ok: false;
  readonly failures: readonly TransitionFailure[];
}

/** The outcome of {@link decide}. */
export type TransitionDecision = TransitionAllowed | TransitionRefused;

/** What `decide` needs besides the table and the record: the guard verdicts and the exceptions requested. */
export interface DecideInput {
  readonly verdicts: readonly GuardVerdict[];
  readonly exceptions?: readonly CheckException[];
}

/** The check name of a refusal because the event is not allowed in the record's state. */
export const TRANSITION_CHECK = 'transition';

/**
 * Decides an event for a record, without I/O: refuses an event the state does not allow (one failure naming the
 * state and the events it allows), applies each required check's policy to its verdict (every failing check is
 * reported), and otherwise returns the target state and the effects to apply.
 */
export function decide(table: WorkflowTable, snapshot: WorkflowSnapshot, event: string, input: DecideInput): TransitionDecision {
  const transition = findTransition(table, snapshot.state, event);
  if (!transition) return { ok: false, failures: [{ check: TRANSITION_CHECK, reason: notAllowed(table, snapshot.state, event) }] };
  const failures: TransitionFailure[] = [];
  const exceptions: ExceptionTaken[] = [];
  for (const check of transition.guards ?? []) {
    const judged = judge(check, input.verdicts.find((verdict) => verdict.check === check), input.exceptions ?? []);
    if (judged.failure) failures.push({ check, reason: judged.failure });
    if (judged.exception) exceptions.push(judged.exception);
  }
  if (failures.length > 0) return { ok: false, failures };
  const effects: TransitionEffect[] = [
    ...exceptions.map((exception) => ({ type: 'log-exception' as const, ...exception })),
    { type: 'write-state', from: snapshot.state, to: transition.to },
    { type: 'record-event', name: `${table.name}.transitioned` },
    { type: 'audit', action: 'update' },
  ];
  return { ok: true, from: snapshot.state, to: transition.to, terminal: table.terminal.includes(transition.to), transition, exceptions, effects };
}

function notAllowed(table: WorkflowTable, state: string, event: string): string {
  if (!table.states.includes(state)) return `the record is in state '${state}', which workflow '${table.name}' does not have`;
  const allowed = eventsAllowedIn(table, state);
  const known = table.events.includes(event) ? `event '${event}'` : `unknown event '${event}'`;
  return `${known} is not allowed in state '${state}' of workflow '${table.name}'; allowed: ${allowed.length > 0 ? allowed.join(', ') : 'none (the state is terminal)'}`;
}

function judge(check: string, verdict: GuardVerdict | undefined, requested: readonly CheckException[]): { failure?: string; exception?: ExceptionTaken } {
  if (!verdict) return { failure: `check '${check}' was not evaluated` };
  if (verdict.policy === 'off') return {};
  if (!verdict.outcome) return { failure: `check '${check}' was not evaluated` };
  if (verdict.outcome.pass) return {};
  const failure = verdict.outcome.reason;
  const exception = requested.find((candidate) => candidate.check === check);
  if (verdict.policy === 'enforce') {
    return { failure: exception ? `${failure} (this check is enforced: no exception allowed)` : failure };
  }
  if (!exception || exception.owner.trim() === '' || exception.reason.trim() === '') {
    return { failure: `${failure} (may pass by exception with an owner and a reason)` };
  }
  return { exception: { check, owner: exception.owner.trim(), reason: exception.reason.trim(), failure } };
}
