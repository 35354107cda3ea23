import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { listQuerySchema } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import type { Provider } from './provider.entity';
import { ProviderService } from './provider.service';

class RegisterProviderDto extends createZodDto(
  z.object({
    kind: z.enum(['individual', 'organization']),
    name: z.string().trim().min(1).max(60).describe("an individual's last name, or the organization's name"),
    firstName: z.string().trim().min(1).max(35).optional(),
    npi: z.string().describe('ten digits; the check digit is verified'),
    taxonomy: z.string().optional().describe('NUCC taxonomy code, e.g. 207Q00000X'),
    taxId: z.string().optional().describe('employer identification number; stored encrypted'),
  }),
) {}

class ListProvidersDto extends createZodDto(
  listQuerySchema.extend({
    kind: z.enum(['individual', 'organization']).optional(),
    active: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
    q: z.string().trim().min(1).max(60).optional().describe('the start of the name or of the NPI'),
  }),
) {}

/** A provider as the API shows it: the tax id only as its last four digits. */
function toView(provider: Provider) {
  return {
    id: provider.id,
    kind: provider.kind,
    name: provider.name,
    firstName: provider.firstName,
    npi: provider.npi,
    taxonomy: provider.taxonomy,
    taxIdLast4: provider.taxId ? provider.taxId.slice(-4) : null,
    active: provider.active,
  };
}

@ApiTags('providers')
@Controller('organizations/:organizationId/providers')
export class ProvidersController {
  constructor(private readonly providers: ProviderService) {}

  @Post()
  @Allow('admin', 'manager')
  async register(@Ctx() context: RequestContext, @Body() body: RegisterProviderDto) {
    return toView(await this.providers.register(context, body));
  }

  @Get()
  @Allow(...ANY_ROLE)
  async list(@Ctx() context: RequestContext, @Query() query: ListProvidersDto) {
    const { limit, sort, after, ...filters } = query;
    return this.providers.list(context, filters, { limit, sort, after }, toView);
  }

  @Get(':providerId')
  @Allow(...ANY_ROLE)
  async get(@Ctx() context: RequestContext, @Param('providerId', new ParseUUIDPipe()) providerId: string) {
    return toView(await this.providers.get(context, providerId));
  }
}
