import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { Ctx } from '../http/request-context.decorator';
import { postalAddressSchema } from '../patients/postal-address';
import { GUARANTOR_RELATIONSHIPS, type Guarantor } from './guarantor.entity';
import { GuarantorService } from './guarantor.service';

class SetGuarantorDto extends createZodDto(
  z.object({
    relationship: z.enum(GUARANTOR_RELATIONSHIPS).describe("the guarantor's relationship to the patient; self takes no other field"),
    firstName: z.string().trim().min(1).max(35).optional().describe('required unless self'),
    lastName: z.string().trim().min(1).max(60).optional().describe('required unless self'),
    birthDate: z.iso.date().optional().describe('calendar date, YYYY-MM-DD'),
    address: postalAddressSchema.optional().describe('where statements go; required unless self'),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ().-]{7,20}$/, 'a phone number')
      .optional()
      .describe('phone number'),
    email: z.email().max(254).optional().describe('email address'),
  }),
) {}

/** A guarantor as the API shows it. */
function toView(guarantor: Guarantor) {
  return {
    id: guarantor.id,
    patientId: guarantor.patientId,
    relationship: guarantor.relationship,
    firstName: guarantor.firstName,
    lastName: guarantor.lastName,
    birthDate: guarantor.birthDate,
    address: guarantor.address,
    phone: guarantor.phone,
    email: guarantor.email,
    updatedAt: guarantor.updatedAt.toISOString(),
  };
}

const WRITE_ROLES = ['front-desk', 'manager', 'admin'] as const;

@ApiTags('guarantors')
@Controller('organizations/:organizationId/patients/:patientId/guarantor')
export class GuarantorsController {
  constructor(private readonly guarantors: GuarantorService) {}

  /** Sets the patient's current guarantor (replacing any previous one). */
  @Put()
  @Allow(...WRITE_ROLES)
  async set(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string, @Body() body: SetGuarantorDto) {
    return toView(await this.guarantors.set(context, patientId, body));
  }

  @Get()
  @Allow(...ANY_ROLE)
  async get(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string) {
    return toView(await this.guarantors.get(context, patientId));
  }
}
