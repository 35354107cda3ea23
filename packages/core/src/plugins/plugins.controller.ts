import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import { PluginHost, type PluginStatus } from './plugin-host.service';

class EnableDto extends createZodDto(z.object({ enabled: z.boolean() })) {}

/** A plugin with the JSON Schema of its settings, from which the admin app renders the settings form. */
type PluginListing = PluginStatus & { readonly settingsSchema: unknown };

@ApiTags('plugins')
@Controller('organizations/:organizationId/plugins')
export class PluginsController {
  constructor(private readonly host: PluginHost) {}

  @Get()
  @Allow('admin', 'manager')
  async list(@Ctx() context: RequestContext): Promise<PluginListing[]> {
    const schemas = new Map(this.host.loaded().map(({ definition }) => [definition.id, definition.settings]));
    return (await this.host.status(context)).map((status) => ({
      ...status,
      settingsSchema: z.toJSONSchema(schemas.get(status.id) as z.ZodType, { io: 'input', unrepresentable: 'any' }),
    }));
  }

  /** Enables or disables the plugin for this organization; the listing shows its capabilities first. */
  @Put(':pluginId/enabled')
  @Allow('admin')
  async setEnabled(@Ctx() context: RequestContext, @Param('pluginId') pluginId: string, @Body() body: EnableDto) {
    const saved = await this.host.setEnabled(context, pluginId, body.enabled);
    return { pluginId, enabled: saved.enabled, version: saved.version, updatedBy: saved.updatedBy, updatedAt: saved.updatedAt };
  }

  @Put(':pluginId/settings')
  @Allow('admin')
  @ApiBody({ description: "The plugin's settings; validated against its schema", schema: { type: 'object' } })
  async saveSettings(@Ctx() context: RequestContext, @Param('pluginId') pluginId: string, @Body() settings: unknown) {
    const saved = await this.host.saveSettings(context, pluginId, settings);
    return { pluginId, settings: saved.settings, version: saved.version, updatedBy: saved.updatedBy, updatedAt: saved.updatedAt };
  }
}
