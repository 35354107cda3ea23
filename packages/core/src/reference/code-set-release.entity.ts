import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** One import of a code-set release, with what it changed. */
@Entity({ tableName: 'code_set_release' })
export class CodeSetRelease {
  [OptionalProps]?: 'id' | 'importedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** `icd10cm`, later `hcpcs`, `modifiers`, `pos`, … */
  @Property({ type: 'text', fieldName: 'code_set' })
  codeSet!: string;

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
