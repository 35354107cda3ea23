import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { listQuerySchema } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import type { Location } from './location.entity';
import { LocationService } from './location.service';

const fields = {
  name: z.string().max(200).describe('the location as staff and claims name it (2310C NM103), at most 60 characters'),
  npi: z.string().max(20).nullable().describe("the facility's type-2 NPI: ten digits, the check digit is verified"),
  addressLine1: z.string().max(200).describe('street address (no PO box: that goes in the pay-to address), at most 55 characters'),
  addressLine2: z.string().max(200).nullable().describe('suite, floor, building'),
  city: z.string().max(100).describe('at most 30 characters'),
  state: z.string().max(10).describe('USPS two-letter state code, e.g. IL'),
  zip: z.string().max(20).describe('five digits, or nine (ZIP+4, a dash allowed); a billing address needs nine'),
  phone: z.string().max(30).nullable().describe('ten-digit US phone number; punctuation allowed'),
  placeOfServiceCode: z.string().max(10).describe("two-digit place-of-service code charges here default to, e.g. 11 (office); checked against the loaded 'pos' code set"),
  active: z.boolean().describe('inactive locations stay on old claims but are not offered for new encounters'),
};

class CreateLocationDto extends createZodDto(
  z.object({
    ...fields,
    npi: fields.npi.optional(),
    addressLine2: fields.addressLine2.optional(),
    phone: fields.phone.optional(),
    active: fields.active.optional(),
  }),
) {}

class UpdateLocationDto extends createZodDto(z.object(fields).partial().describe('only the fields to change; null clears an optional field')) {}

class ListLocationsDto extends createZodDto(
  listQuerySchema.extend({
    active: z.enum(['true', 'false']).transform((value) => value === 'true').optional().describe('only active (true) or inactive (false) locations'),
    q: z.string().trim().min(1).max(60).optional().describe('a part of the name, any case'),
  }).describe('sort by name or createdAt (prefix - for descending)'),
) {}

/** A location as the API shows it. */
function toView(location: Location) {
  return {
    id: location.id,
    name: location.name,
    npi: location.npi,
    addressLine1: location.addressLine1,
    addressLine2: location.addressLine2,
    city: location.city,
    state: location.state,
    zip: location.zip,
    zipPlus4: location.zip.length === 9,
    phone: location.phone,
    placeOfServiceCode: location.placeOfServiceCode,
    active: location.active,
    createdAt: location.createdAt.toISOString(),
  };
}

@ApiTags('locations')
@Controller('organizations/:organizationId/locations')
export class LocationsController {
  constructor(private readonly locations: LocationService) {}

  @Post()
  @Allow('admin', 'manager')
  async create(@Ctx() context: RequestContext, @Body() body: CreateLocationDto) {
    return toView(await this.locations.create(context, body));
  }

  @Get()
  @Allow(...ANY_ROLE)
  async list(@Ctx() context: RequestContext, @Query() query: ListLocationsDto) {
    const page = await this.locations.list(context, { active: query.active, q: query.q }, query);
    return { ...page, items: page.items.map(toView) };
  }

  @Get(':locationId')
  @Allow(...ANY_ROLE)
  async get(@Ctx() context: RequestContext, @Param('locationId', new ParseUUIDPipe()) locationId: string) {
    return toView(await this.locations.get(context, locationId));
  }

  @Patch(':locationId')
  @Allow('admin', 'manager')
  async update(@Ctx() context: RequestContext, @Param('locationId', new ParseUUIDPipe()) locationId: string, @Body() body: UpdateLocationDto) {
    return toView(await this.locations.update(context, locationId, body));
  }
}
