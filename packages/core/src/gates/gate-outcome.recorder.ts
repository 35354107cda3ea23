import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RequestContext, TransitionFailure, ValidationIssue } from '@openrcm/sdk';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { activeMemberIds } from '../work-items/organization-members';
import { WorkItemWriter } from '../work-items/work-item.writer';
import type { CheckException, ExceptionTaken } from '../workflow/decide';
import type { GateOutcomeRecorder, GateSubject } from '../workflow/gate-outcome';
import { GateDefectRecorder } from './gate-defect.recorder';

/**
 * The gates module's {@link GateOutcomeRecorder}: an exception's owner must be an active member; each exception opens
 * an `exception` work item for its owner; every failing check is a gate defect that may stop the line.
 */
@Injectable()
export class GateOutcomeRecorderService implements GateOutcomeRecorder {
  constructor(
    private readonly orm: MikroORM,
    private readonly writer: WorkItemWriter,
    private readonly defects: GateDefectRecorder,
  ) {}

  async exceptionIssues(context: RequestContext, exceptions: readonly CheckException[]): Promise<readonly ValidationIssue[]> {
    const owners = exceptions.map((exception) => (exception.owner ?? '').trim());
    const members = await activeMemberIds(currentEntityManager(this.orm), context.organizationId, owners);
    return owners.flatMap((owner, index) =>
      owner !== '' && !members.has(owner) ? [{ field: `exceptions[${index}].owner`, message: `${owner} is not the user id of an active member of this organization` }] : [],
    );
  }

  async recordExceptions(em: EntityManager, context: RequestContext, subject: GateSubject, exceptions: readonly ExceptionTaken[]): Promise<readonly string[]> {
    const ids: string[] = [];
    for (const exception of exceptions) {
      const item = await this.writer.open(
        context,
        {
          kind: 'exception',
          title: `Follow up: check '${exception.check}' passed by exception for ${subject.workflow} ${subject.recordId}`,
          category: exception.check,
          recordType: subject.workflow,
          recordId: subject.recordId,
          patientId: subject.patientId,
          ownerUserId: exception.owner,
          note: `Check '${exception.check}' failed on event '${subject.event}' in state '${subject.from}': ${exception.failure}\nPassed by exception: ${exception.reason}`,
        },
        em,
      );
      ids.push(item.id);
    }
    await this.defects.record(
      em,
      context,
      subject,
      exceptions.map((exception) => ({ check: exception.check, reason: exception.failure, outcome: 'excepted' as const })),
    );
    return ids;
  }

  async recordRefusal(context: RequestContext, subject: GateSubject, failures: readonly TransitionFailure[]): Promise<void> {
    const refused = failures.map((failure) => ({ check: failure.check, reason: failure.reason, outcome: 'refused' as const }));
    await currentEntityManager(this.orm).transactional((tx) => this.defects.record(tx, context, subject, refused));
  }
}
