import { Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';
import { CLAIM_FIRST_TRANSITION_INDEX } from '../persistence/migrations/reporting-indexes';

/** One committed transition of a record (claim, encounter, work item): who moved it, by which event, from and to. */
@Entity({ tableName: 'workflow_transition' })
@Index({ name: 'workflow_transition_record_index', properties: ['organizationId', 'workflow', 'recordId', 'createdAt'] })
@Index({ name: 'workflow_transition_claim_first_index', expression: CLAIM_FIRST_TRANSITION_INDEX })
export class WorkflowTransition extends TenantEntity {
  @Property({ type: 'text' })
  workflow!: string;

  @Property({ type: 'text', fieldName: 'record_id' })
  recordId!: string;

  @Property({ type: 'text' })
  event!: string;

  @Property({ type: 'text', fieldName: 'from_state' })
  fromState!: string;

  @Property({ type: 'text', fieldName: 'to_state' })
  toState!: string;

  /** `user`, `api-key` or `system`, and its id. */
  @Property({ type: 'text', fieldName: 'actor_type' })
  actorType!: string;

  @Property({ type: 'text', fieldName: 'actor_id' })
  actorId!: string;
}
