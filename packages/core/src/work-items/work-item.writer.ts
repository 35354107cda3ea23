import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ROLES, ValidationError, type RequestContext, type ValidationIssue } from '@openrcm/sdk';
import { Patient } from '../patients/patient.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { isCalendarDate } from '../time/calendar-date';
import { activeMemberIds, isUuid } from './organization-members';
import { WorkItemNote } from './work-item-note.entity';
import { WorkItem } from './work-item.entity';
import { WORK_ITEM_KINDS, WORK_ITEM_PRIORITIES, type OpenWorkItem } from './work-item.types';

/**
 * Opens work items and appends notes, in the caller's transaction when given one (the workflow engine opens exception
 * items inside a transition). It never changes an item's state: that is the work-item workflow's.
 */
@Injectable()
export class WorkItemWriter {
  constructor(private readonly orm: MikroORM) {}

  /** Opens an item (and its first note) after checking every field; through `em` when given, else in its own transaction. */
  async open(context: RequestContext, input: OpenWorkItem, em?: EntityManager): Promise<WorkItem> {
    if (em) return this.openIn(em, context, input);
    return currentEntityManager(this.orm).transactional((tx) => this.openIn(tx, context, input));
  }

  /** Appends a note to `item` through `em` (flushed). */
  async addNote(em: EntityManager, context: RequestContext, item: Pick<WorkItem, 'id' | 'organizationId' | 'patientId'>, body: string): Promise<WorkItemNote> {
    const text = body.trim();
    if (text === '') throw new ValidationError([{ field: 'body', message: 'a note needs text' }]);
    const note = em.create(WorkItemNote, {
      organizationId: item.organizationId,
      workItemId: item.id,
      patientId: item.patientId,
      authorType: context.actor.type,
      authorId: context.actor.id,
      body: text,
    });
    await em.flush();
    return note;
  }

  private async openIn(em: EntityManager, context: RequestContext, input: OpenWorkItem): Promise<WorkItem> {
    await this.assertValid(em, context, input);
    const item = em.create(WorkItem, {
      organizationId: context.organizationId,
      kind: input.kind,
      title: input.title.trim(),
      category: input.category?.trim() || null,
      recordType: input.recordType.trim(),
      recordId: input.recordId.trim(),
      patientId: input.patientId ?? null,
      ownerUserId: input.ownerUserId ?? null,
      ownerRole: input.ownerRole ?? null,
      dueDate: input.dueDate ?? null,
      priority: input.priority ?? 'normal',
      openedBy: context.actor.id,
    });
    await em.flush();
    if (input.note?.trim()) await this.addNote(em, context, item, input.note);
    return item;
  }

  private async assertValid(em: EntityManager, context: RequestContext, input: OpenWorkItem): Promise<void> {
    const issues: ValidationIssue[] = [];
    if (!WORK_ITEM_KINDS.includes(input.kind)) issues.push({ field: 'kind', message: `one of ${WORK_ITEM_KINDS.join(', ')}` });
    if (!input.title?.trim()) issues.push({ field: 'title', message: 'required' });
    if (!input.recordType?.trim()) issues.push({ field: 'recordType', message: 'required: the kind of record the item concerns' });
    if (!input.recordId?.trim()) issues.push({ field: 'recordId', message: 'required: the id of the record the item concerns' });
    if (!input.ownerUserId && !input.ownerRole) issues.push({ field: 'ownerUserId', message: 'name an owner: a member (ownerUserId) or a role (ownerRole)' });
    if (input.ownerRole && !(ROLES as readonly string[]).includes(input.ownerRole)) issues.push({ field: 'ownerRole', message: `one of ${ROLES.join(', ')}` });
    if (input.ownerUserId && !(await activeMemberIds(em, context.organizationId, [input.ownerUserId])).has(input.ownerUserId)) {
      issues.push({ field: 'ownerUserId', message: `${input.ownerUserId} is not an active member of this organization` });
    }
    if (input.dueDate && !isCalendarDate(input.dueDate)) issues.push({ field: 'dueDate', message: 'a calendar date, YYYY-MM-DD' });
    if (input.priority && !WORK_ITEM_PRIORITIES.includes(input.priority)) issues.push({ field: 'priority', message: `one of ${WORK_ITEM_PRIORITIES.join(', ')}` });
    if (input.patientId && (!isUuid(input.patientId) || (await em.count(Patient, { id: input.patientId, organizationId: context.organizationId })) === 0)) {
      issues.push({ field: 'patientId', message: `patient ${input.patientId} was not found` });
    }
    if (issues.length > 0) throw new ValidationError(issues);
  }
}
