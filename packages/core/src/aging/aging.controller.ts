import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import { AGING_PARTIES } from './aging-accounts.query';
import { AGING_BASES, AgingService } from './aging.service';

class AgingQueryDto extends createZodDto(
  z.object({
    by: z.enum(AGING_PARTIES).default('payer').describe('payer: what each payer owes; patient: what each patient owes'),
    basis: z.enum(AGING_BASES).default('service-date').describe('age from the date of service, or from the first bill date (the first 837P submission of the service line)'),
    asOf: z.iso.date().optional().describe('age as of this calendar date (ledger entries effective on or before it); default today'),
  }),
) {}

/** Accounts-receivable aging from the ledger. */
@ApiTags('aging')
@Controller('organizations/:organizationId/aging')
export class AgingController {
  constructor(private readonly aging: AgingService) {}

  @Get()
  @Allow('ar', 'biller', 'poster', 'manager', 'admin')
  @ApiOperation({ summary: 'Open balances by payer or patient in 0–30, 31–60, 61–90, 91–120 and 121+ day buckets (cents), with credit balances apart' })
  report(@Ctx() context: RequestContext, @Query() query: AgingQueryDto) {
    return this.aging.report(context, { by: query.by, basis: query.basis, ...(query.asOf ? { asOf: query.asOf } : {}) });
  }
}
