import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { ListQueryDto, listQuerySchema } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import { readCsvBody } from '../csv/csv-body';
import type { FeeScheduleEntry } from './fee-schedule-entry.entity';
import { FEE_SCHEDULE_KINDS, type FeeSchedule } from './fee-schedule.entity';
import { FeeScheduleService } from './fee-schedule.service';

const isoDate = z.iso.date().describe('calendar date, YYYY-MM-DD');
const locality = z
  .object({
    mac: z.string().trim().max(10).describe('MAC contractor number, e.g. 10112'),
    locality: z.string().trim().max(10).describe('locality number within the MAC, e.g. 00'),
  })
  .describe('the Medicare locality a percent-of-medicare schedule prices in');
const percent = z.number().int().min(1).max(100_000).describe('percent-of-medicare: basis points of the Medicare allowed amount (12000 = 120 %)');

class CreateFeeScheduleDto extends createZodDto(
  z.object({
    name: z.string().trim().min(1).max(200),
    payerRecordId: z.uuid().nullable().optional().describe("the payer row's id; absent or null for the standard charge master"),
    effectiveFrom: isoDate,
    effectiveTo: isoDate.nullable().optional().describe('last day the schedule applies (inclusive); absent while open-ended'),
    kind: z.enum(FEE_SCHEDULE_KINDS).describe('fixed: amounts per code from imported entries; percent-of-medicare: a percentage of the Medicare PFS'),
    percentBasisPoints: percent.optional(),
    medicareLocality: locality.optional(),
  }),
) {}

class UpdateFeeScheduleDto extends createZodDto(
  z.object({
    name: z.string().trim().min(1).max(200).optional(),
    effectiveFrom: isoDate.optional(),
    effectiveTo: isoDate.nullable().optional().describe('null reopens the schedule'),
    percentBasisPoints: percent.optional(),
    medicareLocality: locality.optional(),
  }),
) {}

class ListFeeSchedulesDto extends createZodDto(
  listQuerySchema.extend({
    payerRecordId: z.union([z.uuid(), z.literal('standard')]).optional().describe("a payer row's id, or `standard` for the charge master"),
    kind: z.enum(FEE_SCHEDULE_KINDS).optional(),
    effectiveOn: isoDate.optional().describe('only schedules effective on this date'),
  }),
) {}

class PriceQueryDto extends createZodDto(
  z.object({
    code: z.string().trim().min(1).max(5).describe('CPT or HCPCS code'),
    modifier: z.string().trim().max(20).optional().describe('modifiers in claim order, comma-separated (e.g. 26,59); the first decides a modifier entry'),
    payerId: z.uuid().optional().describe("the payer row's id; absent for the standard charge master only"),
    placeOfService: z.string().trim().describe('two-digit place-of-service code'),
    dateOfService: isoDate,
  }),
) {}

class ImportQueryDto extends createZodDto(
  z.object({
    dryRun: z
      .enum(['true', 'false'])
      .transform((value) => value === 'true')
      .optional()
      .describe('true: answer the parsed rows, every bad line (line, column, message) and the changes, and save nothing'),
  }),
) {}

function toView(schedule: FeeSchedule) {
  return {
    id: schedule.id,
    name: schedule.name,
    payerRecordId: schedule.payerRecordId,
    effectiveFrom: schedule.effectiveFrom,
    effectiveTo: schedule.effectiveTo,
    kind: schedule.kind,
    percentBasisPoints: schedule.percentBasisPoints,
    medicareLocality: schedule.medicareMac ? { mac: schedule.medicareMac, locality: schedule.medicareLocality } : null,
    createdAt: schedule.createdAt.toISOString(),
  };
}

const entryView = (entry: FeeScheduleEntry) => ({ code: entry.code, modifier: entry.modifier || null, amountCents: entry.amountCents });

@ApiTags('fee-schedules')
@Controller('organizations/:organizationId/fee-schedules')
export class FeeSchedulesController {
  constructor(private readonly schedules: FeeScheduleService) {}

  @Post()
  @Allow('admin', 'manager')
  async create(@Ctx() context: RequestContext, @Body() body: CreateFeeScheduleDto) {
    return toView(await this.schedules.create(context, body));
  }

  @Get()
  @Allow(...ANY_ROLE)
  async list(@Ctx() context: RequestContext, @Query() query: ListFeeSchedulesDto) {
    const page = await this.schedules.list(context, query);
    return { ...page, items: page.items.map(toView) };
  }

  @Get('price')
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: "The price of a code for a payer on a date: the payer's schedule, else the standard charge master" })
  async price(@Ctx() context: RequestContext, @Query() query: PriceQueryDto) {
    const modifiers = (query.modifier ?? '').split(',').map((modifier) => modifier.trim()).filter(Boolean);
    const request = { payerRecordId: query.payerId ?? null, code: query.code, modifiers, placeOfService: query.placeOfService, dateOfService: query.dateOfService };
    const price = await this.schedules.priceOf(context, request);
    return price ?? { amountCents: null, source: null, reason: `no fee schedule effective on ${query.dateOfService} prices ${query.code.toUpperCase()}` };
  }

  @Get(':feeScheduleId')
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'A fee schedule with one page of its entries (by code, then modifier)' })
  async get(@Ctx() context: RequestContext, @Param('feeScheduleId', new ParseUUIDPipe()) feeScheduleId: string, @Query() query: ListQueryDto) {
    const schedule = await this.schedules.get(context, feeScheduleId);
    const entries = await this.schedules.entries(context, feeScheduleId, query);
    return { ...toView(schedule), entries: { ...entries, items: entries.items.map(entryView) } };
  }

  @Patch(':feeScheduleId')
  @Allow('admin', 'manager')
  async update(@Ctx() context: RequestContext, @Param('feeScheduleId', new ParseUUIDPipe()) feeScheduleId: string, @Body() body: UpdateFeeScheduleDto) {
    return toView(await this.schedules.update(context, feeScheduleId, body));
  }

  @Post(':feeScheduleId/entries/import')
  @HttpCode(200)
  @Allow('admin', 'manager', 'biller')
  @ApiOperation({
    summary: "Replace a fixed schedule's entries with a CSV file (header code,modifier,amount; amounts in dollars, e.g. 125.00)",
    description: 'With dryRun=true nothing is saved: the answer lists the rows read, every bad line and what saving would change.',
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', description: 'code,modifier,amount\\n99213,,125.00' } })
  async importEntries(
    @Ctx() context: RequestContext,
    @Param('feeScheduleId', new ParseUUIDPipe()) feeScheduleId: string,
    @Query() query: ImportQueryDto,
    @Req() request: Request,
  ) {
    const csv = await readCsvBody(request);
    return query.dryRun ? this.schedules.previewEntries(context, feeScheduleId, csv) : this.schedules.importEntries(context, feeScheduleId, csv);
  }
}
