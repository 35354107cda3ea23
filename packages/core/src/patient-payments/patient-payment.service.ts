import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { NotFoundError, type RequestContext } from '@openrcm/sdk';
import { JobQueue } from '../jobs/job-queue.service';
import { Organization } from '../organizations/organization.entity';
import { lockPatient } from '../patients/patient-exists';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { PatientAccountMover } from '../statements/patient-account.mover';
import type { PatientAccountState } from '../statements/patient-account.workflow';
import { owedLines } from '../statements/statement-ledger.query';
import { calendarDate } from '../time/calendar-date';
import { PatientPayment, type PatientPaymentChannel, type PatientPaymentMethod } from './patient-payment.entity';
import { PatientPaymentPoster, type PaymentApplication } from './patient-payment.poster';

/** Account states a payment that clears the balance settles (a plan's account settles when the plan completes). */
const SETTLED_BY_PAYMENT: readonly PatientAccountState[] = ['current', 'statement-cycle', 'final-notice'];

/** The job that emails a payment's receipt. */
export const SEND_PAYMENT_RECEIPT_JOB = 'patient-payments.send-receipt';

/** The job that recalls a patient's placements once the patient paid the clinic everything owed. */
export const RECALL_PAID_PLACEMENTS_JOB = 'collections.recall-paid-placements';

/** The job that tells the agency of a payment that leaves something owed on a placed account. */
export const REPORT_DIRECT_PAYMENT_JOB = 'collections.report-direct-payment';

/** A payment to record. */
export interface PatientPaymentInput {
  readonly amountCents: number;
  readonly method: PatientPaymentMethod;
  readonly channel: PatientPaymentChannel;
  readonly processorReference?: string | null;
  readonly reference?: string | null;
  readonly paymentPlanId?: string | null;
  readonly receiptEmail?: string | null;
  /** The service lines (charge ids) the patient asked the payment to pay first, in order; the rest go oldest first. */
  readonly applyToChargeIds?: readonly string[];
}

/** A recorded payment and the service lines it paid. */
export interface RecordedPayment {
  readonly payment: PatientPayment;
  readonly applications: readonly PaymentApplication[];
  /** False when the gateway's reference was already recorded: the earlier payment is returned, nothing is posted again. */
  readonly created: boolean;
}

/**
 * Patient payments: the receipt row, the ledger entries that apply it (oldest date of service first) and the receipt
 * email's job, in one transaction under the patient's lock — all or nothing. A gateway reference seen before returns
 * the earlier payment.
 */
@Injectable()
export class PatientPaymentService {
  constructor(
    private readonly orm: MikroORM,
    private readonly poster: PatientPaymentPoster,
    private readonly jobs: JobQueue,
    private readonly accounts: PatientAccountMover,
  ) {}

  async record(context: RequestContext, patientId: string, input: PatientPaymentInput, now: Date = new Date()): Promise<RecordedPayment> {
    return currentEntityManager(this.orm).transactional((em) => this.recordIn(em, context, patientId, input, now));
  }

  /** Records a payment in the caller's transaction. */
  async recordIn(em: EntityManager, context: RequestContext, patientId: string, input: PatientPaymentInput, now: Date = new Date()): Promise<RecordedPayment> {
    await lockPatient(em, context, patientId);
    if (input.processorReference) {
      const earlier = await em.findOne(PatientPayment, { organizationId: context.organizationId, processorReference: input.processorReference });
      if (earlier) return { payment: earlier, applications: [], created: false };
    }
    const organization = await em.findOneOrFail(Organization, context.organizationId);
    const payment = em.create(PatientPayment, {
      organizationId: context.organizationId,
      patientId,
      amountCents: input.amountCents,
      method: input.method,
      channel: input.channel,
      processorReference: input.processorReference ?? null,
      reference: input.reference?.trim() || null,
      paymentPlanId: input.paymentPlanId ?? null,
      receivedOn: calendarDate(now, organization.timeZone),
      receivedBy: context.actor.id,
      receiptEmail: input.receiptEmail ?? null,
    });
    await em.flush();
    const applications = await this.poster.post(em, context, payment, input.applyToChargeIds ?? []);
    await em.flush();
    await this.settleWhenPaid(em, context, payment);
    if (payment.receiptEmail) await this.jobs.enqueue(context, SEND_PAYMENT_RECEIPT_JOB, { paymentId: payment.id }, { idempotencyKey: `receipt:${payment.id}` });
    return { payment, applications, created: true };
  }

  /**
   * A payment that leaves nothing owed marks an account in its statement cycle paid at once (a plan completes in its
   * daily pass); a placed account paid off at the clinic is recalled from the agency by a job, and a payment that
   * leaves something owed on it is reported to the agency by another (the agency is called outside this transaction).
   */
  private async settleWhenPaid(em: EntityManager, context: RequestContext, payment: PatientPayment): Promise<void> {
    const { patientId, receivedOn } = payment;
    const account = await this.accounts.accountOf(em, context.organizationId, patientId);
    if (account.state === 'collections') {
      const paidOff = (await owedLines(em, context.organizationId, patientId)).length === 0;
      if (paidOff) await this.jobs.enqueue(context, RECALL_PAID_PLACEMENTS_JOB, { patientId }, { idempotencyKey: `recall-paid:${patientId}:${receivedOn}` });
      else await this.jobs.enqueue(context, REPORT_DIRECT_PAYMENT_JOB, { paymentId: payment.id }, { idempotencyKey: `direct-payment:${payment.id}` });
      return;
    }
    if (!SETTLED_BY_PAYMENT.includes(account.state)) return;
    if ((await owedLines(em, context.organizationId, patientId)).length > 0) return;
    await this.accounts.move(context, account, ['settle'], receivedOn, true);
  }

  async ofPatient(context: RequestContext, patientId: string): Promise<PatientPayment[]> {
    const em = currentEntityManager(this.orm);
    if ((await em.count(PatientPayment, { organizationId: context.organizationId, patientId })) === 0) {
      const exists = await em.execute('select 1 from patient where id = ? and organization_id = ?', [patientId, context.organizationId]);
      if (exists.length === 0) throw new NotFoundError('patient', patientId);
    }
    return em.find(PatientPayment, { organizationId: context.organizationId, patientId }, { orderBy: { createdAt: 'desc' } });
  }
}
