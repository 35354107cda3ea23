import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import { UNIT_TYPES } from './charge.entity';
import { ChargeService } from './charge.service';
import { toChargeView } from './encounter.view';

class EnterChargeDto extends createZodDto(
  z.object({
    procedureCode: z.string().trim().min(1).max(5).describe('CPT or HCPCS Level II code'),
    modifiers: z.array(z.string().trim().max(2)).max(4).optional(),
    units: z.number().int().describe('1 to 9999'),
    unitType: z.enum(UNIT_TYPES).optional().describe('UN units (default) or MJ minutes'),
    diagnosisPointers: z.array(z.number().int()).describe("one to four 1-based positions in the encounter's diagnoses"),
    renderingProviderId: z.uuid().optional().describe("default: the encounter's"),
    placeOfService: z.string().regex(/^\d{2}$/).optional().describe("default: the encounter's"),
    dateOfService: z.iso.date().optional().describe("default: the encounter's"),
    unitPriceCents: z.number().int().optional().describe('the price of one unit, when no fee schedule prices the code'),
  }),
) {}

class VoidChargeDto extends createZodDto(z.object({ reason: z.string().trim().min(1).max(500) })) {}

const CODING_ROLES = ['coder', 'biller', 'manager', 'admin'] as const;

@ApiTags('encounters')
@Controller('organizations/:organizationId/encounters/:encounterId/charges')
export class ChargesController {
  constructor(private readonly charges: ChargeService) {}

  @Post()
  @Allow(...CODING_ROLES)
  async enter(@Ctx() context: RequestContext, @Param('encounterId', new ParseUUIDPipe()) encounterId: string, @Body() body: EnterChargeDto) {
    return toChargeView(await this.charges.enter(context, encounterId, body));
  }

  @Get()
  @Allow(...ANY_ROLE)
  async list(@Ctx() context: RequestContext, @Param('encounterId', new ParseUUIDPipe()) encounterId: string) {
    return (await this.charges.ofEncounter(context, encounterId, { includeVoided: true })).map(toChargeView);
  }

  /** Voids a charge (kept, with the reason); enter a corrected one after. */
  @Post(':chargeId/void')
  @HttpCode(200)
  @Allow(...CODING_ROLES)
  async void(
    @Ctx() context: RequestContext,
    @Param('encounterId', new ParseUUIDPipe()) encounterId: string,
    @Param('chargeId', new ParseUUIDPipe()) chargeId: string,
    @Body() body: VoidChargeDto,
  ) {
    return toChargeView(await this.charges.void(context, encounterId, chargeId, body.reason));
  }
}
