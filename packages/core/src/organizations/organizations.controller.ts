import { Body, Controller, Get, Patch, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ForbiddenError, type RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { actorOf, type Principal } from '../auth/principal';
import { Allow, ANY_ROLE, SignedIn } from '../auth/route-policy';
import type { Request } from 'express';
import { correlationIdOf } from '../http/correlation-id.middleware';
import { Ctx, CurrentPrincipal } from '../http/request-context.decorator';
import type { Organization } from './organization.entity';
import { OrganizationService } from './organization.service';

const CreateOrganizationSchema = z.object({
  name: z.string().trim().min(1).max(200).describe('Display name of the clinic or client'),
  timeZone: z.string().min(1).default('America/New_York').describe('IANA time zone, e.g. America/Chicago'),
});

class CreateOrganizationDto extends createZodDto(CreateOrganizationSchema) {}

const OrganizationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  timeZone: z.string(),
  x12SubmitterId: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

class UpdateOrganizationDto extends createZodDto(
  z.object({
    name: z.string().trim().min(1).max(200).optional(),
    timeZone: z.string().min(1).optional().describe('IANA time zone, e.g. America/Chicago'),
    x12SubmitterId: z.string().max(15).nullable().optional().describe("the submitter id the clearinghouse assigned (ISA06); null clears it"),
  }),
) {}

class OrganizationDto extends createZodDto(OrganizationSchema) {}

function toDto(organization: Organization): OrganizationDto {
  return {
    id: organization.id,
    name: organization.name,
    timeZone: organization.timeZone,
    x12SubmitterId: organization.x12SubmitterId,
    createdAt: organization.createdAt.toISOString(),
  };
}

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationService) {}

  /** Creates an organization; the caller (an administrator of another organization) becomes its administrator. */
  @Post()
  @SignedIn({ usersOnly: true })
  async create(@Body() body: CreateOrganizationDto, @CurrentPrincipal() principal: Principal, @Req() request: Request): Promise<OrganizationDto> {
    if (principal.kind !== 'user' || !principal.memberships.some((membership) => membership.roles.includes('admin'))) {
      throw new ForbiddenError('only an administrator can create organizations');
    }
    const actor = actorOf(principal);
    return toDto(await this.organizations.create({ actor, roles: ['admin'], correlationId: correlationIdOf(request) }, body, actor.id));
  }

  /** The organizations the caller belongs to. */
  @Get()
  @SignedIn({ usersOnly: true })
  async list(@CurrentPrincipal() principal: Principal): Promise<OrganizationDto[]> {
    const ids = principal.kind === 'user' ? principal.memberships.map((membership) => membership.organizationId) : [];
    return (await this.organizations.list(ids)).map(toDto);
  }

  @Get(':organizationId')
  @Allow(...ANY_ROLE)
  async get(@Ctx() context: RequestContext): Promise<OrganizationDto> {
    return toDto(await this.organizations.get(context.organizationId));
  }

  @Patch(':organizationId')
  @Allow('admin')
  async update(@Ctx() context: RequestContext, @Body() body: UpdateOrganizationDto): Promise<OrganizationDto> {
    return toDto(await this.organizations.update(context, body));
  }
}
