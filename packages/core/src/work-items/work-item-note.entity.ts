import { Entity, Index, Property } from '@mikro-orm/core';
import type { RequestContext } from '@openrcm/sdk';
import { Audited } from '../audit/audited';
import { TenantEntity } from '../persistence/base.entity';

/** A note on a work item; append-only (a trigger refuses UPDATE and DELETE). */
@Entity({ tableName: 'work_item_note' })
@Index({ name: 'work_item_note_item_index', properties: ['organizationId', 'workItemId', 'createdAt'] })
@Audited<WorkItemNote>({ recordType: 'work-item-note', patientIdOf: (note) => note.patientId })
export class WorkItemNote extends TenantEntity<'patientId'> {
  @Property({ type: 'uuid', fieldName: 'work_item_id' })
  workItemId!: string;

  /** The work item's patient, so reads of notes are audited against them. */
  @Property({ type: 'uuid', fieldName: 'patient_id', nullable: true })
  patientId: string | null = null;

  @Property({ type: 'text', fieldName: 'author_type' })
  authorType!: RequestContext['actor']['type'];

  @Property({ type: 'text', fieldName: 'author_id' })
  authorId!: string;

  @Property({ type: 'text' })
  body!: string;
}
