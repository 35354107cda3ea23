import { MikroORM } from '@mikro-orm/core';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { NotFoundError, type RequestContext } from '@openrcm/sdk';
import { Allow } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import { Patient } from '../patients/patient.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { PointOfServicePaymentService } from '../point-of-service/point-of-service-payment.service';
import { LedgerBalances } from './ledger-balances';
import { LedgerReportService } from './ledger-report.service';

/** The ledger's checks and totals (amounts in integer cents). */
@ApiTags('ledger')
@Controller('organizations/:organizationId/ledger')
export class LedgerController {
  constructor(
    private readonly reports: LedgerReportService,
    private readonly orm: MikroORM,
    private readonly pointOfService: PointOfServicePaymentService,
  ) {}

  /** Recomputes the ledger's invariants from its entries: the checks run and every violation with the rows that break it. */
  @Post('verify')
  @HttpCode(200)
  @Allow('admin', 'manager')
  async verify(@Ctx() context: RequestContext) {
    return this.reports.verify(context);
  }

  /** What each payer still owes across all patients, from the ledger's entries. */
  @Get('balances/payers')
  @Allow('admin', 'manager', 'poster', 'biller', 'ar')
  async payerBalances(@Ctx() context: RequestContext) {
    return { items: await new LedgerBalances(currentEntityManager(this.orm)).byPayer(context.organizationId) };
  }

  /**
   * A patient's account: what each of the patient's coverages still owes, and what the patient owes, from the ledger's
   * entries; and the point-of-service money not applied to a service line yet (ADR 0014).
   */
  @Get('balances/patients/:patientId')
  @Allow('admin', 'manager', 'poster', 'biller', 'ar', 'front-desk')
  async patientBalances(@Ctx() context: RequestContext, @Param('patientId', ParseUUIDPipe) patientId: string) {
    const em = currentEntityManager(this.orm);
    if (!(await em.findOne(Patient, { id: patientId, organizationId: context.organizationId }, { fields: ['id'] }))) throw new NotFoundError('patient', patientId);
    const items = await new LedgerBalances(em).ofPatient(context.organizationId, patientId);
    return { patientId, items, unappliedCreditCents: await this.pointOfService.unappliedCreditOf(context, patientId) };
  }

  /** Totals by entry kind; posted remittances by payer and in total (paid, CAS by group and reason, PLB); provider-level entries; claims by state. */
  @Get('summary')
  @Allow('admin', 'manager', 'poster', 'biller', 'ar')
  async summary(@Ctx() context: RequestContext) {
    return this.reports.summary(context);
  }
}
