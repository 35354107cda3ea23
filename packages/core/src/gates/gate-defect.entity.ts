import { Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** How a failing check ended: the transition was refused, or the check passed by exception. */
export type GateDefectOutcome = 'refused' | 'excepted';

/**
 * One failing gate check of one transition (`createdAt` is when). Repeated defects of a check stop the line: they
 * open an upstream-defect work item for the check's owner.
 */
@Entity({ tableName: 'gate_defect' })
@Index({ name: 'gate_defect_check_index', properties: ['organizationId', 'check', 'createdAt'] })
export class GateDefect extends TenantEntity {
  @Property({ type: 'text' })
  check!: string;

  /** The record: its type (the workflow's name, as in the audit trail) and id. */
  @Property({ type: 'text', fieldName: 'record_type' })
  recordType!: string;

  /** The event that was attempted. */
  @Property({ type: 'text' })
  event!: string;

  @Property({ type: 'text', fieldName: 'record_id' })
  recordId!: string;

  @Property({ type: 'text' })
  outcome!: GateDefectOutcome;

  @Property({ type: 'text', fieldName: 'failure_reason' })
  failureReason!: string;
}
