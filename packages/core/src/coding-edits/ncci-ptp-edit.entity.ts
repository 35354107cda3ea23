import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { PtpModifierIndicator } from './ptp-file.parser';

/**
 * One NCCI procedure-to-procedure edit: the column 2 code is not paid with the column 1 code on the same date of
 * service, from the effective date until the deletion date (exclusive), unless the modifier indicator is 1 and an
 * NCCI-associated modifier is reported. Installation-wide CMS data; an edit a later quarter drops is given that
 * quarter's effective date as deletion date, never deleted.
 */
@Entity({ tableName: 'ncci_ptp_edit' })
@Unique({ name: 'ncci_ptp_edit_unique', properties: ['column1', 'column2', 'effectiveDate'] })
@Index({ name: 'ncci_ptp_edit_column2_index', properties: ['column2'] })
export class NcciPtpEdit {
  [OptionalProps]?: 'id' | 'deletionDate';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  column1!: string;

  @Property({ type: 'text' })
  column2!: string;

  @Property({ type: 'boolean', fieldName: 'prior_to_1996' })
  priorTo1996!: boolean;

  @Property({ type: 'text', fieldName: 'effective_date' })
  effectiveDate!: string;

  @Property({ type: 'text', fieldName: 'deletion_date', nullable: true })
  deletionDate: string | null = null;

  @Property({ type: 'text', fieldName: 'modifier_indicator' })
  modifierIndicator!: PtpModifierIndicator;

  @Property({ type: 'text' })
  rationale!: string;

  /** The release that last wrote the edit. */
  @Property({ type: 'uuid', fieldName: 'release_id' })
  releaseId!: string;
}
