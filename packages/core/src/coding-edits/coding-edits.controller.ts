import { Body, Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { readCsvBody } from '../csv/csv-body';
import { listQuerySchema } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import type { CodingEditRelease } from './coding-edit-release.entity';
import { CodingEditsImporter } from './coding-edits.importer';
import { CodingEditsService } from './coding-edits.service';

class ImportQueryDto extends createZodDto(
  z.object({
    effectiveDate: z.iso.date().describe("the quarter's first day the table is for, YYYY-MM-DD (e.g. 2026-01-01)"),
    fileName: z.string().trim().min(1).max(200).optional().describe('the name recorded as the release source file (default upload.txt)'),
  }),
) {}

class ReleaseListQueryDto extends createZodDto(
  listQuerySchema.extend({
    kind: z.enum(['ptp', 'mue']).optional().describe('only releases of this table: ptp (NCCI procedure-to-procedure) or mue (Medically Unlikely Edits)'),
  }),
) {}

class CheckDto extends createZodDto(
  z.object({
    lines: z
      .array(
        z.object({
          lineNumber: z.number().int().min(1).describe('the service line number, as the result names it'),
          procedureCode: z.string().trim().toUpperCase().regex(/^[A-Z0-9]{5}$/, 'a five-character HCPCS/CPT code').describe('HCPCS/CPT code'),
          modifiers: z.array(z.string().trim().toUpperCase().regex(/^[A-Z0-9]{2}$/, 'a two-character modifier')).max(4).default([]).describe('up to four modifiers'),
          dateOfService: z.iso.date().describe('YYYY-MM-DD'),
          units: z.number().int().min(1).max(99999).default(1).describe('units of service on the line'),
        }),
      )
      .min(1)
      .max(200)
      .describe('the service lines of one patient (a superbill or claim)'),
  }),
) {}

const INSTALLATION_WIDE =
  'NCCI edit tables are CMS data shared by every organization of the installation, not per organization: an ' +
  'administrator of any organization imports a quarter for all of them. Send the file as published (text/plain or ' +
  'text/csv); one transaction: a bad line writes nothing and is named (line and column) in the 400. A quarter older ' +
  'than the last imported is refused (409). CPT content is AMA-licensed: load the files your installation licenses.';

function toView(release: CodingEditRelease) {
  return {
    id: release.id,
    kind: release.kind,
    effectiveDate: release.effectiveDate,
    sourceFile: release.sourceFile,
    total: release.total,
    added: release.added,
    changed: release.changed,
    retired: release.retired,
    importedBy: release.importedBy,
    importedAt: release.importedAt,
  };
}

@ApiTags('coding-edits')
@Controller('organizations/:organizationId/coding-edits')
export class CodingEditsController {
  constructor(
    private readonly importer: CodingEditsImporter,
    private readonly edits: CodingEditsService,
  ) {}

  @Post('ptp')
  @HttpCode(200)
  @Allow('admin')
  @ApiOperation({ summary: 'Import a CMS NCCI procedure-to-procedure table (a practitioner PTP file, tab-delimited text)', description: INSTALLATION_WIDE })
  @ApiConsumes('text/plain', 'text/csv')
  @ApiBody({ schema: { type: 'string', description: 'the PTP table as CMS publishes it (ccipra-…-f1.txt …), or the spreadsheet saved as CSV' } })
  async importPtp(@Ctx() context: RequestContext, @Query() query: ImportQueryDto, @Req() request: Request) {
    const text = await readCsvBody(request);
    return this.importer.importPtpText(text, { effectiveDate: query.effectiveDate, importedBy: actorOf(context), sourceFile: query.fileName ?? 'upload.txt' });
  }

  @Post('mue')
  @HttpCode(200)
  @Allow('admin')
  @ApiOperation({ summary: 'Import a CMS Medically Unlikely Edits table (the practitioner services MUE file, CSV)', description: INSTALLATION_WIDE })
  @ApiConsumes('text/csv', 'text/plain')
  @ApiBody({ schema: { type: 'string', description: 'the MUE table as CMS publishes it (CSV with the AMA notice and header row)' } })
  async importMue(@Ctx() context: RequestContext, @Query() query: ImportQueryDto, @Req() request: Request) {
    const text = await readCsvBody(request);
    return this.importer.importMueText(text, { effectiveDate: query.effectiveDate, importedBy: actorOf(context), sourceFile: query.fileName ?? 'upload.csv' });
  }

  @Get('releases')
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'The NCCI PTP and MUE tables imported (installation-wide), newest quarter first' })
  async releases(@Query() query: ReleaseListQueryDto) {
    const page = await this.edits.releases(query);
    return { ...page, items: page.items.map(toView) };
  }

  @Post('check')
  @HttpCode(200)
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: "Check a superbill's lines against the NCCI PTP edits and MUEs in effect on their dates of service" })
  async check(@Body() body: CheckDto) {
    return this.edits.check(body.lines);
  }
}

function actorOf(context: RequestContext): string {
  return `${context.actor.type}:${context.actor.id}`;
}
