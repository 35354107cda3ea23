import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * One code of a public code set (ICD-10-CM, place of service, HCPCS modifiers …) as a release published it: reference
 * data shared by every organization. A code dropped by a later release is retired on that release's effective date,
 * never deleted, so claims for earlier dates of service still validate.
 */
@Entity({ tableName: 'reference_code' })
@Index({ name: 'reference_code_lookup_index', properties: ['codeSet', 'code', 'effectiveFrom'] })
@Index({
  name: 'reference_code_code_prefix_index',
  expression: 'create index "reference_code_code_prefix_index" on "reference_code" ("code_set", "code" text_pattern_ops)',
})
@Index({
  name: 'reference_code_description_search_index',
  expression: `create index "reference_code_description_search_index" on "reference_code" using gin (to_tsvector('simple', "description"))`,
})
@Unique({
  name: 'reference_code_current_unique',
  expression: 'create unique index "reference_code_current_unique" on "reference_code" ("code_set", "code") where "retired_on" is null',
})
export class ReferenceCode {
  [OptionalProps]?: 'id' | 'retiredOn';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** `icd10cm`, `pos`, `modifiers`. */
  @Property({ type: 'text', fieldName: 'code_set' })
  codeSet!: string;

  /** As on claims: ICD-10-CM without the dot (`E119`), POS `11`, modifier `25`. */
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  description!: string;

  /** The effective date of the release that first carried the code (ISO calendar date). */
  @Property({ type: 'text', fieldName: 'effective_from' })
  effectiveFrom!: string;

  /** The effective date of the release that dropped it; null while current. */
  @Property({ type: 'text', fieldName: 'retired_on', nullable: true })
  retiredOn: string | null = null;
}
