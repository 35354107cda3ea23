import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { Money, ValidationError, type RequestContext } from '@openrcm/sdk';
import { Mailer } from '../mail/mailer';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { JobHandlerRegistry } from '../jobs/job-handler-registry';
import { StatementSettingsService } from '../statements/statement-settings.service';
import { PatientPayment } from './patient-payment.entity';
import { SEND_PAYMENT_RECEIPT_JOB } from './patient-payment.service';
import { PaymentReceipt } from './payment-receipt.entity';

/**
 * Emails a payment's receipt (the job queued with the payment): the billing office, the amount, the method, the date
 * and the payment's id — no service detail. The receipt row is written in the job's transaction, so a redelivered job
 * finds it and sends nothing again.
 */
@Injectable()
export class PaymentReceiptJob {
  constructor(
    registry: JobHandlerRegistry,
    private readonly orm: MikroORM,
    private readonly mailer: Mailer,
    private readonly settings: StatementSettingsService,
  ) {
    registry.register(SEND_PAYMENT_RECEIPT_JOB, async (context, payload) => {
      const { paymentId } = (payload ?? {}) as { paymentId?: unknown };
      if (typeof paymentId !== 'string') throw new ValidationError([{ field: 'payload.paymentId', message: 'is required' }]);
      await this.send(context, paymentId);
    });
  }

  async send(context: RequestContext, paymentId: string): Promise<void> {
    const em = currentEntityManager(this.orm);
    if ((await em.count(PaymentReceipt, { organizationId: context.organizationId, paymentId })) > 0) return;
    const payment = await em.findOneOrFail(PatientPayment, { id: paymentId, organizationId: context.organizationId });
    if (!payment.receiptEmail) return;
    const office = await this.settings.get(context);
    const amount = Money.fromCents(payment.amountCents).toDisplay();
    const sent = await this.mailer.send({
      to: [payment.receiptEmail],
      subject: `Payment receipt from ${office.billingName}: ${amount}`,
      text: [
        `Thank you. ${office.billingName} received your payment.`,
        '',
        `Amount: ${amount}`,
        `Paid by: ${payment.method === 'ach' ? 'bank transfer' : payment.method}`,
        `Date: ${payment.receivedOn}`,
        `Receipt number: ${payment.id}`,
        ...(payment.processorReference ? [`Processor reference: ${payment.processorReference}`] : []),
        '',
        office.billingPhone ? `Questions? Call ${office.billingPhone}.` : '',
      ].join('\n'),
    });
    em.create(PaymentReceipt, { organizationId: context.organizationId, paymentId, sentTo: payment.receiptEmail, messageId: sent.messageId, outboxFile: sent.outboxFile });
    await em.flush();
  }
}
