import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ROLES, type RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Ctx } from '../http/request-context.decorator';
import type { ApiKey } from '../identity/api-key.entity';
import { ApiKeyService } from '../identity/api-key.service';
import { Allow } from './route-policy';

class CreateApiKeyDto extends createZodDto(
  z.object({ name: z.string().trim().min(1).max(100), roles: z.array(z.enum(ROLES).exclude(['admin'])).min(1).describe('API keys cannot be admins') }),
) {}

function toView(key: ApiKey) {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    roles: key.roles,
    createdBy: key.createdBy,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}

@ApiTags('api-keys')
@Controller('organizations/:organizationId/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeyService) {}

  @Get()
  @Allow('admin')
  async list(@Ctx() context: RequestContext) {
    return (await this.keys.list(context)).map(toView);
  }

  /** Creates a key; the secret is in this answer only. */
  @Post()
  @Allow('admin')
  async create(@Ctx() context: RequestContext, @Body() body: CreateApiKeyDto) {
    const { key, secret } = await this.keys.create(context, body.name, body.roles);
    return { ...toView(key), secret };
  }

  @Post(':keyId/revoke')
  @Allow('admin')
  async revoke(@Ctx() context: RequestContext, @Param('keyId', new ParseUUIDPipe()) keyId: string) {
    return toView(await this.keys.revoke(context, keyId));
  }
}
