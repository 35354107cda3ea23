import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { WorkItem } from '../work-items/work-item.entity';
import { WORK_ITEM_ACTIVE_STATES } from '../work-items/work-item.workflow';
import { WorkItemWriter } from '../work-items/work-item.writer';
import type { GateSubject } from '../workflow/gate-outcome';
import { GuardRegistry } from '../workflow/guard-registry';
import { GateDefect, type GateDefectOutcome } from './gate-defect.entity';
import { GatePolicyService } from './gate-policy.service';
import { stopTheLine, windowStart, type DefectOccurrence } from './stop-the-line';

/** One failing check to record. */
export interface DefectInput {
  readonly check: string;
  readonly reason: string;
  readonly outcome: GateDefectOutcome;
}

/** The record type of upstream-defect work items: they concern a gate check (its name is the record id). */
export const GATE_CHECK_RECORD_TYPE = 'gate-check';

/**
 * Records gate defects and stops the line (see {@link stopTheLine}): when a check's defect repeats within the
 * organization's window, the check's owner gets an upstream-defect work item, or a note on the one still open.
 */
@Injectable()
export class GateDefectRecorder {
  constructor(
    private readonly gates: GatePolicyService,
    private readonly guards: GuardRegistry,
    private readonly writer: WorkItemWriter,
  ) {}

  /** Records `failures` of one transition through `em` (a transaction the caller opened). */
  async record(em: EntityManager, context: RequestContext, subject: GateSubject, failures: readonly DefectInput[]): Promise<void> {
    if (failures.length === 0) return;
    const windowDays = await this.gates.defectWindowDays(em, context.organizationId);
    for (const failure of failures) await this.recordOne(em, context, subject, failure, windowDays);
  }

  private async recordOne(em: EntityManager, context: RequestContext, subject: GateSubject, failure: DefectInput, windowDays: number): Promise<void> {
    // One writer per organization and check at a time, so two concurrent defects cannot both open an upstream item.
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`gate-defect:${context.organizationId}:${failure.check}`]);
    const defect = em.create(GateDefect, {
      organizationId: context.organizationId,
      check: failure.check,
      recordType: subject.workflow,
      recordId: subject.recordId,
      event: subject.event,
      outcome: failure.outcome,
      failureReason: failure.reason,
    });
    await em.flush();
    const earlier = await em.find(
      GateDefect,
      { organizationId: context.organizationId, check: failure.check, createdAt: { $gte: windowStart(defect.createdAt, windowDays) }, id: { $ne: defect.id } },
      { orderBy: { createdAt: 'asc' } },
    );
    const verdict = stopTheLine(earlier.map(occurrenceOf), occurrenceOf(defect), windowDays);
    if (!verdict.repeated) return;
    const open = await em.findOne(
      WorkItem,
      { organizationId: context.organizationId, kind: 'upstream-defect', recordType: GATE_CHECK_RECORD_TYPE, category: failure.check, state: { $in: [...WORK_ITEM_ACTIVE_STATES] } },
      { orderBy: { createdAt: 'asc' } },
    );
    const summary = `${verdict.distinctRecords} records failed it within ${windowDays} days.`;
    if (open) {
      await this.writer.addNote(em, context, open, `Failed again: ${describe(defect)}. ${summary}`);
      return;
    }
    const owner = await this.gates.owner(em, context.organizationId, failure.check);
    const description = this.guards.list().find((guard) => guard.name === failure.check)?.description ?? failure.check;
    await this.writer.open(
      context,
      {
        kind: 'upstream-defect',
        title: `Fix upstream: check '${failure.check}' (${description}) failed for ${verdict.distinctRecords} records within ${windowDays} days`,
        category: failure.check,
        recordType: GATE_CHECK_RECORD_TYPE,
        recordId: failure.check,
        ownerUserId: owner.ownerUserId,
        ownerRole: owner.ownerRole,
        priority: 'high',
        note: [
          `The gate check '${failure.check}' keeps failing. ${summary} Find the step before the gate that should have caught it and fix it there.`,
          ...[...earlier, defect].map((occurrence) => `- ${describe(occurrence)}`),
        ].join('\n'),
      },
      em,
    );
  }
}

function occurrenceOf(defect: GateDefect): DefectOccurrence {
  return { recordType: defect.recordType, recordId: defect.recordId, at: defect.createdAt };
}

function describe(defect: GateDefect): string {
  return `${defect.recordType} ${defect.recordId}, event '${defect.event}' ${defect.outcome} at ${defect.createdAt.toISOString()}: ${defect.failureReason}`;
}
