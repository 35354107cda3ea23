import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, ValidationError, type PlacementAccount, type RequestContext } from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import { Organization } from '../organizations/organization.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { PatientAccount } from '../statements/patient-account.entity';
import { PatientAccountMover } from '../statements/patient-account.mover';
import { failureOf } from '../statements/statement-delivery.attempt';
import { owedLines } from '../statements/statement-ledger.query';
import { StatementSettingsService } from '../statements/statement-settings.service';
import { calendarDate } from '../time/calendar-date';
import { CollectionConnectors } from './collection-connectors';
import { itemizedBalance, type ItemizedBalance } from './itemization.query';
import { PlacementBatch } from './placement-batch.entity';
import { PlacementDecisionRecord } from './placement-decision.entity';
import { placementAccountOf } from './placement-account';
import { Placement } from './placement.entity';
import { ValidationNoticeService } from './validation-notice.service';

/** One account ready to go: its patient, what is placed and how it is itemized. */
interface Ready {
  readonly patientId: string;
  readonly itemizationDate: string;
  readonly itemized: ItemizedBalance;
}

/**
 * Places approved batches with the agency and recalls placed accounts. A manager approves a proposed batch (leaving
 * out any account they choose); each account is itemized again from its last statement — one no longer after its
 * final notice (a plan started, a payment settled it) or whose balance is gone or has grown since is left out — and
 * the batch goes to the agency in one call. Only when the agency takes it are the placements recorded and the
 * accounts moved to `collections`, in one transaction; a refusal marks the batch failed with the agency's words, and
 * it may be approved again.
 */
@Injectable()
export class PlacementService {
  constructor(
    private readonly orm: MikroORM,
    private readonly connectors: CollectionConnectors,
    private readonly accounts: PatientAccountMover,
    private readonly statementSettings: StatementSettingsService,
    private readonly notices: ValidationNoticeService,
  ) {}

  async approve(context: RequestContext, batchId: string, leaveOut: readonly string[] = [], now: Date = new Date()): Promise<PlacementBatch> {
    const em = currentEntityManager(this.orm).fork();
    const batch = await this.batchOf(em, context, batchId);
    if (batch.state !== 'proposed' && batch.state !== 'failed') throw new ConflictError(`placement batch ${batchId} is ${batch.state}: only a proposed or failed batch can be approved`);
    const organization = await em.findOneOrFail(Organization, context.organizationId);
    const today = calendarDate(now, organization.timeZone);
    const decisions = await em.find(PlacementDecisionRecord, { organizationId: context.organizationId, batchId, proposed: true });
    const unknown = leaveOut.filter((patientId) => !decisions.some((decision) => decision.patientId === patientId));
    if (unknown.length > 0) throw new ValidationError(unknown.map((patientId) => ({ field: 'leaveOut', message: `patient ${patientId} is not proposed in this batch` })));

    const ready: Ready[] = [];
    for (const decision of decisions.filter((d) => !leaveOut.includes(d.patientId))) {
      const account = await em.findOne(PatientAccount, { organizationId: context.organizationId, patientId: decision.patientId });
      if (account?.state !== 'final-notice') continue;
      const itemizationDate = await lastStatementDate(em, context.organizationId, decision.patientId);
      if (!itemizationDate) continue;
      const itemized = await itemizedBalance(em, context.organizationId, decision.patientId, itemizationDate);
      if (itemized.balanceCents <= 0 || itemized.increasedCents > 0) continue;
      ready.push({ patientId: decision.patientId, itemizationDate, itemized });
    }
    if (ready.length === 0) throw new ConflictError(`placement batch ${batchId} has no account left to place (each was left out, paid, or its balance changed since the proposal)`);

    const connector = this.connectors.resolve(context.organizationId, batch.connectorId);
    const creditorName = (await this.statementSettings.get(context)).billingName;
    const sender = connector.validationNoticeSender ? await connector.validationNoticeSender(context) : null;
    const placementAccounts: PlacementAccount[] = [];
    for (const account of ready) {
      placementAccounts.push(await placementAccountOf(em, context.organizationId, { ...account, creditorName, validationNoticeSentOn: sender ? today : null }));
    }
    const answer = await connector.place(context, batch.id, placementAccounts);
    batch.decidedBy = context.actor.id;
    batch.decidedAt = now;
    if (answer.status !== 'SUCCESS') {
      batch.state = 'failed';
      batch.failure = failureOf(answer);
      await em.flush();
      return batch;
    }
    await em.transactional(async (tx) => {
      for (const [index, account] of ready.entries()) {
        const placed = placementAccounts[index] as PlacementAccount;
        const placement = tx.create(Placement, {
          organizationId: context.organizationId,
          batchId: batch.id,
          patientId: account.patientId,
          connectorId: connector.id,
          accountNumber: placed.accountNumber,
          placedOn: today,
          placedCents: account.itemized.balanceCents,
          itemizationDate: account.itemizationDate,
          itemization: account.itemized.itemization,
          validationNoticeSentOn: sender ? today : null,
        });
        if (sender) await this.notices.recordForAgency(tx, context, { placement, account: placed, sender, sentOn: today, now });
        const patientAccount = await this.accounts.accountOf(tx, context.organizationId, account.patientId);
        await this.accounts.move(context, patientAccount, ['place'], today, true);
      }
      Object.assign(batch, { state: 'placed', agencyReference: answer.value.reference, failure: null });
      tx.persist(batch);
    });
    return batch;
  }

  async reject(context: RequestContext, batchId: string, reason: string, now: Date = new Date()): Promise<PlacementBatch> {
    const em = currentEntityManager(this.orm).fork();
    const batch = await this.batchOf(em, context, batchId);
    if (batch.state !== 'proposed' && batch.state !== 'failed') throw new ConflictError(`placement batch ${batchId} is ${batch.state}: only a proposed or failed batch can be rejected`);
    Object.assign(batch, { state: 'rejected', decidedBy: context.actor.id, decidedAt: now, failure: reason });
    await em.flush();
    return batch;
  }

  /**
   * Recalls placed accounts from their agency (one recall per connector): the agency stops working them, the
   * placements end as `recalled`, and the accounts leave collections for the final-notice state.
   */
  async recall(context: RequestContext, placementIds: readonly string[], reason: string, now: Date = new Date()): Promise<Placement[]> {
    const em = currentEntityManager(this.orm).fork();
    const placements = await em.find(Placement, { organizationId: context.organizationId, id: { $in: [...placementIds] } });
    const issues = placementIds.flatMap((id, index) => {
      const placement = placements.find((candidate) => candidate.id === id);
      if (!placement) return [{ field: `placementIds[${index}]`, message: 'is not a placement of this organization' }];
      return placement.state === 'placed' ? [] : [{ field: `placementIds[${index}]`, message: `is ${placement.state}, not placed` }];
    });
    if (issues.length > 0) throw new ValidationError(issues);
    const organization = await em.findOneOrFail(Organization, context.organizationId);
    const today = calendarDate(now, organization.timeZone);
    for (const connectorId of new Set(placements.map((placement) => placement.connectorId))) {
      const group = placements.filter((placement) => placement.connectorId === connectorId);
      const answer = await this.connectors.resolve(context.organizationId, connectorId).recall(context, randomUUID(), group.map((placement) => placement.accountNumber));
      if (answer.status !== 'SUCCESS') throw new ConflictError(`the agency (${connectorId}) did not take the recall: ${failureOf(answer)}`);
      await em.transactional(async (tx) => {
        for (const placement of group) {
          await this.end(tx, context, placement, { state: 'recalled', reason, on: today, recallReference: answer.value.reference, event: 'recall' });
        }
      });
    }
    return placements;
  }

  /**
   * After the patient paid the clinic everything owed while placed: recalls the placements (the agency stops) and
   * closes the account as paid. Does nothing while anything is still owed (a later payment queues it again).
   */
  async recallPaidOff(context: RequestContext, patientId: string, now: Date = new Date()): Promise<Placement[]> {
    const em = currentEntityManager(this.orm).fork();
    if ((await owedLines(em, context.organizationId, patientId)).length > 0) return [];
    const placed = await em.find(Placement, { organizationId: context.organizationId, patientId, state: 'placed' });
    const recalled = placed.length > 0 ? await this.recall(context, placed.map((placement) => placement.id), 'paid in full to the clinic', now) : [];
    const account = await this.accounts.accountOf(em, context.organizationId, patientId);
    const organization = await em.findOneOrFail(Organization, context.organizationId);
    if (account.state === 'final-notice') await em.transactional(() => this.accounts.move(context, account, ['settle'], calendarDate(now, organization.timeZone), true));
    return recalled;
  }

  /** Ends a placement and moves its account (out of collections) in the caller's transaction. */
  async end(
    tx: EntityManager,
    context: RequestContext,
    placement: Placement,
    change: { readonly state: Placement['state']; readonly reason: string; readonly on: string; readonly recallReference?: string; readonly event: 'recall' | 'settle' | null },
  ): Promise<void> {
    const updated = await tx.nativeUpdate(
      Placement,
      { id: placement.id, state: 'placed' },
      { state: change.state, closedReason: change.reason, endedOn: change.on, recallReference: change.recallReference ?? null, updatedAt: new Date() },
    );
    if (updated !== 1) throw new ConflictError(`placement ${placement.id} is no longer placed`);
    Object.assign(placement, { state: change.state, closedReason: change.reason, endedOn: change.on, recallReference: change.recallReference ?? null });
    if (!change.event) return;
    const account = await this.accounts.accountOf(tx, context.organizationId, placement.patientId);
    if (account.state === 'collections') await this.accounts.move(context, account, [change.event], change.on, true);
  }

  private async batchOf(em: EntityManager, context: RequestContext, batchId: string): Promise<PlacementBatch> {
    const batch = await em.findOne(PlacementBatch, { id: batchId, organizationId: context.organizationId });
    if (!batch) throw new NotFoundError('placement batch', batchId);
    return batch;
  }
}

async function lastStatementDate(em: EntityManager, organizationId: string, patientId: string): Promise<string | null> {
  const [row] = await em.execute<{ statement_date: string }[]>(`select statement_date from statement where organization_id = ? and patient_id = ? order by created_at desc limit 1`, [organizationId, patientId]);
  return row?.statement_date ?? null;
}
