import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow } from '../auth/route-policy';
import { readCsvBody } from '../csv/csv-body';
import { listQuerySchema } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import { MAX_NOTE, MAX_TEXT } from './deposit-input';
import { DepositService } from './deposit.service';

/** Who reconciles deposits, and who may read them. */
const RECONCILERS = ['poster', 'biller', 'manager', 'admin'] as const;
const READERS = ['poster', 'biller', 'ar', 'manager', 'admin'] as const;

const reason = z.string().trim().min(3).max(2000).describe('why: kept in the deposit’s history');

class CreateDepositDto extends createZodDto(
  z.object({
    depositDate: z.iso.date().describe('the day the bank credited it, YYYY-MM-DD'),
    amountCents: z.number().int().refine((cents) => cents !== 0, 'a deposit of zero is no deposit').describe('the amount credited, in cents (negative for a debit)'),
    traceNumber: z.string().trim().max(MAX_TEXT).nullable().optional().describe('the trace number (the 835’s TRN02: EFT trace or check number)'),
    payerName: z.string().trim().max(MAX_TEXT).nullable().optional(),
    bankReference: z.string().trim().max(MAX_TEXT).nullable().optional().describe('the bank’s reference of the transaction'),
    note: z.string().trim().max(MAX_NOTE).nullable().optional(),
  }),
) {}

class ListDepositsDto extends createZodDto(
  listQuerySchema.extend({
    state: z.enum(['matched', 'unmatched']).optional().describe('matched to a remittance, or not'),
    sort: z.string().trim().min(1).optional().describe('depositDate, amountCents, createdAt; prefix - for descending (default -depositDate)'),
  }),
) {}

class ListUnmatchedRemittancesDto extends createZodDto(
  listQuerySchema.extend({ sort: z.string().trim().min(1).optional().describe('receivedOn, paymentDate, paymentCents; prefix - for descending (default receivedOn)') }),
) {}

class MatchDepositDto extends createZodDto(z.object({ remittanceId: z.uuid().describe('the remittance the deposit pays'), reason })) {}

class UnmatchDepositDto extends createZodDto(z.object({ reason })) {}

/** Bank deposits reconciled with remittances by trace number (TRN02) and amount (integer cents). */
@ApiTags('deposits')
@Controller('organizations/:organizationId/deposits')
export class DepositsController {
  constructor(private readonly deposits: DepositService) {}

  @Post()
  @Allow(...RECONCILERS)
  @ApiOperation({ summary: 'Enter a bank deposit; it is matched to a remittance with its trace number and amount at once' })
  create(@Ctx() context: RequestContext, @Body() body: CreateDepositDto) {
    return this.deposits.create(context, body);
  }

  @Post('import')
  @HttpCode(200)
  @Allow(...RECONCILERS)
  @ApiOperation({ summary: 'Import the bank’s deposits from CSV (columns date, amount in dollars, and optionally trace, payer, reference, note): all or none; lines already entered are skipped' })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', description: 'date,amount,trace,payer,reference\\n2026-11-02,"1,234.56",EFT100,Acme Health,B-77' } })
  async importCsv(@Ctx() context: RequestContext, @Req() request: Request) {
    return this.deposits.importCsv(context, await readCsvBody(request));
  }

  @Post('reconcile')
  @HttpCode(200)
  @Allow(...RECONCILERS)
  @ApiOperation({ summary: 'Match the unmatched deposits to the remittances no deposit matched (trace and exact amount); reports near matches and ambiguous ones' })
  reconcile(@Ctx() context: RequestContext) {
    return this.deposits.reconcile(context);
  }

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: 'Deposits, with the matched remittance or, for an unmatched one, the remittances with its trace and another amount' })
  list(@Ctx() context: RequestContext, @Query() query: ListDepositsDto) {
    return this.deposits.list(context, query.state ? { state: query.state } : {}, query);
  }

  @Get('unmatched-remittances')
  @Allow(...READERS)
  @ApiOperation({ summary: 'Posted remittances with money (BPR02 ≠ 0) that no deposit matched' })
  unmatchedRemittances(@Ctx() context: RequestContext, @Query() query: ListUnmatchedRemittancesDto) {
    return this.deposits.unmatchedRemittances(context, query);
  }

  @Get(':depositId')
  @Allow(...READERS)
  @ApiOperation({ summary: 'A deposit with its match and its history of matches and unmatches' })
  get(@Ctx() context: RequestContext, @Param('depositId', ParseUUIDPipe) depositId: string) {
    return this.deposits.get(context, depositId);
  }

  @Post(':depositId/match')
  @HttpCode(200)
  @Allow(...RECONCILERS)
  @ApiOperation({ summary: 'Match a deposit to a remittance by hand, with the reason (the amounts may differ: the difference is shown)' })
  match(@Ctx() context: RequestContext, @Param('depositId', ParseUUIDPipe) depositId: string, @Body() body: MatchDepositDto) {
    return this.deposits.match(context, depositId, body.remittanceId, body.reason);
  }

  @Post(':depositId/unmatch')
  @HttpCode(200)
  @Allow(...RECONCILERS)
  @ApiOperation({ summary: 'Undo a deposit’s match, with the reason; the matcher never pairs the two again' })
  unmatch(@Ctx() context: RequestContext, @Param('depositId', ParseUUIDPipe) depositId: string, @Body() body: UnmatchDepositDto) {
    return this.deposits.unmatch(context, depositId, body.reason);
  }
}
