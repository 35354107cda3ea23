import type { RequestContext } from '../context/request-context';

/** The record a workflow event applies to, as guards and hooks see it. @public */
export interface WorkflowSnapshot {
  readonly workflow: string;
  readonly entityId: string;
  readonly state: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** A gate check's verdict; a failure carries a reason a person can act on. @public */
export type GuardOutcome = { readonly pass: true } | { readonly pass: false; readonly reason: string };

/** Extension point `workflow-guard`: a named gate check that transitions can require. @public */
export interface WorkflowGuard {
  /** Unique name, referenced from workflow tables, e.g. `eligibility-verified`. */
  readonly name: string;
  readonly description: string;
  check(context: RequestContext, snapshot: WorkflowSnapshot, event: string): Promise<GuardOutcome>;
}

/** The three phases of a transition hook. @public */
export type HookPhase = 'before' | 'after' | 'error';

/**
 * Extension point `transition-hook`: runs around transitions of one workflow. A `before` hook runs inside the
 * transaction and may veto with reasons; `after` runs after commit; `error` when the transition failed.
 * @public
 */
export interface TransitionHook {
  readonly id: string;
  readonly workflow: string;
  readonly phase: HookPhase;
  /** Events the hook reacts to; all events when omitted. */
  readonly events?: readonly string[];
  run(
    context: RequestContext,
    transition: { readonly snapshot: WorkflowSnapshot; readonly event: string; readonly to: string; readonly error?: string },
  ): Promise<void | { readonly veto: readonly string[] }>;
}
