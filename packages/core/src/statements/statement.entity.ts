import { BigIntType, BlobType, Entity, Index, Property } from '@mikro-orm/core';
import type { StatementDocument, StatementKind } from '@openrcm/sdk';
import { TenantEntity } from '../persistence/base.entity';

/**
 * A statement as it was rendered and sent: the document (amounts, lines, recipient), its HTML and PDF. Written once
 * and never changed (a trigger refuses UPDATE and DELETE), so what the patient received can always be shown again.
 */
@Entity({ tableName: 'statement' })
@Index({ name: 'statement_patient_index', properties: ['organizationId', 'patientId', 'statementDate'] })
@Index({ name: 'statement_run_index', properties: ['organizationId', 'runId'] })
export class Statement extends TenantEntity {
  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'uuid', fieldName: 'run_id' })
  runId!: string;

  @Property({ type: 'text' })
  kind!: StatementKind;

  @Property({ type: 'text', fieldName: 'statement_date' })
  statementDate!: string;

  @Property({ type: 'text', fieldName: 'due_date' })
  dueDate!: string;

  @Property({ type: new BigIntType('number'), fieldName: 'amount_due_cents' })
  amountDueCents!: number;

  @Property({ type: 'jsonb' })
  document!: StatementDocument;

  @Property({ type: 'text' })
  html!: string;

  @Property({ type: BlobType, lazy: true })
  pdf!: Buffer;

  /** The renderer that produced the HTML and PDF (`<plugin>/<renderer id>`). */
  @Property({ type: 'text', fieldName: 'rendered_by' })
  renderedBy!: string;
}
