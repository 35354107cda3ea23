import type { RequestContext } from '../context/request-context';

/** The record a workflow event applies to, as guards and hooks see it. @public */
export interface WorkflowSnapshot {
  /** The workflow's name. */
  readonly workflow: string;
  /** The id of the record the workflow runs on. */
  readonly entityId: string;
  /** The record's current state in the workflow. */
  readonly state: string;
  /** The record's fields that guards and hooks read. */
  readonly data: Readonly<Record<string, unknown>>;
}

/** A gate check's verdict; a failure carries a reason a person can act on. @public */
export type GuardOutcome =
  | {
      /** The check passed. */
      readonly pass: true;
    }
  | {
      /** The check failed. */
      readonly pass: false;
      /** Why, in words a person can act on. */
      readonly reason: string;
    };

/** Extension point `workflow-guard`: a named gate check that transitions can require. @public */
export interface WorkflowGuard {
  /** Unique name, referenced from workflow tables, e.g. `eligibility-verified`. */
  readonly name: string;
  /** What the guard checks, in one sentence. */
  readonly description: string;
  /** Decides whether `event` may move the record on. */
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
  /** A stable id for this hook. */
  readonly id: string;
  /** The name of the workflow whose transitions the hook runs around. */
  readonly workflow: string;
  /** When the hook runs: before the transition, after its commit, or when it failed. */
  readonly phase: HookPhase;
  /** Events the hook reacts to; all events when omitted. */
  readonly events?: readonly string[];
  /** Runs the hook; a `before` hook vetoes the transition by returning `veto` reasons. */
  run(
    context: RequestContext,
    transition: {
      /** The record the transition applies to. */
      readonly snapshot: WorkflowSnapshot;
      /** The workflow event being applied. */
      readonly event: string;
      /** The state the transition moves to. */
      readonly to: string;
      /** Why the transition failed (the `error` phase only). */
      readonly error?: string;
    },
  ): Promise<void | { readonly veto: readonly string[] }>;
}
