import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestContext, Role } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import { PAYMENT_PLAN_CADENCES, type PaymentPlan } from './payment-plan.entity';
import { PaymentPlanService } from './payment-plan.service';

const PLAN_STAFF: Role[] = ['front-desk', 'biller', 'ar', 'manager', 'admin'];

const planTerms = z.object({
  installmentCents: z.number().int().positive().describe('Each installment, in cents (the last one is what is left)'),
  cadence: z.enum(PAYMENT_PLAN_CADENCES),
  firstDueOn: z.iso.date(),
  graceDays: z.number().int().min(0).max(90).optional().describe('Days after a missed installment before the plan breaks (default 15)'),
  autopay: z.boolean().optional().describe('The patient consented to installments charged through the payment gateway'),
  paymentMethodToken: z.string().trim().min(1).max(200).nullable().optional().describe('The gateway’s token of the card or bank account (never the number)'),
});
class CreatePaymentPlanDto extends createZodDto(planTerms) {}
class ChangePaymentPlanDto extends createZodDto(planTerms.pick({ installmentCents: true, graceDays: true, autopay: true, paymentMethodToken: true }).partial().strict()) {}

/** Payment plans: made for what a patient owes, changed, cancelled; their standing computed from the payments. */
@ApiTags('payment-plans')
@Controller('organizations/:organizationId')
export class PaymentPlansController {
  constructor(private readonly plans: PaymentPlanService) {}

  @Get('patients/:patientId/payment-plans')
  @Allow(...PLAN_STAFF)
  @ApiOperation({ summary: 'The patient’s payment plans, newest first, the active one with its standing today' })
  async list(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string) {
    const plans = await this.plans.ofPatient(context, patientId);
    return { items: plans.map(({ plan, paidCents, standing }) => ({ ...planView(plan), paidCents, standing })) };
  }

  @Post('patients/:patientId/payment-plans')
  @Allow(...PLAN_STAFF)
  @ApiOperation({ summary: 'Makes a payment plan for the patient’s whole balance; the account moves to payment-plan' })
  async create(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string, @Body() body: CreatePaymentPlanDto) {
    return planView(await this.plans.create(context, patientId, body));
  }

  @Patch('payment-plans/:planId')
  @Allow(...PLAN_STAFF)
  @ApiOperation({ summary: 'Changes an active plan’s installment, grace days or autopay' })
  async change(@Ctx() context: RequestContext, @Param('planId', new ParseUUIDPipe()) planId: string, @Body() body: ChangePaymentPlanDto) {
    return planView(await this.plans.change(context, planId, body));
  }

  @Post('payment-plans/:planId/cancel')
  @Allow('biller', 'ar', 'manager', 'admin')
  @ApiOperation({ summary: 'Cancels an active plan; the account returns to the final notice' })
  async cancel(@Ctx() context: RequestContext, @Param('planId', new ParseUUIDPipe()) planId: string) {
    return planView(await this.plans.cancel(context, planId));
  }
}

/** A plan as the API shows it: the gateway token is never returned, only whether autopay has one. */
function planView(plan: PaymentPlan) {
  const { id, patientId, state, totalCents, installmentCents, cadence, firstDueOn, startedOn, graceDays, autopay, remindedFor, endedOn, createdBy, createdAt } = plan;
  return { id, patientId, state, totalCents, installmentCents, cadence, firstDueOn, startedOn, graceDays, autopay, hasPaymentMethod: plan.paymentMethodToken !== null, remindedFor, endedOn, createdBy, createdAt };
}
