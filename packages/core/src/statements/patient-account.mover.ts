import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import { WorkflowService } from '../workflow/workflow.service';
import { PatientAccount } from './patient-account.entity';
import { patientAccountWorkflow, type PatientAccountEvent, type PatientAccountState } from './patient-account.workflow';

/**
 * Finds or opens a patient's account and moves it through its workflow: each event through the engine (checks, audit,
 * event), the state written only where it still is what was decided from. A sent statement counts and dates the
 * cycle; a new balance starts a fresh cycle.
 */
@Injectable()
export class PatientAccountMover {
  constructor(private readonly workflows: WorkflowService) {}

  /** The patient's account, opened in `current` on first use. */
  async accountOf(em: EntityManager, organizationId: string, patientId: string): Promise<PatientAccount> {
    const found = await em.findOne(PatientAccount, { organizationId, patientId });
    if (found) return found;
    await em.getConnection().execute(
      `insert into patient_account (id, organization_id, created_at, updated_at, patient_id, state, statements_sent, email_consent)
       values (?, ?, now(), now(), ?, 'current', 0, false) on conflict (organization_id, patient_id) do nothing`,
      [randomUUID(), organizationId, patientId],
      'run',
      em.getTransactionContext(),
    );
    return em.findOneOrFail(PatientAccount, { organizationId, patientId });
  }

  /**
   * Applies the events in order on `onDate` (organization's calendar). With `joinTransaction` the transitions commit
   * with the caller's transaction; without it each commits on its own.
   */
  async move(context: RequestContext, account: PatientAccount, events: readonly PatientAccountEvent[], onDate: string, joinTransaction = false): Promise<void> {
    for (const event of events) {
      const subject = { id: account.id, state: account.state, patientId: account.patientId };
      const sends = event === 'send-statement' || event === 'send-final-notice';
      const restarts = event === 'new-balance';
      await this.workflows.transition(context, patientAccountWorkflow.name, subject, event, {
        ...(joinTransaction ? { joinTransaction: true } : {}),
        writeState: async (tx, change) => {
          const changes = {
            state: change.to as PatientAccountState,
            updatedAt: new Date(),
            ...(sends ? { statementsSent: account.statementsSent + 1, lastStatementOn: onDate } : {}),
            ...(restarts ? { statementsSent: 0, lastStatementOn: null } : {}),
          };
          const updated = await tx.nativeUpdate(PatientAccount, { id: account.id, state: change.from as PatientAccountState }, changes);
          if (updated !== 1) return false;
          Object.assign(account, changes);
          return true;
        },
      });
    }
  }
}
