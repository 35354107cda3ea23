import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ConflictError, ExternalServiceError, NotFoundError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { patientAccount } from '../ledger/ledger-account';
import { LedgerWriter } from '../ledger/ledger.writer';
import { Organization } from '../organizations/organization.entity';
import { lockPatient } from '../patients/patient-exists';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { PluginHost } from '../plugins/plugin-host.service';
import { PatientAccountMover } from '../statements/patient-account.mover';
import { calendarDate } from '../time/calendar-date';
import { PatientPayment } from './patient-payment.entity';
import { PaymentReturn, type PaymentReturnKind } from './payment-return.entity';

/** A refund or chargeback to record. */
export interface PaymentReturnInput {
  readonly amountCents: number;
  readonly reason: string;
  /** A chargeback's reference at the processor (a refund's comes from the gateway). */
  readonly processorReference?: string | null;
}

/**
 * Refunds and chargebacks of patient payments (issue #11 item 3). A refund of a card or ACH payment goes through the
 * organization's payment gateway first (idempotent by key, so a retried request refunds once) and is recorded only
 * when the processor settled it; a cash or check refund is recorded as made. A chargeback is recorded as the processor
 * reported it. Either is at most what the payment has left, and re-opens that much of the lines it paid, the last
 * applied first; an account that was paid returns to `current`.
 */
@Injectable()
export class PaymentReturnService {
  constructor(
    private readonly orm: MikroORM,
    private readonly ledger: LedgerWriter,
    private readonly plugins: PluginHost,
    private readonly accounts: PatientAccountMover,
  ) {}

  async refund(context: RequestContext, paymentId: string, input: PaymentReturnInput, now: Date = new Date()): Promise<PaymentReturn> {
    const payment = await this.payment(currentEntityManager(this.orm), context, paymentId);
    await this.assertWithin(currentEntityManager(this.orm), payment, input.amountCents);
    let processorReference: string | null = null;
    if (payment.processorReference) {
      const gateway = this.plugins.contributions(context.organizationId, 'payment-gateway')[0];
      if (!gateway) throw new ConflictError('no payment gateway is enabled to refund a card or bank payment through');
      const returned = await currentEntityManager(this.orm).count(PaymentReturn, { organizationId: context.organizationId, paymentId });
      const answer = await gateway.refund(context, { processorReference: payment.processorReference, amountCents: input.amountCents, idempotencyKey: `refund:${paymentId}:${returned + 1}` });
      if (answer.status !== 'SUCCESS') throw new ExternalServiceError(`the processor did not refund: ${answer.status === 'FAILURE' ? answer.reason : answer.status}`, gateway.id, answer.status === 'EXCEPTION' && answer.retryable);
      processorReference = answer.value.processorReference;
    }
    return this.record(context, payment, 'refund', { ...input, processorReference }, now);
  }

  async chargeback(context: RequestContext, paymentId: string, input: PaymentReturnInput, now: Date = new Date()): Promise<PaymentReturn> {
    const payment = await this.payment(currentEntityManager(this.orm), context, paymentId);
    if (payment.method !== 'card' && payment.method !== 'ach') throw new ConflictError(`a ${payment.method} payment cannot be charged back`);
    return this.record(context, payment, 'chargeback', input, now);
  }

  async ofPayment(context: RequestContext, paymentId: string): Promise<PaymentReturn[]> {
    const em = currentEntityManager(this.orm);
    await this.payment(em, context, paymentId);
    return em.find(PaymentReturn, { organizationId: context.organizationId, paymentId }, { orderBy: { createdAt: 'asc' } });
  }

  private async record(context: RequestContext, payment: PatientPayment, kind: PaymentReturnKind, input: PaymentReturnInput, now: Date): Promise<PaymentReturn> {
    return currentEntityManager(this.orm).transactional(async (em) => {
      await lockPatient(em, context, payment.patientId);
      await this.assertWithin(em, payment, input.amountCents);
      const organization = await em.findOneOrFail(Organization, context.organizationId);
      const today = calendarDate(now, organization.timeZone);
      const row = em.create(PaymentReturn, {
        organizationId: context.organizationId,
        paymentId: payment.id,
        patientId: payment.patientId,
        kind,
        amountCents: input.amountCents,
        reason: input.reason,
        processorReference: input.processorReference ?? null,
        returnedOn: today,
        recordedBy: context.actor.id,
      });
      await em.flush();
      await this.reopenLines(em, context, payment, row, today);
      const account = await this.accounts.accountOf(em, context.organizationId, payment.patientId);
      if (account.state === 'paid') await this.accounts.move(context, account, ['new-balance'], today, true);
      return row;
    });
  }

  /** `refund` entries on the lines the payment paid, the last applied first, never more than it paid there. */
  private async reopenLines(em: EntityManager, context: RequestContext, payment: PatientPayment, row: PaymentReturn, today: string): Promise<void> {
    const lines = await em.execute<{ charge_id: string; paid: string }[]>(
      `select charge_id, (-sum(amount_cents))::text as paid, max(created_at) as last
         from ledger_entry where organization_id = ? and source = 'statement-payment' and source_id = ?
        group by charge_id having -sum(amount_cents) > 0 order by max(created_at) desc, charge_id desc`,
      [context.organizationId, payment.id],
    );
    let left = row.amountCents;
    for (const line of lines) {
      if (left === 0) break;
      const amountCents = Math.min(left, Number(line.paid));
      this.ledger.refund(
        em,
        context,
        { source: 'statement-payment', sourceId: payment.id, sourceItemId: row.id, effectiveDate: today, reference: row.processorReference, memo: `${row.kind} of a patient payment: ${row.reason}` },
        { account: patientAccount(line.charge_id, payment.patientId), line: { claimId: null, claimLineId: null }, amountCents },
      );
      left -= amountCents;
    }
    await em.flush();
  }

  private async payment(em: EntityManager, context: RequestContext, paymentId: string): Promise<PatientPayment> {
    const payment = await em.findOne(PatientPayment, { id: paymentId, organizationId: context.organizationId });
    if (!payment) throw new NotFoundError('patient payment', paymentId);
    return payment;
  }

  private async assertWithin(em: EntityManager, payment: PatientPayment, amountCents: number): Promise<void> {
    const rows = await em.execute<{ returned: string }[]>(`select coalesce(sum(amount_cents), 0)::text as returned from payment_return where organization_id = ? and payment_id = ?`, [payment.organizationId, payment.id]);
    const left = payment.amountCents - Number(rows[0]?.returned ?? 0);
    if (!Number.isSafeInteger(amountCents) || amountCents <= 0 || amountCents > left) {
      throw new ValidationError([{ field: 'amountCents', message: `must be a whole number of cents from 1 to what the payment has left (${left} cents)` }]);
    }
  }
}
