import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { NotFoundError, type RequestContext } from '@openrcm/sdk';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { StatementRun } from './statement-run.entity';
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

  async outcomes(context: RequestContext, runId: string): Promise<StatementRunOutcome[]> {
    const em = currentEntityManager(this.orm);
    if ((await em.count(StatementRun, { id: runId, organizationId: context.organizationId })) === 0) throw new NotFoundError('statement run', runId);
    return em.find(StatementRunOutcome, { organizationId: context.organizationId, runId }, { orderBy: { result: 'asc', reason: 'asc', patientId: 'asc' } });
  }
}
