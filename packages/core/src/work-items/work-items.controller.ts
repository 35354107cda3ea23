import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ROLES, type RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { listQuerySchema } from '../http/list-query';
import { Ctx } from '../http/request-context.decorator';
import type { WorkItemNote } from './work-item-note.entity';
import type { WorkItem } from './work-item.entity';
import { WorkItemService } from './work-item.service';
import { WORK_ITEM_KINDS, WORK_ITEM_PRIORITIES } from './work-item.types';
import { PAYER_ANSWER_EVENT, workItemWorkflow, type WorkItemEvent } from './work-item.workflow';

const role = z.enum(ROLES);

class OpenFollowUpDto extends createZodDto(
  z.object({
    title: z.string().trim().min(1).max(200).describe('what needs doing, in a line'),
    category: z.string().trim().min(1).max(100).optional().describe('a category for queues and reports'),
    recordType: z.string().trim().min(1).max(60).describe('the kind of record the item concerns, e.g. encounter, claim, patient'),
    recordId: z.string().trim().min(1).max(100).describe('the id of that record'),
    patientId: z.uuid().optional().describe("the record's patient, if any"),
    ownerUserId: z.uuid().optional().describe('the member who owns the item'),
    ownerRole: role.optional().describe('the role that owns the item when no member is named'),
    dueDate: z.iso.date().optional().describe('calendar date, YYYY-MM-DD'),
    nextActionDate: z.iso.date().optional().describe('when someone should next act on it: calendar date, YYYY-MM-DD'),
    priority: z.enum(WORK_ITEM_PRIORITIES).optional().describe('default normal'),
    note: z.string().trim().min(1).max(4000).optional().describe('the first note'),
  }),
) {}

class ListWorkItemsDto extends createZodDto(
  listQuerySchema.extend({
    state: z.enum(workItemWorkflow.states).optional(),
    kind: z.enum(WORK_ITEM_KINDS).optional(),
    category: z.string().trim().min(1).optional().describe('e.g. the gate check of exception and upstream-defect items'),
    ownerUserId: z.uuid().optional(),
    ownerRole: role.optional(),
    assigneeUserId: z.uuid().optional(),
    recordType: z.string().trim().min(1).optional(),
    recordId: z.string().trim().min(1).optional(),
    overdue: z
      .enum(['true', 'false'])
      .transform((value) => value === 'true')
      .optional()
      .describe('true: only unresolved items due before today'),
    nextActionBefore: z.iso.date().optional().describe('only items whose next-action date is before this calendar date (YYYY-MM-DD)'),
    sort: z.string().trim().min(1).optional().describe('dueDate, nextActionDate, createdAt, priority; prefix - for descending (default -createdAt)'),
  }),
) {}

class WorkItemTransitionDto extends createZodDto(
  z.object({
    event: z.enum(workItemWorkflow.events.filter((event) => event !== PAYER_ANSWER_EVENT) as [WorkItemEvent, ...WorkItemEvent[]]).describe('assign, start, wait-on-payer, resume, resolve, reopen or close'),
    assigneeUserId: z.uuid().optional().describe("required by 'assign': the member who works the item"),
    note: z.string().trim().min(1).max(4000).optional().describe("appended as a note; required by 'resolve' (the resolution) and 'reopen'"),
  }),
) {}

class UpdateWorkItemDto extends createZodDto(
  z.object({
    nextActionDate: z.iso.date().nullable().describe('when someone should next act on the item (YYYY-MM-DD); null clears it'),
  }),
) {}

class AddNoteDto extends createZodDto(z.object({ body: z.string().trim().min(1).max(4000).describe('the note') })) {}

function toView(item: WorkItem) {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    category: item.category,
    recordType: item.recordType,
    recordId: item.recordId,
    patientId: item.patientId,
    ownerUserId: item.ownerUserId,
    ownerRole: item.ownerRole,
    assigneeUserId: item.assigneeUserId,
    dueDate: item.dueDate,
    nextActionDate: item.nextActionDate,
    priority: item.priority,
    state: item.state,
    resolutionNote: item.resolutionNote,
    openedBy: item.openedBy,
    createdAt: item.createdAt.toISOString(),
    updatedAt: item.updatedAt.toISOString(),
  };
}

function noteView(note: WorkItemNote) {
  return { id: note.id, authorType: note.authorType, authorId: note.authorId, body: note.body, createdAt: note.createdAt.toISOString() };
}

@ApiTags('work-items')
@Controller('organizations/:organizationId/work-items')
export class WorkItemsController {
  constructor(private readonly workItems: WorkItemService) {}

  /** Opens a manual follow-up. */
  @Post()
  @Allow(...ANY_ROLE)
  async open(@Ctx() context: RequestContext, @Body() body: OpenFollowUpDto) {
    const item = await this.workItems.open(context, { ...body, kind: 'follow-up' });
    return toView(item);
  }

  @Get()
  @Allow(...ANY_ROLE)
  async list(@Ctx() context: RequestContext, @Query() query: ListWorkItemsDto) {
    const { limit, sort, after, ...filters } = query;
    const page = await this.workItems.list(context, filters, { limit, sort, after });
    return { ...page, items: page.items.map(toView) };
  }

  @Get(':workItemId')
  @Allow(...ANY_ROLE)
  async get(@Ctx() context: RequestContext, @Param('workItemId', new ParseUUIDPipe()) id: string) {
    const { item, notes } = await this.workItems.get(context, id);
    return { ...toView(item), notes: notes.map(noteView) };
  }

  /** Sets or clears the next-action date (the state moves only through transitions). */
  @Patch(':workItemId')
  @Allow(...ANY_ROLE)
  async update(@Ctx() context: RequestContext, @Param('workItemId', new ParseUUIDPipe()) id: string, @Body() body: UpdateWorkItemDto) {
    return toView(await this.workItems.update(context, id, body));
  }

  @Post(':workItemId/transitions')
  @Allow(...ANY_ROLE)
  async transition(@Ctx() context: RequestContext, @Param('workItemId', new ParseUUIDPipe()) id: string, @Body() body: WorkItemTransitionDto) {
    const { event, ...input } = body;
    const { item, transition } = await this.workItems.transition(context, id, event, input);
    return { ...toView(item), transition: { event: transition.event, from: transition.from, to: transition.to } };
  }

  @Post(':workItemId/notes')
  @Allow(...ANY_ROLE)
  async addNote(@Ctx() context: RequestContext, @Param('workItemId', new ParseUUIDPipe()) id: string, @Body() body: AddNoteDto) {
    return noteView(await this.workItems.addNote(context, id, body.body));
  }
}
