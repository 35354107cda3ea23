import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestContext, Role } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import type { PatientPayment } from './patient-payment.entity';
import { PatientPaymentService } from './patient-payment.service';
import type { PaymentReturn } from './payment-return.entity';
import { PaymentReturnService } from './payment-return.service';

const PAYMENT_STAFF: Role[] = ['front-desk', 'biller', 'poster', 'ar', 'manager', 'admin'];

const staffPayment = z
  .object({
    amountCents: z.number().int().positive(),
    method: z.enum(['cash', 'check', 'card']).describe('card: taken by phone on the processor’s own terminal; the reference is its authorization'),
    reference: z.string().trim().min(1).max(60).optional().describe('The check number (required for a check) or the card authorization'),
    receiptEmail: z.email().optional(),
    applyToChargeIds: z.array(z.uuid()).max(50).optional().describe('The service lines (charge ids) the patient asked to pay first, in order; the rest are paid oldest first'),
  })
  .refine((body) => body.method !== 'check' || body.reference !== undefined, { path: ['reference'], message: 'the check number is required for a check' });
class StaffPaymentDto extends createZodDto(staffPayment) {}

/** Payments of patient balances taken by staff (phone, mail, desk), and the patient's payments with their receipts. */
@ApiTags('patient-payments')
@Controller('organizations/:organizationId/patients/:patientId/payments')
export class PatientPaymentsController {
  constructor(private readonly payments: PatientPaymentService) {}

  @Get()
  @Allow(...PAYMENT_STAFF)
  @ApiOperation({ summary: 'The patient’s payments of their balance, newest first' })
  async list(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string) {
    return { items: (await this.payments.ofPatient(context, patientId)).map(paymentView) };
  }

  @Post()
  @Allow(...PAYMENT_STAFF)
  @ApiOperation({ summary: 'Records a payment of the patient’s balance, applied oldest date of service first; a receipt is emailed when an address is given' })
  async record(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string, @Body() body: StaffPaymentDto) {
    const recorded = await this.payments.record(context, patientId, { ...body, channel: 'staff', receiptEmail: body.receiptEmail ?? null });
    return { ...paymentView(recorded.payment), applications: recorded.applications };
  }
}

const paymentReturn = z.object({
  amountCents: z.number().int().positive(),
  reason: z.string().trim().min(1).max(500).describe('Why the money goes back'),
});
class RefundDto extends createZodDto(paymentReturn) {}
class ChargebackDto extends createZodDto(paymentReturn.extend({ processorReference: z.string().trim().min(1).max(120).optional().describe('The processor’s id of the chargeback') })) {}

/** Refunds and chargebacks of a patient payment. */
@ApiTags('patient-payments')
@Controller('organizations/:organizationId/patient-payments/:paymentId')
export class PaymentReturnsController {
  constructor(private readonly returns: PaymentReturnService) {}

  @Get('returns')
  @Allow(...PAYMENT_STAFF)
  @ApiOperation({ summary: 'The refunds and chargebacks of a payment, oldest first' })
  async list(@Ctx() context: RequestContext, @Param('paymentId', new ParseUUIDPipe()) paymentId: string) {
    return { items: (await this.returns.ofPayment(context, paymentId)).map(returnView) };
  }

  @Post('refunds')
  @Allow('biller', 'poster', 'ar', 'manager', 'admin')
  @ApiOperation({ summary: 'Refunds part or all of a payment (through the payment gateway for a card or bank payment); the patient owes that much again' })
  async refund(@Ctx() context: RequestContext, @Param('paymentId', new ParseUUIDPipe()) paymentId: string, @Body() body: RefundDto) {
    return returnView(await this.returns.refund(context, paymentId, body));
  }

  @Post('chargebacks')
  @Allow('biller', 'poster', 'ar', 'manager', 'admin')
  @ApiOperation({ summary: 'Records a chargeback the processor reported on a card or bank payment; the patient owes that much again' })
  async chargeback(@Ctx() context: RequestContext, @Param('paymentId', new ParseUUIDPipe()) paymentId: string, @Body() body: ChargebackDto) {
    return returnView(await this.returns.chargeback(context, paymentId, body));
  }
}

function returnView(row: PaymentReturn) {
  const { id, paymentId, patientId, kind, amountCents, reason, processorReference, returnedOn, recordedBy, createdAt } = row;
  return { id, paymentId, patientId, kind, amountCents, reason, processorReference, returnedOn, recordedBy, createdAt };
}

/** A payment as the API shows it. */
export function paymentView(payment: PatientPayment) {
  const { id, patientId, amountCents, method, channel, processorReference, reference, paymentPlanId, receivedOn, receivedBy, receiptEmail, createdAt } = payment;
  return { id, patientId, amountCents, method, channel, processorReference, reference, paymentPlanId, receivedOn, receivedBy, receiptEmail, createdAt };
}
