import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { GoodFaithEstimateService } from '../good-faith-estimates/good-faith-estimate.service';
import { Organization } from '../organizations/organization.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { PatientAccount } from '../statements/patient-account.entity';
import { patientBalances } from '../statements/statement-ledger.query';
import { calendarDate } from '../time/calendar-date';
import { CollectionConnectors } from './collection-connectors';
import { CollectionSettingsService } from './collection-settings.service';
import { PlacementBatch } from './placement-batch.entity';
import { decidePlacement } from './placement-decision';
import { PlacementDecisionRecord } from './placement-decision.entity';
import { candidateFacts, firstStatementOfCycle } from './placement-facts.query';

/**
 * Proposes a placement batch: every account owing a balance that is not already in collections (or in a batch
 * awaiting a manager) is decided against the placement rules, and each decision is kept with its reasons — the
 * proposed accounts and the excluded ones alike. Nothing is placed until a manager approves the batch.
 */
@Injectable()
export class PlacementProposalService {
  constructor(
    private readonly orm: MikroORM,
    private readonly settings: CollectionSettingsService,
    private readonly connectors: CollectionConnectors,
    private readonly estimates: GoodFaithEstimateService,
  ) {}

  async propose(context: RequestContext, now: Date = new Date()): Promise<PlacementBatch> {
    const settings = await this.settings.get(context);
    const connector = this.connectors.resolve(context.organizationId, settings.connectorId);
    const em = currentEntityManager(this.orm).fork();
    const organization = await em.findOneOrFail(Organization, context.organizationId);
    const today = calendarDate(now, organization.timeZone);
    const awaiting = await em.execute<{ patient_id: string }[]>(
      `select d.patient_id from collection_placement_decision d join collection_placement_batch b on b.id = d.batch_id
        where d.organization_id = ? and d.proposed and b.state in ('proposed', 'failed')`,
      [context.organizationId],
    );
    const skip = new Set(awaiting.map((row) => row.patient_id));
    const owing = (await patientBalances(em, context.organizationId, [])).filter((balance) => balance.patientBalanceCents > 0 && !skip.has(balance.patientId));
    const accounts = new Map((await em.find(PatientAccount, { organizationId: context.organizationId, patientId: { $in: owing.map((b) => b.patientId) } })).map((a) => [a.patientId, a]));
    const candidates = owing.filter((balance) => accounts.get(balance.patientId)?.state !== 'collections');
    const facts = await candidateFacts(em, context.organizationId, candidates.map((b) => b.patientId));

    const batch = em.create(PlacementBatch, { organizationId: context.organizationId, proposedOn: today, proposedBy: context.actor.id, connectorId: connector.id, proposedCount: 0, excludedCount: 0 });
    for (const balance of candidates) {
      const account = accounts.get(balance.patientId);
      const state = account?.state ?? 'current';
      const statements = facts.statements.get(balance.patientId);
      // The final notice counts when it belongs to the account's current cycle (a paid account that owes again starts over).
      const firstStatementOn = firstStatementOfCycle(statements?.dates ?? [], account?.statementsSent ?? 0);
      const decision = decidePlacement(
        {
          state,
          patientBalanceCents: balance.patientBalanceCents,
          payerBalanceCents: balance.payerBalanceCents,
          activePlans: facts.activePlans.get(balance.patientId) ?? 0,
          openDisputes: facts.openDisputes.get(balance.patientId) ?? 0,
          pendingAssistance: facts.pendingAssistance.get(balance.patientId) ?? 0,
          openNsaWindows: facts.withEstimates.has(balance.patientId) ? await this.openNsaWindows(context, balance.patientId, now) : 0,
          holdUntil: account?.holdUntil ?? null,
          firstStatementOn,
          finalNoticeOn: firstStatementOn && statements?.finalNoticeOn && statements.finalNoticeOn >= firstStatementOn ? statements.finalNoticeOn : null,
        },
        settings,
        today,
      );
      em.create(PlacementDecisionRecord, {
        organizationId: context.organizationId,
        batchId: batch.id,
        patientId: balance.patientId,
        proposed: decision.proposed,
        reasons: decision.proposed ? [] : [...decision.reasons],
        balanceCents: balance.patientBalanceCents,
      });
      if (decision.proposed) batch.proposedCount += 1;
      else batch.excludedCount += 1;
    }
    await em.flush();
    return batch;
  }

  private async openNsaWindows(context: RequestContext, patientId: string, now: Date): Promise<number> {
    const checked = await this.estimates.ofPatient(context, patientId, now);
    return checked.filter((estimate) => estimate.check.disputeWindowOpen).length;
  }
}
