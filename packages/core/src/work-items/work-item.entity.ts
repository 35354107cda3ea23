import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Audited } from '../audit/audited';
import { TenantEntity } from '../persistence/base.entity';
import { LIST_INDEXES } from '../persistence/migrations/list-indexes';
import { WorkItemPriorityType } from './work-item-priority.type';
import type { WorkItemKind, WorkItemPriority } from './work-item.types';
import type { WorkItemState } from './work-item.workflow';

/**
 * Something a person must do about a record: a denial, a follow-up, a gate check passed by exception, or a repeated
 * gate defect to fix upstream. Its state moves only through the `work-item` workflow; its notes are append-only.
 */
@Entity({ tableName: 'work_item' })
@Index({ name: 'work_item_state_queue_index', expression: LIST_INDEXES.workItemStateQueue })
@Index({ name: 'work_item_kind_queue_index', expression: LIST_INDEXES.workItemKindQueue })
@Index({ name: 'work_item_due_queue_index', expression: LIST_INDEXES.workItemDueQueue })
@Index({ name: 'work_item_record_index', properties: ['organizationId', 'recordType', 'recordId'] })
@Index({ name: 'work_item_category_index', properties: ['organizationId', 'kind', 'category'] })
@Index({ name: 'work_item_next_action_index', properties: ['organizationId', 'nextActionDate'] })
@Unique({
  name: 'work_item_claim_follow_up_unique',
  expression: `create unique index "work_item_claim_follow_up_unique" on "work_item" ("organization_id", "record_id") where "kind" = 'follow-up' and "category" = 'claim-no-answer' and "state" in ('open', 'assigned', 'in-progress', 'waiting-on-payer')`,
})
@Audited<WorkItem>({ recordType: 'work-item', patientIdOf: (item) => item.patientId })
export class WorkItem extends TenantEntity<'category' | 'patientId' | 'ownerUserId' | 'ownerRole' | 'assigneeUserId' | 'dueDate' | 'nextActionDate' | 'state' | 'resolutionNote' | 'updatedAt'> {
  @Property({ type: 'text' })
  kind!: WorkItemKind;

  @Property({ type: 'text' })
  title!: string;

  /** For gate items the check's name; for denials the denial category. */
  @Property({ type: 'text', nullable: true })
  category: string | null = null;

  @Property({ type: 'text', fieldName: 'record_type' })
  recordType!: string;

  @Property({ type: 'text', fieldName: 'record_id' })
  recordId!: string;

  @Property({ type: 'uuid', fieldName: 'patient_id', nullable: true })
  patientId: string | null = null;

  @Property({ type: 'uuid', fieldName: 'owner_user_id', nullable: true })
  ownerUserId: string | null = null;

  @Property({ type: 'text', fieldName: 'owner_role', nullable: true })
  ownerRole: string | null = null;

  @Property({ type: 'uuid', fieldName: 'assignee_user_id', nullable: true })
  assigneeUserId: string | null = null;

  /** Calendar date, YYYY-MM-DD. */
  @Property({ type: 'text', fieldName: 'due_date', nullable: true })
  dueDate: string | null = null;

  /** When someone should next act on it (call the payer again, check the portal): a calendar date, YYYY-MM-DD. */
  @Property({ type: 'text', fieldName: 'next_action_date', nullable: true })
  nextActionDate: string | null = null;

  @Property({ type: WorkItemPriorityType })
  priority!: WorkItemPriority;

  @Property({ type: 'text' })
  state: WorkItemState = 'open';

  @Property({ type: 'text', fieldName: 'resolution_note', nullable: true })
  resolutionNote: string | null = null;

  /** Who opened it: a user's or API key's id, or `system`. */
  @Property({ type: 'text', fieldName: 'opened_by' })
  openedBy!: string;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
