import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  ConflictError,
  disputeEffect,
  mayReportToCreditBureau,
  NotFoundError,
  validationPeriodEnd,
  type CreditReportingDecision,
  type DisputeEffect,
  type DisputeMedium,
  type RequestContext,
} from '@openrcm/sdk';
import { Guarantor } from '../guarantors/guarantor.entity';
import { Organization } from '../organizations/organization.entity';
import { Patient } from '../patients/patient.entity';
import { requirePatient } from '../patients/patient-exists';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { PatientDispute } from '../statements/patient-dispute.entity';
import { calendarDate } from '../time/calendar-date';
import { CollectionCommunication } from './collection-communication.entity';
import { CollectionDispute } from './collection-dispute.entity';
import { CollectionSettingsService } from './collection-settings.service';
import { Placement } from './placement.entity';

/** A dispute as staff record it. */
export interface DisputeInput {
  readonly medium: DisputeMedium;
  readonly receivedOn: string;
  readonly disputedCents: number;
  readonly note: string;
}

/**
 * Debt disputes and credit reporting under Regulation F. A dispute is weighed against the validation period of the
 * latest validation notice OpenRCM sent for the account (with none sent, the period has not ended): made in writing
 * within it, collection of the disputed amount stops until verification is recorded. Every dispute also opens a
 * dispute on the patient's account, which holds statements and placement. Credit reporting is answered per the
 * debtor's state rules of the collection settings.
 */
@Injectable()
export class CollectionDisputesService {
  constructor(
    private readonly orm: MikroORM,
    private readonly settings: CollectionSettingsService,
  ) {}

  async record(context: RequestContext, patientId: string, input: DisputeInput, now: Date = new Date()): Promise<{ dispute: CollectionDispute; effect: DisputeEffect }> {
    const em = currentEntityManager(this.orm).fork();
    await requirePatient(em, context, patientId);
    const today = await this.today(em, context, now);
    const periodEnd = (await this.validationPeriodEndOf(em, context, patientId)) ?? input.receivedOn;
    const effect = disputeEffect({ medium: input.medium, receivedOn: input.receivedOn, disputedCents: input.disputedCents }, periodEnd, today);
    const placement = await em.findOne(Placement, { organizationId: context.organizationId, patientId, state: 'placed' });
    return em.transactional(async (tx) => {
      const dispute = tx.create(CollectionDispute, {
        organizationId: context.organizationId,
        patientId,
        placementId: placement?.id ?? null,
        receivedOn: input.receivedOn,
        medium: input.medium,
        disputedCents: input.disputedCents,
        stopsCollection: effect.collectionStopped,
        note: input.note,
        recordedBy: context.actor.id,
      });
      tx.create(PatientDispute, { organizationId: context.organizationId, patientId, reason: `Collection dispute (${input.medium}, received ${input.receivedOn}): ${input.note}`, openedBy: context.actor.id });
      await tx.flush();
      return { dispute, effect };
    });
  }

  /** Records the verification sent to the debtor: collection of the disputed amount may resume. */
  async verify(context: RequestContext, disputeId: string, input: { sentOn: string; verification: string }): Promise<CollectionDispute> {
    const em = currentEntityManager(this.orm).fork();
    const dispute = await em.findOne(CollectionDispute, { id: disputeId, organizationId: context.organizationId });
    if (!dispute) throw new NotFoundError('collection dispute', disputeId);
    if (dispute.verifiedOn) throw new ConflictError(`verification was already recorded on ${dispute.verifiedOn}`);
    if (input.sentOn < dispute.receivedOn) throw new ConflictError('verification is sent after the dispute was received');
    Object.assign(dispute, { verifiedOn: input.sentOn, verification: input.verification });
    await em.flush();
    return dispute;
  }

  /** Whether a placed debt may be reported to a credit bureau today, under the debtor's state rule. */
  async creditReporting(context: RequestContext, placementId: string, now: Date = new Date()): Promise<CreditReportingDecision & { readonly state: string }> {
    const em = currentEntityManager(this.orm);
    const placement = await em.findOne(Placement, { id: placementId, organizationId: context.organizationId });
    if (!placement) throw new NotFoundError('placement', placementId);
    const patient = await em.findOneOrFail(Patient, { id: placement.patientId, organizationId: context.organizationId });
    const guarantor = await em.findOne(Guarantor, { patientId: placement.patientId, organizationId: context.organizationId });
    const state = (guarantor && guarantor.relationship !== 'self' ? guarantor.address?.state : patient.address?.state) ?? '';
    if (!state) throw new ConflictError('the debtor has no address on file: the state rule cannot be chosen');
    const [first] = await em.execute<{ first: string | null }[]>(`select min(statement_date) as first from statement where organization_id = ? and patient_id = ?`, [context.organizationId, placement.patientId]);
    const conversations = await em.find(CollectionCommunication, { organizationId: context.organizationId, patientId: placement.patientId, kind: 'call', outcome: 'sent' }, { orderBy: { occurredAt: 'desc' } });
    const notices = await em.find(CollectionCommunication, { organizationId: context.organizationId, patientId: placement.patientId, kind: 'validation-notice', outcome: 'sent' });
    const organization = await em.findOneOrFail(Organization, context.organizationId);
    const spoke = conversations.find((call) => call.details?.conversation);
    const decision = mayReportToCreditBureau(
      {
        state,
        initialBalanceCents: placement.placedCents,
        paidInFull: placement.state === 'closed' && placement.closedReason === 'paid',
        delinquentSince: first?.first ?? placement.placedOn,
        ...(spoke ? { spokeWithConsumerOn: calendarDate(spoke.occurredAt, organization.timeZone) } : {}),
        notices: notices.map((notice) => ({ sentOn: calendarDate(notice.occurredAt, organization.timeZone) })),
        today: calendarDate(now, organization.timeZone),
      },
      (await this.settings.get(context)).creditReporting,
    );
    return { ...decision, state };
  }

  private async validationPeriodEndOf(em: EntityManager, context: RequestContext, patientId: string): Promise<string | null> {
    const notice = await em.findOne(CollectionCommunication, { organizationId: context.organizationId, patientId, kind: 'validation-notice', outcome: 'sent' }, { orderBy: { occurredAt: 'desc' } });
    if (!notice) return null;
    const organization = await em.findOneOrFail(Organization, context.organizationId);
    return validationPeriodEnd(calendarDate(notice.occurredAt, organization.timeZone));
  }

  private async today(em: EntityManager, context: RequestContext, now: Date): Promise<string> {
    return calendarDate(now, (await em.findOneOrFail(Organization, context.organizationId)).timeZone);
  }
}
