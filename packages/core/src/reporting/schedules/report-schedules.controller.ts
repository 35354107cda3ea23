import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AGING_BASES, type RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow } from '../../auth/route-policy';
import { Ctx } from '../../http/request-context.decorator';
import { REPORT_CADENCES, REPORT_WINDOWS } from './report-schedule.entity';
import { ReportScheduleService } from './report-schedule.service';

const scheduleFields = z.object({
  name: z.string().trim().min(1).max(120),
  reportIds: z.array(z.string().min(1)).min(1).max(50).describe('The reports whose headline numbers the email carries'),
  recipients: z.array(z.email()).min(1).max(50).describe('Staff addresses: the email carries aggregates only, never patient data'),
  cadence: z.enum(REPORT_CADENCES),
  window: z.enum(REPORT_WINDOWS).describe('The period each email reports on, counted back from the day it is sent'),
  filters: z
    .object({ locationId: z.uuid().optional(), providerId: z.uuid().optional(), payerId: z.uuid().optional(), agingBasis: z.enum(AGING_BASES).optional() })
    .strict()
    .optional(),
  firstSendOn: z.iso.date().optional().describe('The first (or next) day to send; default today'),
  active: z.boolean().optional(),
});

class CreateReportScheduleDto extends createZodDto(scheduleFields) {}
class UpdateReportScheduleDto extends createZodDto(scheduleFields.partial()) {}

/** Report emails on a cadence: the headline numbers of chosen reports and a link, to staff. */
@ApiTags('reports')
@Controller('organizations/:organizationId/report-schedules')
export class ReportSchedulesController {
  constructor(private readonly schedules: ReportScheduleService) {}

  @Get()
  @Allow('manager', 'admin')
  @ApiOperation({ summary: 'The organization’s scheduled report emails' })
  async list(@Ctx() context: RequestContext) {
    return { items: await this.schedules.list(context) };
  }

  @Post()
  @Allow('manager', 'admin')
  @ApiOperation({ summary: 'Schedules a report email' })
  create(@Ctx() context: RequestContext, @Body() body: CreateReportScheduleDto) {
    return this.schedules.create(context, body);
  }

  @Patch(':scheduleId')
  @Allow('manager', 'admin')
  @ApiOperation({ summary: 'Changes a scheduled report email (its reports, recipients, cadence, window, filters, next day, active)' })
  update(@Ctx() context: RequestContext, @Param('scheduleId', new ParseUUIDPipe()) id: string, @Body() body: UpdateReportScheduleDto) {
    return this.schedules.update(context, id, body);
  }

  @Delete(':scheduleId')
  @HttpCode(204)
  @Allow('manager', 'admin')
  @ApiOperation({ summary: 'Deletes a scheduled report email (its sent emails stay in the log)' })
  async remove(@Ctx() context: RequestContext, @Param('scheduleId', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.schedules.remove(context, id);
  }

  @Get(':scheduleId/emails')
  @Allow('manager', 'admin')
  @ApiOperation({ summary: 'The emails a schedule sent, newest first (the last 100)' })
  async emails(@Ctx() context: RequestContext, @Param('scheduleId', new ParseUUIDPipe()) id: string) {
    return { items: await this.schedules.emails(context, id) };
  }

  @Post(':scheduleId/send')
  @Allow('manager', 'admin')
  @ApiOperation({ summary: 'Sends the schedule’s email now (a test send: the schedule’s next day does not move)' })
  send(@Ctx() context: RequestContext, @Param('scheduleId', new ParseUUIDPipe()) id: string) {
    return this.schedules.send(context, id);
  }
}
