import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { listQuerySchema } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import { RESPONSIBILITY_METHODS } from './encounter.entity';
import { EncounterEligibilityService } from './encounter-eligibility.service';
import { EncounterService } from './encounter.service';
import { toChargeView, toEncounterView } from './encounter.view';
import { CONVERSION_EVENT } from '../workflow/workflow-table';
import { encounterWorkflow } from './encounter.workflow';
import { ChargeService } from './charge.service';

const isoDate = z.iso.date().describe('calendar date, YYYY-MM-DD');
const placeOfService = z.string().regex(/^\d{2}$/, 'two digits, a CMS place-of-service code');

class ScheduleEncounterDto extends createZodDto(
  z.object({
    patientId: z.uuid(),
    locationId: z.uuid(),
    billingProviderId: z.uuid().describe('the billing provider (usually the group, 2010AA)'),
    renderingProviderId: z.uuid().describe('the clinician seeing the patient (an individual NPI)'),
    dateOfService: isoDate,
    placeOfService: placeOfService.optional().describe("default: the location's"),
    scheduledStart: z.iso.datetime().optional().describe('the appointment start, UTC'),
    reason: z.string().trim().max(200).optional(),
    selfPay: z.boolean().optional().describe('the patient pays; no coverage is billed'),
  }),
) {}

class ListEncountersDto extends createZodDto(
  listQuerySchema.extend({
    state: z.enum(encounterWorkflow.states).optional(),
    patientId: z.uuid().optional(),
    renderingProviderId: z.uuid().optional(),
    dateFrom: isoDate.optional(),
    dateTo: isoDate.optional(),
  }),
) {}

class DiagnosesDto extends createZodDto(
  z.object({ codes: z.array(z.string().trim().min(3).max(8)).max(12).describe('ICD-10-CM codes in claim order, with or without the dot') }),
) {}

class DocumentationDto extends createZodDto(
  z.object({ providerId: z.uuid().describe('the clinician who signed the note'), signedAt: z.iso.datetime() }),
) {}

class ResponsibilityDto extends createZodDto(
  z.object({ estimateCents: z.number().int().min(0).describe("the patient's expected share, in cents"), method: z.enum(RESPONSIBILITY_METHODS) }),
) {}

/** The events people apply through the API; `bill` belongs to claim building, `import` to the open A/R conversion. */
const API_EVENTS = encounterWorkflow.events.filter((event) => event !== 'bill' && event !== 'capture-charge' && event !== CONVERSION_EVENT);

class EncounterTransitionDto extends createZodDto(
  z.object({
    event: z.enum(API_EVENTS as [string, ...string[]]),
    reason: z.string().trim().max(500).optional().describe('why (required to cancel or mark a no-show)'),
    exceptions: z
      .array(z.object({ check: z.string().min(1), owner: z.string().min(1).describe('user id of who owns the follow-up'), reason: z.string().trim().min(1) }))
      .optional()
      .describe('failing checks to pass by exception, where the organization allows it'),
  }),
) {}

const VISIT_ROLES = ['front-desk', 'coder', 'biller', 'manager', 'admin'] as const;

@ApiTags('encounters')
@Controller('organizations/:organizationId/encounters')
export class EncountersController {
  constructor(
    private readonly encounters: EncounterService,
    private readonly charges: ChargeService,
    private readonly eligibility: EncounterEligibilityService,
  ) {}

  @Post()
  @Allow('front-desk', 'manager', 'admin')
  async schedule(@Ctx() context: RequestContext, @Body() body: ScheduleEncounterDto) {
    const { scheduledStart, ...rest } = body;
    return toEncounterView(await this.encounters.schedule(context, { ...rest, scheduledStart: scheduledStart ? new Date(scheduledStart) : undefined }));
  }

  @Get()
  @Allow(...ANY_ROLE)
  async list(@Ctx() context: RequestContext, @Query() query: ListEncountersDto) {
    const { limit, sort, after, ...filters } = query;
    return this.encounters.list(context, filters, { limit, sort, after }, toEncounterView);
  }

  @Get(':encounterId')
  @Allow(...ANY_ROLE)
  async get(@Ctx() context: RequestContext, @Param('encounterId', new ParseUUIDPipe()) encounterId: string) {
    const encounter = await this.encounters.get(context, encounterId);
    const charges = await this.charges.ofEncounter(context, encounterId, { includeVoided: true });
    return { ...toEncounterView(encounter), eligibility: await this.eligibility.of(context, encounter), charges: charges.map(toChargeView) };
  }

  @Put(':encounterId/diagnoses')
  @Allow('coder', 'biller', 'manager', 'admin')
  async setDiagnoses(@Ctx() context: RequestContext, @Param('encounterId', new ParseUUIDPipe()) encounterId: string, @Body() body: DiagnosesDto) {
    return toEncounterView(await this.encounters.setDiagnoses(context, encounterId, body.codes));
  }

  @Put(':encounterId/documentation')
  @Allow('coder', 'manager', 'admin')
  async signDocumentation(@Ctx() context: RequestContext, @Param('encounterId', new ParseUUIDPipe()) encounterId: string, @Body() body: DocumentationDto) {
    return toEncounterView(await this.encounters.signDocumentation(context, encounterId, { providerId: body.providerId, signedAt: new Date(body.signedAt) }));
  }

  @Put(':encounterId/patient-responsibility')
  @Allow('front-desk', 'biller', 'manager', 'admin')
  async communicateResponsibility(@Ctx() context: RequestContext, @Param('encounterId', new ParseUUIDPipe()) encounterId: string, @Body() body: ResponsibilityDto) {
    return toEncounterView(await this.encounters.communicateResponsibility(context, encounterId, body));
  }

  /** Applies a workflow event; a refusal (409) lists every failing check with its reason. */
  @Post(':encounterId/transitions')
  @HttpCode(200)
  @Allow(...VISIT_ROLES)
  async transition(@Ctx() context: RequestContext, @Param('encounterId', new ParseUUIDPipe()) encounterId: string, @Body() body: EncounterTransitionDto) {
    const result = await this.encounters.transition(context, encounterId, body.event as never, { reason: body.reason, exceptions: body.exceptions });
    return { transition: result, encounter: toEncounterView(await this.encounters.get(context, encounterId)) };
  }
}
