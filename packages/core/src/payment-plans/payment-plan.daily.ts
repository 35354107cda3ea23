import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { Money, type PaymentGateway, type RequestContext } from '@openrcm/sdk';
import type { Logger } from 'pino';
import { Guarantor } from '../guarantors/guarantor.entity';
import { ROOT_LOGGER } from '../logging/logger';
import { Mailer } from '../mail/mailer';
import { Organization } from '../organizations/organization.entity';
import { PatientPaymentService } from '../patient-payments/patient-payment.service';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { PluginHost } from '../plugins/plugin-host.service';
import { PatientAccount } from '../statements/patient-account.entity';
import { StatementSettingsService } from '../statements/statement-settings.service';
import { calendarDate } from '../time/calendar-date';
import { PaymentPlan } from './payment-plan.entity';
import { paidSince, PaymentPlanService } from './payment-plan.service';
import { planStanding, type PlanStanding } from './plan-schedule';

/** What one day's pass over the plans did. */
export interface PlanDayResult {
  readonly charged: number;
  readonly chargeFailures: number;
  readonly reminded: number;
  readonly completed: number;
  readonly broken: number;
}

/**
 * The daily pass over an organization's active plans: autopay charges the installment due today (or a missed one,
 * each day of the grace) through the payment gateway; a plan paid off completes (the account is settled when nothing
 * is owed); a missed installment gets one reminder email; a plan past its grace breaks and the account returns to the
 * final notice.
 */
@Injectable()
export class PaymentPlanDaily {
  constructor(
    private readonly orm: MikroORM,
    private readonly plans: PaymentPlanService,
    private readonly payments: PatientPaymentService,
    private readonly plugins: PluginHost,
    private readonly mailer: Mailer,
    private readonly settings: StatementSettingsService,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  async run(context: RequestContext, now: Date = new Date()): Promise<PlanDayResult> {
    const em = currentEntityManager(this.orm).fork();
    const organization = await em.findOneOrFail(Organization, context.organizationId);
    const today = calendarDate(now, organization.timeZone);
    const gateway = this.plugins.contributions(context.organizationId, 'payment-gateway')[0];
    const result = { charged: 0, chargeFailures: 0, reminded: 0, completed: 0, broken: 0 };
    const plans = await em.find(PaymentPlan, { organizationId: context.organizationId, state: 'active' }, { orderBy: { createdAt: 'asc' } });
    for (const plan of plans) {
      let standing = planStanding(plan, await paidSince(em, plan), today);
      const charge = autopayCharge(plan, standing, today);
      if (charge && gateway) {
        const charged = await this.charge(context, gateway, plan, charge, now);
        result[charged ? 'charged' : 'chargeFailures'] += 1;
        if (charged) standing = planStanding(plan, await paidSince(em, plan), today);
      }
      await em.transactional(async (tx) => {
        const current = await tx.findOneOrFail(PaymentPlan, plan.id);
        if (standing.standing === 'paid-off') {
          await this.plans.end(tx, context, current, 'completed', today);
          result.completed += 1;
        } else if (standing.standing === 'broken') {
          await this.plans.end(tx, context, current, 'broken', today);
          result.broken += 1;
        } else if (standing.standing === 'late' && current.remindedFor !== standing.missedDueOn) {
          if (await this.remind(tx, context, current, standing)) result.reminded += 1;
        }
      });
    }
    return result;
  }

  /** Charges through the gateway and records the payment; a decline is logged and the reminder follows. */
  private async charge(context: RequestContext, gateway: PaymentGateway, plan: PaymentPlan, charge: { dueOn: string; amountCents: number }, now: Date): Promise<boolean> {
    const answer = await gateway.charge(context, { paymentMethodToken: plan.paymentMethodToken as string, amountCents: charge.amountCents, idempotencyKey: `plan:${plan.id}:${charge.dueOn}` });
    if (answer.status !== 'SUCCESS') {
      this.logger.warn({ organizationId: context.organizationId, planId: plan.id, status: answer.status }, 'autopay charge did not succeed');
      return false;
    }
    const account = await currentEntityManager(this.orm).findOne(PatientAccount, { organizationId: context.organizationId, patientId: plan.patientId });
    await this.payments.record(
      context,
      plan.patientId,
      { amountCents: answer.value.amountCents, method: answer.value.method, channel: 'autopay', processorReference: answer.value.processorReference, paymentPlanId: plan.id, receiptEmail: account?.emailConsent ? account.email : null },
      now,
    );
    return true;
  }

  /** Emails the reminder of a missed installment to the account's address (with consent) or the guarantor's. */
  private async remind(em: EntityManager, context: RequestContext, plan: PaymentPlan, standing: Extract<PlanStanding, { standing: 'late' }>): Promise<boolean> {
    const account = await em.findOne(PatientAccount, { organizationId: context.organizationId, patientId: plan.patientId });
    const guarantor = await em.findOne(Guarantor, { organizationId: context.organizationId, patientId: plan.patientId });
    const to = (account?.emailConsent ? account.email : null) ?? guarantor?.email ?? null;
    if (!to) {
      this.logger.warn({ organizationId: context.organizationId, planId: plan.id }, 'missed installment: no email address to remind');
      return false;
    }
    const office = await this.settings.get(context);
    const short = Money.fromCents(standing.shortCents).toDisplay();
    await this.mailer.send({
      to: [to],
      subject: `Payment plan reminder from ${office.billingName}: ${short} was due ${standing.missedDueOn}`,
      text: [
        `Your payment plan installment due ${standing.missedDueOn} has not been received: ${short} is past due.`,
        `Please pay by ${standing.breaksAfter} to keep your plan. After that date the plan ends and the whole balance is due.`,
        office.billingPhone ? `To pay or change your plan, call ${office.billingPhone}.` : '',
      ].join('\n'),
    });
    plan.remindedFor = standing.missedDueOn;
    await em.flush();
    return true;
  }
}

/** The installment autopay charges today, if any: the one due today, or a missed one during its grace. */
function autopayCharge(plan: PaymentPlan, standing: PlanStanding, today: string): { dueOn: string; amountCents: number } | null {
  if (!plan.autopay || !plan.paymentMethodToken) return null;
  if (standing.standing === 'current' && standing.nextDueOn === today) return { dueOn: today, amountCents: standing.nextDueCents };
  if (standing.standing === 'late') return { dueOn: standing.missedDueOn, amountCents: standing.shortCents };
  return null;
}
