import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { correlationIdOf } from '../http/correlation-id.middleware';
import type { Organization } from './organization.entity';
import { OrganizationService } from './organization.service';

const CreateOrganizationSchema = z.object({
  name: z.string().trim().min(1).max(200).describe('Display name of the clinic or client'),
  timeZone: z.string().min(1).default('America/New_York').describe('IANA time zone, e.g. America/Chicago'),
});

class CreateOrganizationDto extends createZodDto(CreateOrganizationSchema) {}

const OrganizationSchema = z.object({ id: z.uuid(), name: z.string(), timeZone: z.string(), createdAt: z.iso.datetime() });

class OrganizationDto extends createZodDto(OrganizationSchema) {}

function toDto(organization: Organization): OrganizationDto {
  return { id: organization.id, name: organization.name, timeZone: organization.timeZone, createdAt: organization.createdAt.toISOString() };
}

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationService) {}

  @Post()
  async create(@Body() body: CreateOrganizationDto, @Req() request: Request): Promise<OrganizationDto> {
    const context = { actor: { type: 'user' as const, id: 'operator' }, roles: ['admin' as const], correlationId: correlationIdOf(request) };
    return toDto(await this.organizations.create(context, body));
  }

  @Get()
  async list(): Promise<OrganizationDto[]> {
    return (await this.organizations.list()).map(toDto);
  }

  @Get(':organizationId')
  async get(@Param('organizationId', new ParseUUIDPipe()) organizationId: string): Promise<OrganizationDto> {
    return toDto(await this.organizations.get(organizationId));
  }
}
