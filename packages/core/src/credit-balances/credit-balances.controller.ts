import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { listQuerySchema } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import { CreditBalanceService } from './credit-balance.service';

const RESOLVERS = ['biller', 'manager', 'admin'] as const;

const positiveCents = z.number().int('a whole number of cents').positive().refine(Number.isSafeInteger, 'too large').describe('integer cents, more than 0');
const note = z.string().trim().min(3).max(2000).describe('why, for the next person to read');

class ListCreditBalancesDto extends createZodDto(
  listQuerySchema.extend({
    payerRecordId: z.uuid().optional(),
    patientId: z.uuid().optional(),
    party: z.enum(['payer', 'patient']).optional().describe('whose account is overpaid'),
  }),
) {}

class RefundDto extends createZodDto(
  z.object({
    chargeId: z.uuid().describe('the service line'),
    coverageId: z.uuid().nullable().describe("the account: the coverage, or null for the patient's"),
    amountCents: positiveCents,
    payee: z.enum(['payer', 'patient']).describe('who gets the money back: the party whose account has the credit'),
    reference: z.string().trim().min(1).max(100).describe('the refund check or transaction number'),
    note,
  }),
) {}

class TransferDto extends createZodDto(
  z.object({
    chargeId: z.uuid().describe('the service line'),
    fromCoverageId: z.uuid().nullable().describe("the account with the credit: a coverage, or null for the patient's"),
    toCoverageId: z.uuid().nullable().describe("the account whose balance the credit pays: a coverage, or null for the patient's"),
    amountCents: positiveCents,
    note,
  }),
) {}

/** The credit balance worklist (overpaid accounts) and its resolution by refund or transfer. */
@ApiTags('credit-balances')
@Controller('organizations/:organizationId/credit-balances')
export class CreditBalancesController {
  constructor(private readonly credits: CreditBalanceService) {}

  @Get()
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'Accounts (service line × party) below zero: patient, payer, claim, credit, the date identified and, for Medicare, the refund due date (60 days)' })
  list(@Ctx() context: RequestContext, @Query() query: ListCreditBalancesDto) {
    const { limit, sort, after, ...filters } = query;
    return this.credits.list(context, filters, { limit, sort, after });
  }

  @Post('refund')
  @HttpCode(200)
  @Allow(...RESOLVERS)
  @ApiOperation({ summary: 'Refund (part of) a credit to the payer or the patient: a refund entry, never more than the credit' })
  refund(@Ctx() context: RequestContext, @Body() body: RefundDto) {
    return this.credits.refund(context, body);
  }

  @Post('transfer')
  @HttpCode(200)
  @Allow(...RESOLVERS)
  @ApiOperation({ summary: "Apply a credit to another party's balance of the same service line (a transfer)" })
  transfer(@Ctx() context: RequestContext, @Body() body: TransferDto) {
    return this.credits.transfer(context, body);
  }
}
