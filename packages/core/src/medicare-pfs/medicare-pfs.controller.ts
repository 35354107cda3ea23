import { Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import { readCsvBody } from '../csv/csv-body';
import { MedicarePfsImporter } from './medicare-pfs.importer';
import { MedicarePfsPricer } from './medicare-pfs.pricer';

const isoDate = z.iso.date().describe('calendar date, YYYY-MM-DD');

class ImportQueryDto extends createZodDto(
  z.object({
    year: z.coerce.number().int().min(1992).max(2100).describe('the calendar year the file is for, e.g. 2025'),
    effectiveFrom: isoDate.optional().describe('the date within the year the file applies from (default 1 January; RVU releases B–D: April, July, October)'),
  }),
) {}

class PriceQueryDto extends createZodDto(
  z.object({
    code: z.string().trim().min(1).max(5).describe('HCPCS Level II or CPT code'),
    modifier: z.string().trim().max(2).optional().describe('26 / TC / 53 price the component rows; other modifiers price the global row'),
    mac: z.string().trim().max(10).describe('MAC contractor number of the Medicare locality, e.g. 10112'),
    locality: z.string().trim().max(10).describe('locality number within the MAC, e.g. 00'),
    placeOfService: z.string().trim().describe('two-digit place-of-service code; decides facility or non-facility PE RVU'),
    dateOfService: isoDate,
    qualifyingApm: z.enum(['true', 'false']).optional().describe('price with the qualifying-APM conversion factor (2026 on)'),
  }),
) {}

const INSTALLATION_WIDE =
  'Medicare PFS reference data is public CMS data shared by every organization of the installation: an administrator ' +
  'of any organization replaces it for all of them. Re-importing the same year and effective date replaces that release.';

@ApiTags('medicare-pfs')
@Controller('organizations/:organizationId/medicare-pfs')
export class MedicarePfsController {
  constructor(
    private readonly importer: MedicarePfsImporter,
    private readonly pricer: MedicarePfsPricer,
  ) {}

  @Post('rvu')
  @HttpCode(200)
  @Allow('admin')
  @ApiOperation({ summary: 'Import a CMS PFS Relative Value File (PPRRVU, CSV)', description: INSTALLATION_WIDE })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', description: 'the PPRRVU CSV file' } })
  async importRvu(@Ctx() context: RequestContext, @Query() query: ImportQueryDto, @Req() request: Request) {
    return this.importer.importRvuText(await readCsvBody(request), { ...query, importedBy: `${context.actor.type}:${context.actor.id}` });
  }

  @Post('gpci')
  @HttpCode(200)
  @Allow('admin')
  @ApiOperation({ summary: 'Import a CMS GPCI file (PFS Addendum E, CSV)', description: INSTALLATION_WIDE })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', description: 'the GPCI CSV file' } })
  async importGpci(@Ctx() context: RequestContext, @Query() query: ImportQueryDto, @Req() request: Request) {
    return this.importer.importGpciText(await readCsvBody(request), { ...query, importedBy: `${context.actor.type}:${context.actor.id}` });
  }

  @Get('price')
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'The Medicare PFS allowed amount of a code in a locality, with the formula; or why the PFS does not pay it' })
  async price(@Query() query: PriceQueryDto) {
    const { mac, locality, qualifyingApm, ...rest } = query;
    return this.pricer.price({ ...rest, locality: { mac, locality }, qualifyingApm: qualifyingApm === 'true' });
  }
}
