import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { ListQueryDto } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import { POINT_OF_SERVICE_METHODS, type PointOfServicePayment } from './point-of-service-payment.entity';
import { PointOfServicePaymentService } from './point-of-service-payment.service';

class RecordPaymentDto extends createZodDto(
  z.object({
    amountCents: z.number().int('a whole number of cents').positive('must be more than zero').max(10_000_000, 'at most $100,000.00').describe('what the patient paid, in cents'),
    method: z.enum(POINT_OF_SERVICE_METHODS),
    reference: z.string().trim().max(50).optional().describe('the check number (required for a check) or the card authorization code'),
  }),
) {}

/** A point-of-service payment as the API shows it, with what of it is not applied to the visit's lines yet. */
function toView(payment: PointOfServicePayment, unappliedCents: number) {
  return {
    id: payment.id,
    patientId: payment.patientId,
    encounterId: payment.encounterId,
    amountCents: payment.amountCents,
    unappliedCents,
    method: payment.method,
    reference: payment.reference,
    receivedOn: payment.receivedOn,
    receivedBy: payment.receivedBy,
    createdAt: payment.createdAt.toISOString(),
  };
}

/** Payments the front desk takes at the visit (ADR 0014). */
@ApiTags('point-of-service payments')
@Controller('organizations/:organizationId/encounters/:encounterId/point-of-service-payments')
export class PointOfServicePaymentsController {
  constructor(private readonly payments: PointOfServicePaymentService) {}

  /** Records a payment for the visit; it pays what the patient owes on the visit now, the rest waits as unapplied credit. */
  @Post()
  @Allow('front-desk', 'poster', 'manager', 'admin')
  async record(@Ctx() context: RequestContext, @Param('encounterId', new ParseUUIDPipe()) encounterId: string, @Body() body: RecordPaymentDto) {
    const payment = await this.payments.record(context, encounterId, body);
    const unapplied = await this.payments.unappliedOf(context, [payment.id]);
    return toView(payment, unapplied.get(payment.id) ?? 0);
  }

  @Get()
  @Allow(...ANY_ROLE)
  async list(@Ctx() context: RequestContext, @Param('encounterId', new ParseUUIDPipe()) encounterId: string, @Query() query: ListQueryDto) {
    const page = await this.payments.ofEncounter(context, encounterId, query, (payment) => payment);
    const unapplied = await this.payments.unappliedOf(context, page.items.map((payment) => payment.id));
    return { ...page, items: page.items.map((payment) => toView(payment, unapplied.get(payment.id) ?? 0)) };
  }
}
