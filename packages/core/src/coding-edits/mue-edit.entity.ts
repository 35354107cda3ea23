import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { MueAdjudicationIndicator } from './mue-file.parser';

/**
 * One Medically Unlikely Edit of the practitioner table as a quarter published it, in effect from `effectiveFrom`
 * until `retiredOn` (exclusive). A later quarter that changes the value retires this row and adds a new one; a
 * quarter that drops the code retires it. Installation-wide CMS data; history is kept.
 */
@Entity({ tableName: 'mue_edit' })
@Index({ name: 'mue_edit_lookup_index', properties: ['code', 'effectiveFrom'] })
@Unique({
  name: 'mue_edit_current_unique',
  expression: 'create unique index "mue_edit_current_unique" on "mue_edit" ("code") where "retired_on" is null',
})
export class MueEdit {
  [OptionalProps]?: 'id' | 'retiredOn';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'integer' })
  units!: number;

  @Property({ type: 'smallint' })
  indicator!: MueAdjudicationIndicator;

  @Property({ type: 'text' })
  rationale!: string;

  @Property({ type: 'text', fieldName: 'effective_from' })
  effectiveFrom!: string;

  @Property({ type: 'text', fieldName: 'retired_on', nullable: true })
  retiredOn: string | null = null;

  /** The release that added the row. */
  @Property({ type: 'uuid', fieldName: 'release_id' })
  releaseId!: string;
}
