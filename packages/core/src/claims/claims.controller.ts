import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { listQuerySchema } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import { Claim837PWriter } from './claim-837p.writer';
import { ClaimScrubFindingService } from './claim-scrub-finding.service';
import { ClaimBuilder, type ReadyBuildResult } from './claim.builder';
import { ClaimService } from './claim.service';
import { toClaimLineView, toClaimView, toFindingView, toSnapshotSummary } from './claim.view';
import { claimWorkflow, type ClaimEvent } from './claim.workflow';
import { ClaimCloseService } from './close/claim-close.service';
import { ClaimScrubber, type ScrubResult } from './scrub/claim-scrubber.service';

const isoDate = z.iso.date().describe('calendar date, YYYY-MM-DD');

class BuildClaimDto extends createZodDto(z.object({ encounterId: z.uuid().describe('a ready-to-bill encounter') })) {}

class ListClaimsDto extends createZodDto(
  listQuerySchema.extend({
    state: z.enum(claimWorkflow.states).optional(),
    payerRecordId: z.uuid().optional().describe('the payer row billed'),
    patientId: z.uuid().optional(),
    encounterId: z.uuid().optional(),
    dateFrom: isoDate.optional().describe('first date of service, from'),
    dateTo: isoDate.optional().describe('first date of service, to'),
  }),
) {}

/** Events people apply; the clearinghouse and remittance flows apply the others, the builder `replace` and `void`. */
export const MANUAL_CLAIM_EVENTS = ['scrub', 'release', 'reopen', 'appeal', 'correct', 'close'] as const satisfies readonly ClaimEvent[];

class ClaimTransitionDto extends createZodDto(
  z.object({
    event: z.enum(MANUAL_CLAIM_EVENTS).describe('scrub and release need no open error finding; close needs the Close-ready checks; replace and void have their own routes'),
    exceptions: z
      .array(z.object({ check: z.string().min(1), owner: z.string().min(1).describe('user id of who owns the follow-up'), reason: z.string().trim().min(1) }))
      .optional()
      .describe('failing checks to pass by exception, where the organization allows it'),
  }),
) {}

class OverrideDto extends createZodDto(z.object({ reason: z.string().trim().min(1).max(500).describe('why the finding does not apply') })) {}

class PreviewDto extends createZodDto(
  z.object({
    receiverId: z.string().trim().regex(/^[A-Za-z0-9 ]{1,15}$/, 'letters, digits and spaces, at most 15').optional().describe("ISA08 and 1000B id (default: the claim's payer id)"),
    receiverName: z.string().trim().min(1).max(60).optional().describe("1000B name (default: the claim's payer name)"),
  }),
) {}

const WRITERS = ['biller', 'manager', 'admin'] as const;

@ApiTags('claims')
@Controller('organizations/:organizationId/claims')
export class ClaimsController {
  constructor(
    private readonly claims: ClaimService,
    private readonly builder: ClaimBuilder,
    private readonly findings: ClaimScrubFindingService,
    private readonly writer: Claim837PWriter,
    private readonly scrubber: ClaimScrubber,
    private readonly closer: ClaimCloseService,
  ) {}

  @Post('build')
  @ApiOperation({ summary: "Build a ready-to-bill encounter's claims (none for a self-pay visit) and move the encounter to billed" })
  @Allow(...WRITERS)
  async build(@Ctx() context: RequestContext, @Body() body: BuildClaimDto) {
    return toBuildView(await this.builder.build(context, body.encounterId));
  }

  @Post('build-ready')
  @HttpCode(200)
  @ApiOperation({ summary: 'Build the claims of every ready-to-bill encounter; each result says built, self-pay or failed (and why)' })
  @Allow(...WRITERS)
  async buildReady(@Ctx() context: RequestContext) {
    const results = await this.builder.buildReady(context);
    return { results: results.map(toBuildView) };
  }

  @Post('scrub-drafts')
  @HttpCode(200)
  @ApiOperation({ summary: 'Scrub every draft claim; each clean one moves to scrubbed. Answers counts and, per claim, its state and open errors and warnings' })
  @Allow(...WRITERS)
  async scrubDrafts(@Ctx() context: RequestContext) {
    return this.scrubber.scrubDrafts(context);
  }

  @Post('close-ready')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close every settled claim that passes the Close-ready gate; the others are answered with each failing check and its reason' })
  @Allow(...WRITERS)
  async closeReady(@Ctx() context: RequestContext) {
    return this.closer.closeReady(context);
  }

  @Get()
  @Allow(...ANY_ROLE)
  async list(@Ctx() context: RequestContext, @Query() query: ListClaimsDto) {
    const { limit, sort, after, ...filters } = query;
    return this.claims.list(context, filters, { limit, sort, after }, toClaimView);
  }

  @Get(':claimId')
  @Allow(...ANY_ROLE)
  async get(@Ctx() context: RequestContext, @Param('claimId', new ParseUUIDPipe()) claimId: string) {
    const claim = await this.claims.get(context, claimId);
    const lines = await this.claims.lines(context, claimId);
    const findings = await this.findings.list(context, claimId);
    return { ...toClaimView(claim), lines: lines.map(toClaimLineView), snapshot: toSnapshotSummary(claim.snapshot()), findings: findings.map(toFindingView) };
  }

  @Post(':claimId/transitions')
  @HttpCode(200)
  @Allow(...WRITERS)
  async transition(@Ctx() context: RequestContext, @Param('claimId', new ParseUUIDPipe()) claimId: string, @Body() body: ClaimTransitionDto) {
    const result = await this.claims.transition(context, claimId, body.event, body.exceptions ? { exceptions: body.exceptions } : {});
    return { transition: result, claim: toClaimView(await this.claims.get(context, claimId)) };
  }

  @Post(':claimId/replace')
  @ApiOperation({ summary: 'Build a replacement (frequency 7, REF*F8) of a claim the payer accepted, from the current registration' })
  @Allow(...WRITERS)
  async replace(@Ctx() context: RequestContext, @Param('claimId', new ParseUUIDPipe()) claimId: string) {
    return toClaimView(await this.builder.replace(context, claimId));
  }

  @Post(':claimId/void')
  @ApiOperation({ summary: 'Build a void (frequency 8, REF*F8) of a claim the payer accepted' })
  @Allow(...WRITERS)
  async void(@Ctx() context: RequestContext, @Param('claimId', new ParseUUIDPipe()) claimId: string) {
    return toClaimView(await this.builder.void(context, claimId));
  }

  @Post(':claimId/scrub')
  @HttpCode(200)
  @ApiOperation({ summary: 'Run the scrub rules (built-in and plugin) on the claim, record the findings, and move a clean draft to scrubbed' })
  @Allow(...WRITERS)
  async scrub(@Ctx() context: RequestContext, @Param('claimId', new ParseUUIDPipe()) claimId: string) {
    return toScrubView(await this.scrubber.scrub(context, claimId));
  }

  @Get(':claimId/touches')
  @ApiOperation({ summary: 'Manual touches of the claim (overrides and reopens) for the clean-claim KPI' })
  @Allow(...ANY_ROLE)
  async touches(@Ctx() context: RequestContext, @Param('claimId', new ParseUUIDPipe()) claimId: string) {
    return this.scrubber.touches(context, claimId);
  }

  @Get(':claimId/findings')
  @Allow(...ANY_ROLE)
  async listFindings(@Ctx() context: RequestContext, @Param('claimId', new ParseUUIDPipe()) claimId: string) {
    return (await this.findings.list(context, claimId, { includeResolved: true })).map(toFindingView);
  }

  @Post(':claimId/findings/:findingId/override')
  @HttpCode(200)
  @Allow(...WRITERS)
  async override(
    @Ctx() context: RequestContext,
    @Param('claimId', new ParseUUIDPipe()) claimId: string,
    @Param('findingId', new ParseUUIDPipe()) findingId: string,
    @Body() body: OverrideDto,
  ) {
    return toFindingView(await this.findings.override(context, claimId, findingId, body.reason));
  }

  @Get(':claimId/837p')
  @ApiOperation({ summary: "Preview the claim's 837P (test usage, throw-away control numbers)" })
  @Allow(...WRITERS)
  async preview(@Ctx() context: RequestContext, @Param('claimId', new ParseUUIDPipe()) claimId: string, @Query() query: PreviewDto) {
    const payer = (await this.claims.get(context, claimId)).snapshot().payer;
    const written = await this.writer.write(context, [claimId], {
      preview: true,
      receiver: { id: query.receiverId ?? payer.payerId, name: query.receiverName ?? payer.name },
    });
    return written;
  }
}

function toScrubView(result: ScrubResult) {
  return { claimId: result.claimId, state: result.state, findings: result.findings.map(toFindingView) };
}

function toBuildView(result: ReadyBuildResult) {
  return { encounterId: result.encounterId, outcome: result.outcome, claims: result.claims.map(toClaimView), ...('message' in result ? { message: result.message } : {}) };
}
