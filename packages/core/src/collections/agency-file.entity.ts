import { Entity, Index, Property } from '@mikro-orm/core';
import type { ValidationIssue } from '@openrcm/sdk';
import { TenantEntity } from '../persistence/base.entity';

/** A row of an agency file that could not be applied, and why (the rest of the file was). */
export interface AgencyRowFailure {
  readonly line: number | null;
  readonly accountNumber: string;
  readonly reference: string;
  readonly reason: string;
}

/**
 * The import log: one row per agency file, fetched from the agency or uploaded by staff. A refused file (a malformed
 * line) keeps its issues and posted nothing; a read file counts its rows posted, already seen (the same agency
 * reference), and failed (with why).
 */
@Entity({ tableName: 'collection_agency_file' })
@Index({ name: 'collection_agency_file_index', properties: ['organizationId', 'createdAt'] })
export class AgencyFileRecord extends TenantEntity {
  @Property({ type: 'text', fieldName: 'connector_id' })
  connectorId!: string;

  @Property({ type: 'text', fieldName: 'file_name' })
  fileName!: string;

  /** `fetched` from the agency by the import job, or `uploaded` by staff. */
  @Property({ type: 'text' })
  origin!: 'fetched' | 'uploaded';

  @Property({ type: 'text' })
  status!: 'read' | 'refused';

  @Property({ type: 'jsonb' })
  issues!: ValidationIssue[];

  @Property({ type: 'integer', fieldName: 'row_count' })
  rowCount!: number;

  @Property({ type: 'integer', fieldName: 'posted_count' })
  postedCount!: number;

  @Property({ type: 'integer', fieldName: 'duplicate_count' })
  duplicateCount!: number;

  @Property({ type: 'jsonb' })
  failures!: AgencyRowFailure[];

  @Property({ type: 'text', fieldName: 'imported_by' })
  importedBy!: string;
}
