import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** The two CMS edit tables. */
export type CodingEditKind = 'ptp' | 'mue';

/**
 * One imported CMS edit table file (a PTP table part or the MUE table) for a quarter, with what it changed. Public CMS
 * data shared by every organization of the installation.
 */
@Entity({ tableName: 'coding_edit_release' })
@Index({ name: 'coding_edit_release_kind_index', properties: ['kind', 'effectiveDate'] })
export class CodingEditRelease {
  [OptionalProps]?: 'id' | 'importedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  kind!: CodingEditKind;

  /** The quarter's first day (ISO calendar date). */
  @Property({ type: 'text', fieldName: 'effective_date' })
  effectiveDate!: string;

  @Property({ type: 'text', fieldName: 'source_file' })
  sourceFile!: string;

  @Property({ type: 'integer' })
  total!: number;

  @Property({ type: 'integer' })
  added!: number;

  @Property({ type: 'integer' })
  changed!: number;

  @Property({ type: 'integer' })
  retired!: number;

  @Property({ type: 'text', fieldName: 'imported_by' })
  importedBy!: string;

  @Property({ type: 'timestamptz', fieldName: 'imported_at' })
  importedAt: Date = new Date();
}
