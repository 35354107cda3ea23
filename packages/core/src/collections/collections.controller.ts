import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { RequestContext, Role } from '@openrcm/sdk';
import type { Request, Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import { readFileBody } from '../http/text-body';
import { AgencyFileImporter } from './agency-file.importer';
import { CollectionCommunicationsService } from './collection-communications.service';
import { CollectionDisputesService } from './collection-disputes.service';
import { OPT_OUT_CHANNELS } from './collection-opt-out.entity';
import { AGENCY_FEE_POSTINGS } from './collection-settings.entity';
import { CollectionSettingsService } from './collection-settings.service';
import { CollectionsQuery } from './collections.query';
import { PlacementProposalService } from './placement-proposal.service';
import { PLACEMENT_STATES } from './placement.entity';
import { PlacementService } from './placement.service';
import { ValidationNoticeService } from './validation-notice.service';

const READERS: Role[] = ['ar', 'manager', 'admin'];
const WORKERS: Role[] = ['ar', 'manager', 'admin'];
const APPROVERS: Role[] = ['manager', 'admin'];
const MAX_AGENCY_FILE_BYTES = 20 * 1024 * 1024;
const AGENCY_FILE_TYPES = ['text/csv', 'text/plain', 'application/octet-stream'] as const;

const creditRule = z
  .object({
    reportingAllowed: z.boolean(),
    minimumInitialBalanceCents: z.number().int().min(0),
    waitingDays: z.number().int().min(0).max(3650),
    noticeWaitDays: z.number().int().min(0).max(365),
  })
  .partial();

class CollectionSettingsDto extends createZodDto(
  z.object({
    minDaysSinceFirstStatement: z.number().int().min(0).max(3650).describe('Days from the first statement of the cycle before an account may be placed'),
    finalNoticeWaitDays: z.number().int().min(0).max(365).describe('Days after the final notice before it counts as expired'),
    minimumBalanceCents: z.number().int().min(0).max(100_000_000).describe('The smallest balance placed'),
    agencyFeePosting: z.enum(AGENCY_FEE_POSTINGS).describe('gross: the whole payment posts and the fee is the agency’s expense; net: what the agency remits posts and its fee is written off'),
    connectorId: z.string().trim().min(1).max(100).nullable().describe('The collection agency connector (null: the only one enabled)'),
    collectorHours: z.string().trim().min(1).max(200).describe('Hours printed on validation notices sent in the clinic’s name'),
    creditReporting: z.object({ defaults: creditRule.default({}), states: z.record(z.string(), creditRule).default({}) }).describe('Credit reporting rules, by state where the law differs'),
  }),
) {}
class ApproveDto extends createZodDto(z.object({ leaveOut: z.array(z.uuid()).max(10_000).default([]).describe('Patients proposed in the batch the manager does not place') })) {}
class RejectDto extends createZodDto(z.object({ reason: z.string().trim().min(1).max(1000) })) {}
class RecallDto extends createZodDto(z.object({ placementIds: z.array(z.uuid()).min(1).max(10_000), reason: z.string().trim().min(1).max(1000) })) {}
class PlacementsQueryDto extends createZodDto(z.object({ state: z.enum(PLACEMENT_STATES).optional(), patientId: z.uuid().optional() })) {}
class UploadQueryDto extends createZodDto(z.object({ fileName: z.string().trim().min(1).max(200).describe('The file’s name as the agency sent it') })) {}
const timeZones = z.array(z.string().min(1).max(64)).max(4).default([]).describe('The debtor’s IANA time zones when known (address, phone); else those of the debtor’s state, else every US zone');
class CallDto extends createZodDto(
  z.object({
    at: z.iso.datetime({ offset: true }).describe('When the call is (about to be) placed (an instant)'),
    initiatedBy: z.enum(['collector', 'consumer']),
    connected: z.boolean(),
    conversation: z.boolean(),
    consentGivenAt: z.iso.datetime({ offset: true }).optional().describe('When the debtor consented to this call, if they did'),
    timeZones,
    note: z.string().trim().min(1).max(2000),
  }),
) {}
class CallCheckDto extends createZodDto(z.object({ at: z.iso.datetime({ offset: true }), timeZones: z.union([z.string(), z.array(z.string())]).optional() })) {}
class EmailDto extends createZodDto(z.object({ subject: z.string().trim().min(1).max(200), text: z.string().trim().min(1).max(10_000), timeZones })) {}
class OptOutDto extends createZodDto(z.object({ channel: z.enum(OPT_OUT_CHANNELS), note: z.string().trim().max(1000).optional() })) {}
class DisputeDto extends createZodDto(
  z.object({
    medium: z.enum(['paper', 'electronic', 'oral']).describe('paper or electronic: in writing'),
    receivedOn: z.iso.date(),
    disputedCents: z.number().int().min(1),
    note: z.string().trim().min(1).max(2000),
  }),
) {}
class VerificationDto extends createZodDto(z.object({ sentOn: z.iso.date(), verification: z.string().trim().min(1).max(2000).describe('What was sent to the debtor') })) {}

/** Collections: the policy, placement proposals and approvals, placed accounts and recalls, agency files, and Regulation F communications. */
@ApiTags('collections')
@Controller('organizations/:organizationId')
export class CollectionsController {
  constructor(
    private readonly settings: CollectionSettingsService,
    private readonly proposals: PlacementProposalService,
    private readonly placements: PlacementService,
    private readonly query: CollectionsQuery,
    private readonly files: AgencyFileImporter,
    private readonly communications: CollectionCommunicationsService,
    private readonly disputes: CollectionDisputesService,
    private readonly notices: ValidationNoticeService,
  ) {}

  @Get('collection-settings')
  @Allow(...READERS)
  @ApiOperation({ summary: 'The collections policy in effect (defaults until a manager saves it)' })
  getSettings(@Ctx() context: RequestContext) {
    return this.settings.get(context);
  }

  @Put('collection-settings')
  @Allow(...APPROVERS)
  @ApiOperation({ summary: 'Saves the collections policy: placement rules, agency fee posting, the connector, credit reporting by state' })
  saveSettings(@Ctx() context: RequestContext, @Body() body: CollectionSettingsDto) {
    return this.settings.save(context, body);
  }

  @Post('collection-placement-batches')
  @Allow(...WORKERS)
  @ApiOperation({ summary: 'Proposes a placement batch: every owing account decided against the rules, with the reasons of each one left out' })
  propose(@Ctx() context: RequestContext) {
    return this.proposals.propose(context);
  }

  @Get('collection-placement-batches')
  @Allow(...READERS)
  @ApiOperation({ summary: 'Placement batches, newest first' })
  batches(@Ctx() context: RequestContext) {
    return this.query.batches(context);
  }

  @Get('collection-placement-batches/:batchId')
  @Allow(...READERS)
  @ApiOperation({ summary: 'A placement batch with each account’s decision and reasons' })
  batch(@Ctx() context: RequestContext, @Param('batchId', ParseUUIDPipe) batchId: string) {
    return this.query.batch(context, batchId);
  }

  @Post('collection-placement-batches/:batchId/approve')
  @HttpCode(200)
  @Allow(...APPROVERS)
  @ApiOperation({ summary: 'A manager approves a batch: it is placed with the agency (or marked failed with the agency’s answer)' })
  approve(@Ctx() context: RequestContext, @Param('batchId', ParseUUIDPipe) batchId: string, @Body() body: ApproveDto) {
    return this.placements.approve(context, batchId, body.leaveOut);
  }

  @Post('collection-placement-batches/:batchId/reject')
  @HttpCode(200)
  @Allow(...APPROVERS)
  @ApiOperation({ summary: 'A manager rejects a batch: nothing is placed' })
  reject(@Ctx() context: RequestContext, @Param('batchId', ParseUUIDPipe) batchId: string, @Body() body: RejectDto) {
    return this.placements.reject(context, batchId, body.reason);
  }

  @Get('collection-placements')
  @Allow(...READERS)
  @ApiOperation({ summary: 'Placed accounts with their agency status, collected and remaining amounts' })
  list(@Ctx() context: RequestContext, @Query() query: PlacementsQueryDto) {
    return this.query.placements(context, query);
  }

  @Get('collection-placements/:placementId')
  @Allow(...READERS)
  @ApiOperation({ summary: 'A placed account with the agency’s activity on it and the payments made to the clinic it was told of' })
  placement(@Ctx() context: RequestContext, @Param('placementId', ParseUUIDPipe) placementId: string) {
    return this.query.placement(context, placementId);
  }

  @Get('collection-placements/:placementId/credit-reporting')
  @Allow(...READERS)
  @ApiOperation({ summary: 'Whether the placed debt may be reported to a credit bureau today, under the debtor’s state rule' })
  creditReporting(@Ctx() context: RequestContext, @Param('placementId', ParseUUIDPipe) placementId: string) {
    return this.disputes.creditReporting(context, placementId);
  }

  @Post('collection-recalls')
  @HttpCode(200)
  @Allow(...WORKERS)
  @ApiOperation({ summary: 'Recalls placed accounts: a recall goes to the agency and the accounts leave collections' })
  recall(@Ctx() context: RequestContext, @Body() body: RecallDto) {
    return this.placements.recall(context, body.placementIds, body.reason);
  }

  @Get('collection-agency-files')
  @Allow(...READERS)
  @ApiOperation({ summary: 'The import log of agency files: read or refused, rows posted, seen before or failed and why' })
  agencyFiles(@Ctx() context: RequestContext) {
    return this.query.files(context);
  }

  @Post('collection-agency-files/fetch')
  @HttpCode(200)
  @Allow(...WORKERS)
  @ApiOperation({ summary: 'Fetches and imports the files the agency sent since the last fetch' })
  fetchAgencyFiles(@Ctx() context: RequestContext) {
    return this.files.fetch(context);
  }

  @Post('collection-agency-files')
  @Allow(...WORKERS)
  @ApiConsumes(...AGENCY_FILE_TYPES)
  @ApiBody({ schema: { type: 'string', description: 'the agency’s payment or status file as received' } })
  @ApiOperation({ summary: 'Uploads an agency payment or status file: refused whole with the line and field of a malformed row, else imported' })
  async uploadAgencyFile(@Ctx() context: RequestContext, @Query() query: UploadQueryDto, @Req() request: Request) {
    const { bytes } = await readFileBody(request, AGENCY_FILE_TYPES, MAX_AGENCY_FILE_BYTES);
    return this.files.upload(context, query.fileName, bytes);
  }

  @Get('patients/:patientId/collections')
  @Allow(...READERS)
  @ApiOperation({ summary: 'A patient’s collection communications, opt-outs and debt disputes' })
  history(@Ctx() context: RequestContext, @Param('patientId', ParseUUIDPipe) patientId: string) {
    return this.communications.history(context, patientId);
  }

  @Post('patients/:patientId/validation-notice')
  @Allow(...WORKERS)
  @ApiOperation({ summary: 'Generates a validation notice in the clinic’s name (collecting itself) for an account after its final notice' })
  async validationNotice(@Ctx() context: RequestContext, @Param('patientId', ParseUUIDPipe) patientId: string) {
    const { notice, communication } = await this.notices.inOwnName(context, patientId);
    return { communicationId: communication.id, notice };
  }

  @Get('collection-communications/:communicationId/notice.pdf')
  @Allow(...READERS)
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The validation notice as sent (PDF)' })
  async noticePdf(@Ctx() context: RequestContext, @Param('communicationId', ParseUUIDPipe) communicationId: string, @Res({ passthrough: true }) response: Response) {
    response.setHeader('Content-Type', 'application/pdf');
    return new StreamableFile(await this.communications.noticePdf(context, communicationId));
  }

  @Get('patients/:patientId/collection-call-check')
  @Allow(...WORKERS)
  @ApiOperation({ summary: 'Whether a collection call may be placed at an instant: the call limits, hours, opt-outs and disputes' })
  callCheck(@Ctx() context: RequestContext, @Param('patientId', ParseUUIDPipe) patientId: string, @Query() query: CallCheckDto) {
    const zones = query.timeZones === undefined ? [] : Array.isArray(query.timeZones) ? query.timeZones : [query.timeZones];
    return this.communications.mayCall(context, patientId, new Date(query.at), zones);
  }

  @Post('patients/:patientId/collection-calls')
  @Allow(...WORKERS)
  @ApiOperation({ summary: 'Logs a collection call; one the collector would place against Regulation F is refused (409) and logged as refused' })
  logCall(@Ctx() context: RequestContext, @Param('patientId', ParseUUIDPipe) patientId: string, @Body() body: CallDto) {
    const { consentGivenAt, ...call } = body;
    return this.communications.logCall(context, patientId, { ...call, at: new Date(body.at), ...(consentGivenAt ? { consentGivenAt: new Date(consentGivenAt) } : {}) });
  }

  @Post('patients/:patientId/collection-emails')
  @Allow(...WORKERS)
  @ApiOperation({ summary: 'Sends a collection email with the opt-out instruction, unless a rule stops it (409, logged as refused)' })
  email(@Ctx() context: RequestContext, @Param('patientId', ParseUUIDPipe) patientId: string, @Body() body: EmailDto) {
    return this.communications.sendEmail(context, patientId, body);
  }

  @Post('patients/:patientId/collection-opt-outs')
  @Allow(...WORKERS)
  @ApiOperation({ summary: 'Records the debtor’s opt-out of a channel, honoured at once' })
  optOut(@Ctx() context: RequestContext, @Param('patientId', ParseUUIDPipe) patientId: string, @Body() body: OptOutDto) {
    return this.communications.optOut(context, patientId, body);
  }

  @Post('patients/:patientId/collection-disputes')
  @Allow(...WORKERS)
  @ApiOperation({ summary: 'Records a debt dispute: in writing within the validation period it stops collection until verification' })
  dispute(@Ctx() context: RequestContext, @Param('patientId', ParseUUIDPipe) patientId: string, @Body() body: DisputeDto) {
    return this.disputes.record(context, patientId, body);
  }

  @Post('collection-disputes/:disputeId/verification')
  @HttpCode(200)
  @Allow(...WORKERS)
  @ApiOperation({ summary: 'Records the verification sent to the debtor: collection may resume' })
  verify(@Ctx() context: RequestContext, @Param('disputeId', ParseUUIDPipe) disputeId: string, @Body() body: VerificationDto) {
    return this.disputes.verify(context, disputeId, body);
  }
}
