import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { ReferenceCodeService } from './reference-codes.service';

class LookupQueryDto extends createZodDto(
  z.object({
    onDate: z.iso.date().optional().describe('the date the code must be valid on, YYYY-MM-DD (a date of service); default today (UTC)'),
  }),
) {}

/** Whether a code is valid on a date. Reference codes are installation-wide; any member of any organization may look. */
@ApiTags('reference-data')
@Controller('organizations/:organizationId/reference-codes')
export class ReferenceCodesController {
  constructor(private readonly codes: ReferenceCodeService) {}

  @Get(':kind/:code')
  @Allow(...ANY_ROLE)
  async lookup(@Param('kind') kind: string, @Param('code') code: string, @Query() query: LookupQueryDto) {
    return this.codes.lookup(kind, code, query.onDate ?? new Date().toISOString().slice(0, 10));
  }
}
