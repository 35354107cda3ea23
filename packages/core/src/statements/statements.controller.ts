import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { RequestContext, Role } from '@openrcm/sdk';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import { PatientAccountService } from './patient-account.service';
import { StatementRunService } from './statement-run.service';
import { StatementRunsQuery } from './statement-runs.query';
import { StatementSettingsService } from './statement-settings.service';

const READERS: Role[] = ['front-desk', 'biller', 'ar', 'manager', 'admin'];

const settingsSchema = z.object({
  runsDaily: z.boolean().describe('Whether the daily run sends statements on its own'),
  cadenceDays: z.number().int().min(1).max(365).describe('At most one statement per account in this many days'),
  statementsBeforeFinalNotice: z.number().int().min(1).max(12).describe('Regular statements before the final notice'),
  minimumBalanceCents: z.number().int().min(0).max(100_000_00).describe('Accounts owing less get no statement'),
  smallBalanceWriteOffCents: z.number().int().min(0).max(100_000_00).default(0).describe('Balances under this are written off by policy (0: never); at most the minimum balance'),
  dueInDays: z.number().int().min(1).max(120),
  billingName: z.string().trim().min(1).max(120),
  billingAddress: z.array(z.string().trim().min(1).max(80)).min(1).max(4),
  billingPhone: z.string().trim().min(7).max(30),
  notices: z.object({
    howToPay: z.string().trim().min(1).max(600),
    paymentPlans: z.string().trim().min(1).max(600),
    financialAssistance: z.string().trim().min(1).max(600),
    dispute: z.string().trim().min(1).max(600),
  }),
});
class StatementSettingsDto extends createZodDto(settingsSchema) {}

const accountChangeSchema = z
  .object({
    emailConsent: z.boolean().optional(),
    email: z.email().nullable().optional(),
    holdUntil: z.iso.date().nullable().optional().describe('No statement before this date'),
    holdReason: z.string().trim().min(1).max(300).nullable().optional(),
  })
  .strict();
class PatientAccountChangeDto extends createZodDto(accountChangeSchema) {}

class TestSendDto extends createZodDto(z.object({ to: z.email().describe('A staff address: the test statement carries made-up data only') })) {}
class OpenDisputeDto extends createZodDto(z.object({ reason: z.string().trim().min(1).max(2000) })) {}
class DisputeStepDto extends createZodDto(
  z.object({
    step: z.enum(['answer', 'resolve']).describe('answer: open → answered; resolve: open | answered → resolved'),
    note: z.string().trim().min(1).max(2000).describe('The answer given to the patient, or the resolution'),
  }),
) {}

/** Statements: the organization's policy, runs and their outcomes, patient accounts, statements sent and disputes. */
@ApiTags('statements')
@Controller('organizations/:organizationId')
export class StatementsController {
  constructor(
    private readonly settings: StatementSettingsService,
    private readonly runner: StatementRunService,
    private readonly runs: StatementRunsQuery,
    private readonly accounts: PatientAccountService,
  ) {}

  @Get('statement-settings')
  @Allow('biller', 'ar', 'manager', 'admin')
  @ApiOperation({ summary: 'The statement policy in effect (defaults until an administrator saves it)' })
  getSettings(@Ctx() context: RequestContext) {
    return this.settings.get(context);
  }

  @Put('statement-settings')
  @Allow('manager', 'admin')
  @ApiOperation({ summary: 'Saves the statement policy: cadence, final notice, minimum balance, due days, billing office, notices' })
  saveSettings(@Ctx() context: RequestContext, @Body() body: StatementSettingsDto) {
    return this.settings.save(context, body);
  }

  @Get('statement-preview.pdf')
  @Allow('biller', 'ar', 'manager', 'admin')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The organization’s statement on made-up data (its template and billing office), as PDF' })
  async previewPdf(@Ctx() context: RequestContext): Promise<StreamableFile> {
    return new StreamableFile((await this.runner.preview(context)).pdf, { type: 'application/pdf', disposition: 'inline; filename="statement-preview.pdf"' });
  }

  @Get('statement-preview.html')
  @Allow('biller', 'ar', 'manager', 'admin')
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'The organization’s statement on made-up data (its template and billing office), as HTML' })
  async previewHtml(@Ctx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<string> {
    response.type('html');
    response.setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    return (await this.runner.preview(context)).html;
  }

  @Post('statement-preview/send')
  @Allow('manager', 'admin')
  @ApiOperation({ summary: 'Emails the statement on made-up data to a staff address (a test of the template and the email channel)' })
  sendTest(@Ctx() context: RequestContext, @Body() body: TestSendDto) {
    return this.runner.sendTest(context, body.to);
  }

  @Post('statement-runs')
  @Allow('ar', 'manager', 'admin')
  @ApiOperation({ summary: 'Runs statements now: sends what is due, records every account’s outcome with its reason' })
  async run(@Ctx() context: RequestContext) {
    const run = await this.runner.run(context, 'manual');
    return this.runs.view(run);
  }

  @Get('statement-runs')
  @Allow(...READERS)
  @ApiOperation({ summary: 'The statement runs, newest first, with their counts' })
  async list(@Ctx() context: RequestContext) {
    return { items: await this.runs.list(context) };
  }

  @Get('statement-runs/:runId')
  @Allow(...READERS)
  @ApiOperation({ summary: 'One statement run with its counts' })
  getRun(@Ctx() context: RequestContext, @Param('runId', new ParseUUIDPipe()) runId: string) {
    return this.runs.get(context, runId);
  }

  @Get('statement-runs/:runId/outcomes')
  @Allow(...READERS)
  @ApiOperation({ summary: 'Each account’s outcome in a run: sent, skipped (why), failed (why) or settled, with the patient’s name' })
  async outcomes(@Ctx() context: RequestContext, @Param('runId', new ParseUUIDPipe()) runId: string) {
    return { items: await this.runs.outcomes(context, runId) };
  }

  @Get('patients/:patientId/statement-account')
  @Allow(...READERS)
  @ApiOperation({ summary: 'The patient’s statement account: state, statements sent, email consent, hold' })
  account(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string) {
    return this.accounts.get(context, patientId);
  }

  @Patch('patients/:patientId/statement-account')
  @Allow(...READERS)
  @ApiOperation({ summary: 'Changes the email consent, statement email or hold of the patient’s account' })
  changeAccount(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string, @Body() body: PatientAccountChangeDto) {
    return this.accounts.change(context, patientId, body);
  }

  @Get('patients/:patientId/statements')
  @Allow(...READERS)
  @ApiOperation({ summary: 'The statements sent to the patient, newest first, with their deliveries' })
  async statements(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string) {
    return { items: await this.accounts.statements(context, patientId) };
  }

  @Get('statements/:statementId/pdf')
  @Allow(...READERS)
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'A statement’s PDF, as sent' })
  async pdf(@Ctx() context: RequestContext, @Param('statementId', new ParseUUIDPipe()) statementId: string): Promise<StreamableFile> {
    const { statement, pdf } = await this.accounts.pdf(context, statementId);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="statement-${statement.statementDate}-${statement.id.slice(0, 8)}.pdf"` });
  }

  @Get('patients/:patientId/disputes')
  @Allow(...READERS)
  @ApiOperation({ summary: 'The patient’s disputes of their bills, newest first' })
  async disputes(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string) {
    return { items: await this.accounts.disputes(context, patientId) };
  }

  @Post('patients/:patientId/disputes')
  @Allow(...READERS)
  @ApiOperation({ summary: 'Opens a dispute: the account gets no statement while it is open or answered' })
  openDispute(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string, @Body() body: OpenDisputeDto) {
    return this.accounts.openDispute(context, patientId, body.reason);
  }

  @Post('disputes/:disputeId/steps')
  @Allow('biller', 'ar', 'manager', 'admin')
  @ApiOperation({ summary: 'Answers a dispute (open → answered) or resolves it (→ resolved, statements resume)' })
  stepDispute(@Ctx() context: RequestContext, @Param('disputeId', new ParseUUIDPipe()) disputeId: string, @Body() body: DisputeStepDto) {
    return this.accounts.stepDispute(context, disputeId, body);
  }
}
