import { Controller, Get, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { ValidationError, type RequestContext } from '@openrcm/sdk';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { listQuerySchema } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import type { CodeSetRelease } from './code-set-release.entity';
import { ReferenceCodeService } from './reference-codes.service';
import { ReferenceImportService } from './reference-import.service';
import { isReferenceUploadType, REFERENCE_UPLOAD_LIMIT_BYTES, REFERENCE_UPLOAD_TYPES } from './upload-file.store';

class ImportQueryDto extends createZodDto(
  z.object({
    effectiveDate: z.iso.date().describe("the release's effective date, YYYY-MM-DD (FY2026 ICD-10-CM: 2025-10-01; HCPCS: the quarter's first day)"),
    fileName: z.string().trim().min(1).max(200).optional().describe('the name recorded as the release source file (default <kind>-<effectiveDate>.txt)'),
  }),
) {}

class ReleaseListQueryDto extends createZodDto(
  listQuerySchema.extend({
    kind: z.string().trim().min(1).optional().describe('only releases of this code set (icd10cm, hcpcs, cpt, pos, modifiers, carc, rarc)'),
  }),
) {}

function toView(release: CodeSetRelease) {
  return {
    id: release.id,
    kind: release.codeSet,
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

/**
 * Code-set releases (ICD-10-CM, HCPCS, CPT, place of service, modifiers, CARC, RARC). Reference data is
 * installation-wide, not per organization: an admin of any organization may import a release, and it applies to every
 * organization of the installation. The release records who imported it (`user:<id>` or `api-key:<id>`), and the
 * import is in the audit trail of the importing organization (record type `code_set_release`).
 */
@ApiTags('reference-data')
@Controller('organizations/:organizationId/reference-imports')
export class ReferenceImportsController {
  constructor(
    private readonly imports: ReferenceImportService,
    private readonly codes: ReferenceCodeService,
  ) {}

  @Post(':kind')
  @Allow('admin')
  @ApiConsumes(...REFERENCE_UPLOAD_TYPES)
  @ApiBody({
    description: `the release file as published (plain or gzip), at most ${REFERENCE_UPLOAD_LIMIT_BYTES / 1024 / 1024} MB; one transaction: a bad line writes nothing and is named in the 400`,
    schema: { type: 'string', format: 'binary' },
  })
  async import(@Ctx() context: RequestContext, @Param('kind') kind: string, @Query() query: ImportQueryDto, @Req() request: Request) {
    if (!isReferenceUploadType(request.headers['content-type'])) {
      throw new ValidationError([{ field: 'content-type', message: `send the release file itself as ${REFERENCE_UPLOAD_TYPES.join(', ')}` }]);
    }
    const declared = Number(request.headers['content-length']);
    return this.imports.importUpload(context, { kind, ...query, ...(Number.isFinite(declared) ? { contentLength: declared } : {}) }, request);
  }

  @Get()
  @Allow(...ANY_ROLE)
  async list(@Query() query: ReleaseListQueryDto) {
    const page = await this.codes.releases(query);
    return { ...page, items: page.items.map(toView) };
  }
}
