import { MikroORM, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError, type RequestContext, type ValidationIssue } from '@openrcm/sdk';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { Organization } from '../organizations/organization.entity';
import { calendarDate, isCalendarDate } from '../time/calendar-date';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { WorkflowService, type StateWriter, type TransitionResult } from '../workflow/workflow.service';
import { activeMemberIds, isUuid } from './organization-members';
import { WorkItemNote } from './work-item-note.entity';
import { WorkItem } from './work-item.entity';
import type { OpenWorkItem, WorkItemKind, WorkItemPriority } from './work-item.types';
import { PAYER_ANSWER_EVENT, WORK_ITEM_ACTIVE_STATES, WORK_ITEM_EVENT_RULES, workItemWorkflow, type WorkItemEvent, type WorkItemState } from './work-item.workflow';
import { WorkItemWriter } from './work-item.writer';

/** Filters of the work-item list. */
export interface WorkItemFilters {
  readonly state?: WorkItemState;
  readonly kind?: WorkItemKind;
  readonly category?: string;
  readonly ownerUserId?: string;
  readonly ownerRole?: string;
  readonly assigneeUserId?: string;
  readonly recordType?: string;
  readonly recordId?: string;
  /** Only active items whose due date is before today in the organization's time zone. */
  readonly overdue?: boolean;
  /** true: only active items (open, assigned, in progress, waiting on the payer); false: only resolved or closed ones. */
  readonly active?: boolean;
  /** true: only items without a category (the dashboard's "(none)" queue). */
  readonly uncategorized?: boolean;
  /** Only items whose next-action date is before this calendar date (YYYY-MM-DD). */
  readonly nextActionBefore?: string;
}

/** What `update` changes on an item (its state moves only through the workflow). */
export interface WorkItemChanges {
  /** When someone should next act on it (YYYY-MM-DD); null clears it. */
  readonly nextActionDate?: string | null;
  /** When it must be done (YYYY-MM-DD); null clears it. */
  readonly dueDate?: string | null;
  readonly priority?: WorkItemPriority;
}

/** What a work-item event takes besides its name. */
export interface WorkItemTransitionInput {
  readonly assigneeUserId?: string;
  readonly note?: string;
}

/** A work item with its notes, oldest first. */
export interface WorkItemWithNotes {
  readonly item: WorkItem;
  readonly notes: WorkItemNote[];
}

const SORTABLE = { dueDate: 'dueDate', nextActionDate: 'nextActionDate', createdAt: 'createdAt', priority: 'priority' } as const;

/** Work items of an organization: open, list, read, move through the `work-item` workflow, and annotate. */
@Injectable()
export class WorkItemService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writer: WorkItemWriter,
    private readonly workflows: WorkflowService,
  ) {}

  /** Opens an item in state `open`; inside the caller's transaction when `em` is given. */
  open(context: RequestContext, input: OpenWorkItem, em?: EntityManager): Promise<WorkItem> {
    return this.writer.open(context, input, em);
  }

  async get(context: RequestContext, id: string): Promise<WorkItemWithNotes> {
    const item = await this.find(currentEntityManager(this.orm), context, id);
    const notes = await currentEntityManager(this.orm).find(WorkItemNote, { organizationId: context.organizationId, workItemId: id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    return { item, notes };
  }

  async list(context: RequestContext, filters: WorkItemFilters, query: ListQuery): Promise<Page<WorkItem>> {
    const em = currentEntityManager(this.orm);
    const orderBy = orderByOf<WorkItem>(query.sort, SORTABLE, { createdAt: 'desc', id: 'asc' });
    return findPage(em, WorkItem, await this.where(em, context, filters), query, orderBy, (item) => item);
  }

  /** Sets or clears the next-action date. */
  async update(context: RequestContext, id: string, changes: WorkItemChanges): Promise<WorkItem> {
    const em = currentEntityManager(this.orm);
    const item = await this.find(em, context, id);
    for (const field of ['nextActionDate', 'dueDate'] as const) {
      const value = changes[field];
      if (value === undefined) continue;
      if (value !== null && !isCalendarDate(value)) throw new ValidationError([{ field, message: 'a calendar date, YYYY-MM-DD, or null' }]);
      item[field] = value;
    }
    if (changes.priority) item.priority = changes.priority;
    await em.flush();
    return item;
  }

  /** Appends a note (notes are never changed or deleted). */
  async addNote(context: RequestContext, id: string, body: string): Promise<WorkItemNote> {
    const em = currentEntityManager(this.orm);
    const item = await this.find(em, context, id);
    return em.transactional((tx) => this.writer.addNote(tx, context, item, body));
  }

  /**
   * Moves an item through the `work-item` workflow: `assign` names a member as assignee; `resolve` keeps its note as
   * the resolution, `reopen` (why) clears it; any note given is appended in the same transaction.
   */
  async transition(context: RequestContext, id: string, event: string, input: WorkItemTransitionInput = {}): Promise<{ item: WorkItem; transition: TransitionResult }> {
    if (event === PAYER_ANSWER_EVENT) throw new ValidationError([{ field: 'event', message: "'answer' is applied by remittance posting when the payer answers; resolve the item instead" }]);
    const em = currentEntityManager(this.orm);
    const item = await this.find(em, context, id);
    await this.assertInput(em, context, event, input);
    const transition = await this.move(context, item, event, input, false);
    return { item: await this.find(em, context, id, true), transition };
  }

  /** Resolves an active item because the payer answered (`answer`), with `note` as the resolution, in the caller's transaction. */
  answer(context: RequestContext, item: WorkItem, note: string): Promise<TransitionResult> {
    return this.move(context, item, PAYER_ANSWER_EVENT, { note }, true);
  }

  private move(context: RequestContext, item: WorkItem, event: string, input: WorkItemTransitionInput, joinTransaction: boolean): Promise<TransitionResult> {
    const subject = { id: item.id, state: item.state, patientId: item.patientId, data: { kind: item.kind, category: item.category, assigneeUserId: item.assigneeUserId } };
    return this.workflows.transition(context, workItemWorkflow.name, subject, event, {
      ...(joinTransaction ? { joinTransaction: true } : {}),
      writeState: this.stateWriter(context, item, event as WorkItemEvent, input),
    });
  }

  private stateWriter(context: RequestContext, item: WorkItem, event: WorkItemEvent, input: WorkItemTransitionInput): StateWriter {
    return async (tx, change) => {
      const rule = WORK_ITEM_EVENT_RULES[event];
      const changes: Partial<Pick<WorkItem, 'state' | 'assigneeUserId' | 'updatedAt'>> = { state: change.to as WorkItemState, updatedAt: new Date() };
      if (rule.assignee === 'required') changes.assigneeUserId = input.assigneeUserId ?? null;
      const updated = await tx.nativeUpdate(WorkItem, { id: item.id, organizationId: item.organizationId, state: change.from as WorkItemState }, changes);
      if (updated !== 1) return false;
      // The resolution (free text) is written apart from the conditional update: PGlite's knex dialect runs a statement
      // whose inlined values contain ';' as several statements and then reports no row count.
      if (rule.resolution) await tx.nativeUpdate(WorkItem, { id: item.id, organizationId: item.organizationId }, { resolutionNote: rule.resolution === 'set' ? (input.note?.trim() ?? null) : null });
      if (input.note?.trim()) await this.writer.addNote(tx, context, item, `[${event}] ${input.note.trim()}`);
      return true;
    };
  }

  private async assertInput(em: EntityManager, context: RequestContext, event: string, input: WorkItemTransitionInput): Promise<void> {
    const rule = WORK_ITEM_EVENT_RULES[event as WorkItemEvent];
    if (!rule) return; // the workflow refuses an unknown event, naming the allowed ones
    const issues: ValidationIssue[] = [];
    if (rule.assignee === 'required' && !input.assigneeUserId) issues.push({ field: 'assigneeUserId', message: `required by '${event}': the member who works the item` });
    if (rule.assignee === 'refused' && input.assigneeUserId) issues.push({ field: 'assigneeUserId', message: `only 'assign' names an assignee, not '${event}'` });
    if (rule.assignee === 'required' && input.assigneeUserId && !(await activeMemberIds(em, context.organizationId, [input.assigneeUserId])).has(input.assigneeUserId)) {
      issues.push({ field: 'assigneeUserId', message: `${input.assigneeUserId} is not an active member of this organization` });
    }
    if (rule.note === 'required' && !input.note?.trim()) issues.push({ field: 'note', message: `required by '${event}'` });
    if (issues.length > 0) throw new ValidationError(issues);
  }

  private async find(em: EntityManager, context: RequestContext, id: string, refresh = false): Promise<WorkItem> {
    const item = isUuid(id) ? await em.findOne(WorkItem, { id, organizationId: context.organizationId }, { refresh }) : null;
    if (!item) throw new NotFoundError('work item', id);
    return item;
  }

  private async where(em: EntityManager, context: RequestContext, filters: WorkItemFilters): Promise<FilterQuery<WorkItem>> {
    const where: FilterQuery<WorkItem> & Record<string, unknown> = { organizationId: context.organizationId };
    for (const key of ['state', 'kind', 'category', 'ownerUserId', 'ownerRole', 'assigneeUserId', 'recordType', 'recordId'] as const) {
      if (filters[key] !== undefined) where[key] = filters[key];
    }
    if (filters.nextActionBefore !== undefined) {
      if (!isCalendarDate(filters.nextActionBefore)) throw new ValidationError([{ field: 'nextActionBefore', message: 'a calendar date, YYYY-MM-DD' }]);
      where['nextActionDate'] = { $lt: filters.nextActionBefore };
    }
    if (filters.uncategorized) {
      if (filters.category !== undefined) throw new ValidationError([{ field: 'uncategorized', message: 'not with category: an item has one category or none' }]);
      where['category'] = null;
    }
    if (filters.active !== undefined) {
      // A state filter on the other side matches nothing.
      const wanted = workItemWorkflow.states.filter((state) => WORK_ITEM_ACTIVE_STATES.includes(state) === filters.active && (!filters.state || state === filters.state));
      where['state'] = { $in: wanted };
    }
    if (filters.overdue) {
      const today = await this.today(em, context.organizationId);
      where['dueDate'] = { $lt: today };
      // Only active items are overdue: a state filter outside them (or active=false) matches nothing.
      where['state'] = { $in: WORK_ITEM_ACTIVE_STATES.filter((state) => filters.active !== false && (!filters.state || state === filters.state)) };
    }
    return where;
  }

  /** Today's calendar date in the organization's time zone. */
  private async today(em: EntityManager, organizationId: string): Promise<string> {
    const organization = await em.findOne(Organization, organizationId);
    return calendarDate(new Date(), organization?.timeZone ?? 'UTC');
  }
}
