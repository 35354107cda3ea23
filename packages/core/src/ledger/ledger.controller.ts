import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { Allow } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import { LedgerReportService } from './ledger-report.service';

/** The ledger's checks and totals (amounts in integer cents). */
@ApiTags('ledger')
@Controller('organizations/:organizationId/ledger')
export class LedgerController {
  constructor(private readonly reports: LedgerReportService) {}

  /** Recomputes the ledger's invariants from its entries: the checks run and every violation with the rows that break it. */
  @Post('verify')
  @HttpCode(200)
  @Allow('admin', 'manager')
  async verify(@Ctx() context: RequestContext) {
    return this.reports.verify(context);
  }

  /** Totals by entry kind; posted remittances by payer and in total (paid, CAS by group and reason, PLB); provider-level entries; claims by state. */
  @Get('summary')
  @Allow('admin', 'manager', 'poster', 'biller', 'ar')
  async summary(@Ctx() context: RequestContext) {
    return this.reports.summary(context);
  }
}
