import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { ReferenceCodeSearch } from './reference-code.search';
import { ReferenceCodeService } from './reference-codes.service';

class LookupQueryDto extends createZodDto(
  z.object({
    onDate: z.iso.date().optional().describe('the date the code must be valid on, YYYY-MM-DD (a date of service); default today (UTC)'),
  }),
) {}

/** The most a search answers: it fills a picker, it is not a list to page through. */
const MAX_SEARCH_RESULTS = 50;

class SearchQueryDto extends createZodDto(
  z.object({
    kinds: z
      .string()
      .trim()
      .min(1)
      .transform((value) => value.split(',').map((kind) => kind.trim()).filter(Boolean))
      .describe('code sets to search, comma-separated: `icd10cm`, or `hcpcs,cpt` for procedures'),
    q: z.string().trim().min(1).max(100).describe('the start of a code (`E11`, `e11.9`, `G04`) or words of the description (`diab typ 2`)'),
    onDate: z.iso.date().optional().describe('only codes valid on this date (a date of service); default today (UTC)'),
    limit: z.coerce.number().int().min(1).max(MAX_SEARCH_RESULTS).default(20),
  }),
) {}

/** Whether a code is valid on a date. Reference codes are installation-wide; any member of any organization may look. */
@ApiTags('reference-data')
@Controller('organizations/:organizationId/reference-codes')
export class ReferenceCodesController {
  constructor(
    private readonly codes: ReferenceCodeService,
    private readonly finder: ReferenceCodeSearch,
  ) {}

  /** Codes for a picker: code-prefix matches first, then description matches; `{ items }`, at most `limit`. */
  @Get()
  @Allow(...ANY_ROLE)
  async search(@Query() query: SearchQueryDto) {
    const items = await this.finder.search({ ...query, onDate: query.onDate ?? new Date().toISOString().slice(0, 10) });
    return { items };
  }

  @Get(':kind/:code')
  @Allow(...ANY_ROLE)
  async lookup(@Param('kind') kind: string, @Param('code') code: string, @Query() query: LookupQueryDto) {
    return this.codes.lookup(kind, code, query.onDate ?? new Date().toISOString().slice(0, 10));
  }
}
