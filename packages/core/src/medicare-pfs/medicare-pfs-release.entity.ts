import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** The two CMS files the Medicare PFS pricer reads. */
export type MedicarePfsFileKind = 'rvu' | 'gpci';

/**
 * One imported CMS file (RVU or GPCI) for a calendar year, effective from a date in that year (RVU files come
 * quarterly: A January, B April …). Public CMS data, shared by every organization of the installation.
 */
@Entity({ tableName: 'medicare_pfs_release' })
@Unique({ name: 'medicare_pfs_release_unique', properties: ['kind', 'effectiveFrom'] })
export class MedicarePfsRelease {
  [OptionalProps]?: 'id' | 'importedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  kind!: MedicarePfsFileKind;

  @Property({ type: 'integer' })
  year!: number;

  /** ISO calendar date within `year`; prices for dates of service from then on use this file. */
  @Property({ type: 'text', fieldName: 'effective_from' })
  effectiveFrom!: string;

  @Property({ type: 'text', fieldName: 'source_file' })
  sourceFile!: string;

  @Property({ type: 'integer' })
  rows!: number;

  @Property({ type: 'text', fieldName: 'imported_by' })
  importedBy!: string;

  @Property({ type: 'timestamptz', fieldName: 'imported_at' })
  importedAt: Date = new Date();
}
