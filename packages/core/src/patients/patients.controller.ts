import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow } from '../auth/route-policy';
import { listQuerySchema } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import type { Patient } from './patient.entity';
import { postalAddressSchema } from './postal-address';
import { PatientService } from './patient.service';
import { PossibleDuplicateFilter } from './possible-duplicate.filter';

const isoDate = z.iso.date().describe('calendar date, YYYY-MM-DD');

class RegisterPatientDto extends createZodDto(
  z.object({
    firstName: z.string().trim().min(1).max(60),
    lastName: z.string().trim().min(1).max(60),
    birthDate: isoDate,
    sex: z.enum(['F', 'M', 'U']),
    ssn: z.string().max(20).optional().describe('nine digits; stored encrypted, shown masked'),
    accountNumber: z.string().trim().min(1).max(30).optional().describe("the practice's account number or medical record number (MRN)"),
    address: postalAddressSchema.optional().describe("the patient's home address (N3/N4 of the subscriber or patient on claims)"),
    duplicateReviewed: z
      .boolean()
      .optional()
      .describe('true once the clerk has reviewed the possible duplicates a 409 listed and this is a different person'),
  }),
) {}

class SearchPatientsDto extends createZodDto(
  listQuerySchema.extend({
    ssn: z.string().max(20).optional().describe('exact SSN (nine digits; dashes and spaces allowed)'),
    lastName: z.string().max(60).optional().describe('the start of the last name, any case'),
    birthDate: z.iso.date().optional().describe('narrows a last-name search to one birth date'),
  }),
) {}

/** A patient as the API shows it: the SSN only as its last four digits. */
function toView(patient: Patient) {
  return {
    id: patient.id,
    firstName: patient.firstName,
    lastName: patient.lastName,
    birthDate: patient.birthDate,
    sex: patient.sex,
    accountNumber: patient.accountNumber,
    address: patient.address,
    ssnLast4: patient.ssn ? patient.ssn.slice(-4) : null,
    createdAt: patient.createdAt.toISOString(),
  };
}

const REGISTRATION_ROLES = ['front-desk', 'biller', 'manager', 'admin'] as const;
const READ_ROLES = ['front-desk', 'coder', 'biller', 'poster', 'ar', 'manager', 'admin'] as const;

@ApiTags('patients')
@Controller('organizations/:organizationId/patients')
export class PatientsController {
  constructor(private readonly patients: PatientService) {}

  /**
   * Registers a patient. When patients with the same name (ignoring case and accents), birth date and sex exist, the
   * answer is 409 with their `candidates`, unless the request says `duplicateReviewed: true`.
   */
  @Post()
  @Allow(...REGISTRATION_ROLES)
  @UseFilters(PossibleDuplicateFilter)
  async register(@Ctx() context: RequestContext, @Body() body: RegisterPatientDto) {
    return toView(await this.patients.register(context, body));
  }

  /** Search by exact SSN or by the start of the last name; a POST so identifiers never travel in URLs (and logs). */
  @Post('search')
  @HttpCode(200)
  @Allow(...READ_ROLES)
  async search(@Ctx() context: RequestContext, @Body() body: SearchPatientsDto) {
    const { limit, sort, after, ...query } = body;
    return this.patients.search(context, query, { limit, sort, after }, toView);
  }

  /** Other patients with the same name (ignoring case and accents), birth date and sex. */
  @Get(':patientId/possible-duplicates')
  @Allow(...READ_ROLES)
  async possibleDuplicates(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string) {
    return (await this.patients.possibleDuplicates(context, patientId)).map(toView);
  }

  @Get(':patientId')
  @Allow(...READ_ROLES)
  async get(@Ctx() context: RequestContext, @Param('patientId', new ParseUUIDPipe()) patientId: string) {
    return toView(await this.patients.get(context, patientId));
  }
}
