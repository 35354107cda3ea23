import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { NotFoundError, type RequestContext } from '@openrcm/sdk';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { StatementRun } from './statement-run.entity';
import { Patient } from '../patients/patient.entity';
import { accountNumberOf } from './statement-document';
import { StatementRunOutcome } from './statement-run-outcome.entity';

/** The statement run log: runs with their counts, and each account's outcome. */
@Injectable()
export class StatementRunsQuery {
  constructor(private readonly orm: MikroORM) {}

  view(run: StatementRun) {
    return { id: run.id, runDate: run.runDate, trigger: run.trigger, startedBy: run.startedBy, createdAt: run.createdAt, finishedAt: run.finishedAt, counts: run.counts };
  }

  async list(context: RequestContext) {
    const runs = await currentEntityManager(this.orm).find(StatementRun, { organizationId: context.organizationId }, { orderBy: { createdAt: 'desc' }, limit: 100 });
    return runs.map((run) => this.view(run));
  }

  /** One run with its counts. */
  async get(context: RequestContext, runId: string) {
    const run = await currentEntityManager(this.orm).findOne(StatementRun, { id: runId, organizationId: context.organizationId });
    if (!run) throw new NotFoundError('statement run', runId);
    return this.view(run);
  }

  /** Each account's outcome in a run, with the patient's name and account number (recorded as read). */
  async outcomes(context: RequestContext, runId: string) {
    const em = currentEntityManager(this.orm);
    if ((await em.count(StatementRun, { id: runId, organizationId: context.organizationId })) === 0) throw new NotFoundError('statement run', runId);
    const outcomes = await em.find(StatementRunOutcome, { organizationId: context.organizationId, runId }, { orderBy: { result: 'asc', reason: 'asc', patientId: 'asc' } });
    const patients = await em.find(Patient, { organizationId: context.organizationId, id: { $in: [...new Set(outcomes.map((outcome) => outcome.patientId))] } }, { fields: ['id', 'firstName', 'lastName', 'accountNumber'] });
    const byId = new Map(patients.map((patient) => [patient.id, patient]));
    return outcomes.map(({ id, runId: outcomeRunId, patientId, result, reason, balanceCents, statementId, createdAt }) => {
      const patient = byId.get(patientId);
      return {
        id,
        runId: outcomeRunId,
        patientId,
        patientName: patient ? { firstName: patient.firstName, lastName: patient.lastName } : null,
        accountNumber: patient ? accountNumberOf(patient) : null,
        result,
        reason,
        balanceCents,
        statementId,
        createdAt,
      };
    });
  }
}
