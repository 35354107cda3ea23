import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ConflictError, Money, NotFoundError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { LedgerWriter } from '../ledger/ledger.writer';
import { Organization } from '../organizations/organization.entity';
import { lockPatient, requirePatient } from '../patients/patient-exists';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { writeOffOwed } from '../statements/balance-write-off';
import { calendarDate } from '../time/calendar-date';
import { AssistanceApplication } from './assistance-application.entity';

/** A decision on a pending application. */
export type AssistanceDecision = { readonly decision: 'approved'; readonly discountPercent: number; readonly note: string } | { readonly decision: 'denied'; readonly note: string };

/**
 * Financial-assistance applications (issue #11 item 1): one pending at a time per patient, which holds statements;
 * approved, the discount — a whole percentage of each line the patient owes that day, rounded half away from zero to
 * the cent (Money.ratio, the one rounding rule) — is written off the ledger (source `financial-assistance`) in the
 * decision's transaction; denied, statements resume.
 */
@Injectable()
export class AssistanceService {
  constructor(
    private readonly orm: MikroORM,
    private readonly ledger: LedgerWriter,
  ) {}

  async apply(context: RequestContext, patientId: string, note: string | null): Promise<AssistanceApplication> {
    return currentEntityManager(this.orm).transactional(async (em) => {
      await lockPatient(em, context, patientId);
      if ((await em.count(AssistanceApplication, { organizationId: context.organizationId, patientId, state: 'pending' })) > 0) {
        throw new ConflictError(`patient ${patientId} already has a pending financial-assistance application: decide it first`);
      }
      const application = em.create(AssistanceApplication, { organizationId: context.organizationId, patientId, note, createdBy: context.actor.id });
      await em.flush();
      return application;
    });
  }

  async ofPatient(context: RequestContext, patientId: string): Promise<AssistanceApplication[]> {
    const em = currentEntityManager(this.orm);
    await requirePatient(em, context, patientId);
    return em.find(AssistanceApplication, { organizationId: context.organizationId, patientId }, { orderBy: { createdAt: 'desc' } });
  }

  async decide(context: RequestContext, applicationId: string, decision: AssistanceDecision, now: Date = new Date()): Promise<AssistanceApplication> {
    if (decision.decision === 'approved' && (!Number.isInteger(decision.discountPercent) || decision.discountPercent < 1 || decision.discountPercent > 100)) {
      throw new ValidationError([{ field: 'discountPercent', message: 'must be a whole percentage from 1 to 100' }]);
    }
    return currentEntityManager(this.orm).transactional(async (em) => {
      const application = await em.findOne(AssistanceApplication, { id: applicationId, organizationId: context.organizationId });
      if (!application) throw new NotFoundError('financial-assistance application', applicationId);
      await lockPatient(em, context, application.patientId);
      if (application.state !== 'pending') throw new ConflictError(`application ${applicationId} was already ${application.state}`);
      const organization = await em.findOneOrFail(Organization, context.organizationId);
      const today = calendarDate(now, organization.timeZone);
      Object.assign(application, { state: decision.decision, decisionNote: decision.note, decidedBy: context.actor.id, decidedOn: today });
      if (decision.decision === 'approved') {
        application.discountPercent = decision.discountPercent;
        application.discountCents = await writeOffOwed(
          em,
          context,
          this.ledger,
          application.patientId,
          { source: 'financial-assistance', sourceId: application.id, effectiveDate: today, memo: `financial assistance: ${decision.discountPercent}% discount` },
          (line) => Money.fromCents(line.balanceCents).ratio(decision.discountPercent, 100).toJSON(),
        );
      }
      await em.flush();
      return application;
    });
  }
}
