import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { ConflictError, InvalidTransitionError, ValidationError, type RequestContext, type TransitionFailure, type WorkflowSnapshot } from '@openrcm/sdk';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Logger } from 'pino';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEventData, createAuditEvent } from '../audit/audit.subscriber';
import { currentAuditScope } from '../audit/audit-scope';
import { OutboxService } from '../outbox/outbox.service';
import { ROOT_LOGGER } from '../logging/logger';
import { BulkRows } from '../persistence/bulk-rows';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { decide, type CheckException, type ExceptionTaken, type TransitionAllowed } from './decide';
import { exceptionRequestIssues, failingChecks, GATE_OUTCOME_RECORDER, type GateOutcomeRecorder, type GateSubject } from './gate-outcome';
import { GuardEvaluator } from './guard-evaluator';
import { recordTransitionEvent } from './transition-event';
import { TransitionHookRunner, type HookTransition } from './transition-hook.runner';
import { WorkflowRegistry } from './workflow-registry';
import { WorkflowTransition } from './workflow-transition.entity';
import { findTransition } from './workflow-table';

/** While a batch's states are written, its history and audit rows are made, giving the event loop a turn every 1,000. */
const ROWS_PER_TURN = 1000;

/** The record an event applies to: its id, current state, what guards and hooks may read, and its patient (audit). */
export interface TransitionSubject {
  readonly id: string;
  readonly state: string;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly patientId?: string | null;
}

/** The change the caller's state writer applies. */
export interface StateChange {
  readonly workflow: string;
  readonly entityId: string;
  readonly event: string;
  readonly from: string;
  readonly to: string;
}

/**
 * Writes the new state in the transition's transaction (through `em`), so the domain entity owns its state column.
 * It should change the state only where it still is `from` and return `false` when it was not (a concurrent change):
 * the transition then fails with a ConflictError and rolls back. Other writes of the same change belong here too.
 */
export type StateWriter = (em: EntityManager, change: StateChange) => Promise<boolean | void> | boolean | void;

/** How to transition. */
export interface TransitionOptions {
  readonly writeState: StateWriter;
  /** Failing checks to pass by exception (only where the organization's policy is `exception`). */
  readonly exceptions?: readonly CheckException[];
  /**
   * Join the caller's transaction instead of opening one (jobs, which run in their own): the state, event and audit
   * row commit with the caller's work, and the `after` hooks run when the transition's writes are done, before that
   * commit — so they must only enqueue work, as they should anyway.
   */
  readonly joinTransaction?: boolean;
}

/** A committed transition. */
export interface TransitionResult {
  readonly workflow: string;
  readonly entityId: string;
  readonly event: string;
  readonly from: string;
  readonly to: string;
  readonly terminal: boolean;
  /** Checks that failed and passed by exception, with the owner and reason given. */
  readonly exceptions: readonly ExceptionTaken[];
  /** Whether `<workflow>.transitioned` went to the outbox (only when the SDK declares it). */
  readonly eventRecorded: boolean;
  /** The work items opened for the exceptions, in the order of `exceptions` (empty without a gate outcome recorder). */
  readonly workItemIds: readonly string[];
}

/**
 * Moves records through their workflow: runs the checks under the organization's policies, decides, then in one
 * transaction runs the `before` hooks (a veto refuses the transition), writes the state through the caller's writer,
 * records the event and an audit row; after the commit it runs the `after` hooks, and the `error` hooks when anything
 * failed. Refusals are {@link InvalidTransitionError}s carrying every failing check.
 *
 * With a {@link GateOutcomeRecorder} (core provides the gates module's), requested exceptions are validated (owner and
 * reason required, the owner a member: a ValidationError names `exceptions[i].<field>`), each exception taken opens a
 * work item in the transition's transaction, and every failing check is recorded as a gate defect (for a refusal, in
 * its own transaction after nothing was written).
 */
@Injectable()
export class WorkflowService {
  constructor(
    private readonly orm: MikroORM,
    private readonly registry: WorkflowRegistry,
    private readonly evaluator: GuardEvaluator,
    private readonly hooks: TransitionHookRunner,
    private readonly outbox: OutboxService,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    @Optional() @Inject(GATE_OUTCOME_RECORDER) private readonly recorder?: GateOutcomeRecorder,
  ) {}

  async transition(context: RequestContext, workflowName: string, subject: TransitionSubject, event: string, options: TransitionOptions): Promise<TransitionResult> {
    const table = this.registry.get(workflowName);
    const snapshot: WorkflowSnapshot = { workflow: table.name, entityId: subject.id, state: subject.state, data: subject.data ?? {} };
    const transition = findTransition(table, subject.state, event);
    const hookTransition: HookTransition = { snapshot, event, to: transition?.to ?? subject.state };
    const gateSubject: GateSubject = { workflow: table.name, recordId: subject.id, patientId: subject.patientId ?? null, event, from: subject.state };
    try {
      if (!options.joinTransaction) assertOutsideTransaction(currentEntityManager(this.orm));
      const exceptions = options.exceptions ?? [];
      if (transition) await this.assertExceptionRequests(context, exceptions, transition.guards ?? []);
      const verdicts = await this.evaluator.evaluate(context, snapshot, event, transition?.guards ?? []);
      const decision = decide(table, snapshot, event, { verdicts, exceptions });
      if (!decision.ok) {
        await this.recordRefusal(context, gateSubject, failingChecks(verdicts));
        throw refusal(table.name, snapshot, event, 'refused', decision.failures);
      }
      const result = await this.commit(context, subject, snapshot, event, decision, options, gateSubject);
      await this.hooks.notify(context, 'after', hookTransition);
      return result;
    } catch (error) {
      await this.hooks.notify(context, 'error', { ...hookTransition, error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  /**
   * Moves many records by one event each inside the caller's transaction (posting a remittance adjudicates thousands
   * of claims): each is decided as {@link transition} decides one — its checks under the organization's policies, the
   * `before` hooks — then every state is written by one `writeStates` call, and the events and audit rows are inserted
   * in bulk. All or nothing: one refusal throws before anything is written. Exceptions are not taken here (a
   * transition that needs one goes through {@link transition}).
   */
  async transitionMany(
    context: RequestContext,
    workflowName: string,
    requests: readonly { readonly subject: TransitionSubject; readonly event: string }[],
    writeStates: (tx: EntityManager, changes: readonly StateChange[]) => Promise<number>,
  ): Promise<TransitionResult[]> {
    if (requests.length === 0) return [];
    const table = this.registry.get(workflowName);
    const tx = currentEntityManager(this.orm);
    if (!tx.isInTransaction()) throw new ConflictError('transitionMany runs inside the caller\'s transaction');
    // Which phases have hooks is asked once per event for the batch: a record whose event has none is not awaited on them.
    const hooked = new Map<string, boolean>();
    const hasHooks = (phase: 'before' | 'after', event: string): boolean => {
      const key = `${phase} ${event}`;
      if (!hooked.has(key)) hooked.set(key, this.hooks.has(context.organizationId, table.name, phase, event));
      return hooked.get(key) as boolean;
    };
    const decided: { subject: TransitionSubject; snapshot: WorkflowSnapshot; event: string; decision: TransitionAllowed }[] = [];
    for (const { subject, event } of requests) {
      const snapshot: WorkflowSnapshot = { workflow: table.name, entityId: subject.id, state: subject.state, data: subject.data ?? {} };
      const guards = findTransition(table, subject.state, event)?.guards ?? [];
      const verdicts = guards.length === 0 ? [] : await this.evaluator.evaluate(context, snapshot, event, guards);
      const decision = decide(table, snapshot, event, { verdicts, exceptions: [] });
      if (!decision.ok) throw refusal(table.name, snapshot, event, 'refused', decision.failures);
      const vetoes = hasHooks('before', event) ? await this.hooks.before(context, { snapshot, event, to: decision.to }) : [];
      if (vetoes.length > 0) throw refusal(table.name, snapshot, event, 'vetoed', vetoes);
      decided.push({ subject, snapshot, event, decision });
    }
    const changes: StateChange[] = decided.map(({ subject, snapshot, event, decision }) => ({ workflow: snapshot.workflow, entityId: subject.id, event, from: decision.from, to: decision.to }));
    // The history and audit rows are made (and turned into COPY data) while the database writes the states; they are
    // inserted once all are written.
    const writing = writeStates(tx, changes);
    writing.catch(() => undefined);
    const scope = { context, ip: currentAuditScope()?.ip ?? null, reads: [] };
    const audits = new BulkRows(tx);
    for (const [index, { subject, snapshot, decision }] of decided.entries()) {
      if (index % ROWS_PER_TURN === 0) await nextTurn();
      audits.create(WorkflowTransition, transitionRow(context, changes[index] as StateChange));
      for (const effect of decision.effects) {
        if (effect.type === 'audit') audits.create(AuditEvent, auditEventData(scope, effect.action, { recordType: snapshot.workflow, recordId: subject.id, patientId: subject.patientId ?? null }));
      }
    }
    audits.seal();
    const written = await writing;
    if (written !== changes.length) throw new ConflictError(`${table.name}: ${changes.length - written} of ${changes.length} records were no longer in the state they were decided from`);
    const results: TransitionResult[] = [];
    for (const [index, { snapshot, event, decision }] of decided.entries()) {
      const change = changes[index] as StateChange;
      let eventRecorded = false;
      for (const effect of decision.effects) {
        if (effect.type === 'record-event') eventRecorded = recordTransitionEvent(this.outbox, context, effect.name, { organizationId: context.organizationId, ...change });
      }
      results.push({ ...change, terminal: decision.terminal, exceptions: [], eventRecorded, workItemIds: [] });
      if (hasHooks('after', event)) await this.hooks.notify(context, 'after', { snapshot, event, to: decision.to });
    }
    await audits.insert();
    return results;
  }

  private async commit(
    context: RequestContext,
    subject: TransitionSubject,
    snapshot: WorkflowSnapshot,
    event: string,
    decision: TransitionAllowed,
    options: TransitionOptions,
    gateSubject: GateSubject,
  ): Promise<TransitionResult> {
    const { writeState } = options;
    const em = currentEntityManager(this.orm);
    const change: StateChange = { workflow: snapshot.workflow, entityId: subject.id, event, from: decision.from, to: decision.to };
    let eventRecorded = false;
    let workItemIds: readonly string[] = [];
    const inTransaction = (work: (tx: EntityManager) => Promise<void>) => (options.joinTransaction && em.isInTransaction() ? work(em) : em.transactional(work));
    await inTransaction(async (tx) => {
      const vetoes = await this.hooks.before(context, { snapshot, event, to: decision.to });
      if (vetoes.length > 0) throw refusal(snapshot.workflow, snapshot, event, 'vetoed', vetoes);
      if (this.recorder && decision.exceptions.length > 0) workItemIds = await this.recorder.recordExceptions(tx, context, gateSubject, decision.exceptions);
      for (const effect of decision.effects) {
        if (effect.type === 'write-state') {
          if ((await writeState(tx, change)) === false) throw new ConflictError(`${snapshot.workflow} ${subject.id} is no longer in state '${decision.from}'`);
          tx.create(WorkflowTransition, transitionRow(context, change));
        }
        if (effect.type === 'record-event') eventRecorded = recordTransitionEvent(this.outbox, context, effect.name, { organizationId: context.organizationId, ...change });
        if (effect.type === 'audit') {
          const scope = { context, ip: currentAuditScope()?.ip ?? null, reads: [] };
          createAuditEvent(tx, scope, effect.action, { recordType: snapshot.workflow, recordId: subject.id, patientId: subject.patientId ?? null });
        }
        // 'log-exception' effects: the recorder opened their work items above; they are returned in the result.
      }
    });
    return { ...change, terminal: decision.terminal, exceptions: decision.exceptions, eventRecorded, workItemIds };
  }

  /** Refuses blank owners and reasons, checks the transition does not have, and owners who are not members. */
  private async assertExceptionRequests(context: RequestContext, exceptions: readonly CheckException[], checks: readonly string[]): Promise<void> {
    if (exceptions.length === 0) return;
    const issues = exceptionRequestIssues(exceptions, checks);
    if (this.recorder) {
      const named = new Set(issues.map((issue) => issue.field));
      issues.push(...(await this.recorder.exceptionIssues(context, exceptions)).filter((issue) => !named.has(issue.field)));
    }
    if (issues.length > 0) throw new ValidationError(issues);
  }

  /** Records a refusal's failing checks; a failure to record is logged and the refusal still reaches the caller. */
  private async recordRefusal(context: RequestContext, subject: GateSubject, failures: readonly TransitionFailure[]): Promise<void> {
    if (!this.recorder || failures.length === 0) return;
    try {
      await this.recorder.recordRefusal(context, subject, failures);
    } catch (error) {
      this.logger.error({ err: error, workflow: subject.workflow, entityId: subject.recordId, event: subject.event }, 'recording the gate defects of a refusal failed');
    }
  }
}

/** The history row of a committed change (the claim timeline reads them). */
function transitionRow(context: RequestContext, change: StateChange) {
  return {
    organizationId: context.organizationId,
    workflow: change.workflow,
    recordId: change.entityId,
    event: change.event,
    fromState: change.from,
    toState: change.to,
    actorType: context.actor.type,
    actorId: context.actor.id,
  };
}

function assertOutsideTransaction(em: EntityManager): void {
  if (em.isInTransaction()) {
    throw new Error('WorkflowService.transition runs its own transaction (after hooks follow its commit): call it outside one and put other writes in writeState');
  }
}

function refusal(workflow: string, snapshot: WorkflowSnapshot, event: string, how: 'refused' | 'vetoed', failures: readonly TransitionFailure[]): InvalidTransitionError {
  return new InvalidTransitionError(`${workflow} ${snapshot.entityId}: event '${event}' in state '${snapshot.state}' was ${how}`, failures);
}
