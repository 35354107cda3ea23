import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

const RVU = { type: 'decimal', precision: 12, scale: 4 } as const;

/** One row of an imported PFS Relative Value File: RVUs, status and indicators of a HCPCS code (and modifier). */
@Entity({ tableName: 'medicare_rvu' })
@Unique({ name: 'medicare_rvu_unique', properties: ['releaseId', 'hcpcs', 'modifier'] })
export class MedicareRvu {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The {@link MedicarePfsRelease} (kind `rvu`) this row came from. */
  @Property({ type: 'uuid', fieldName: 'release_id' })
  releaseId!: string;

  @Property({ type: 'text' })
  hcpcs!: string;

  /** `''` for the global row; `26`, `TC` or `53` for the rows the file prices separately. */
  @Property({ type: 'text' })
  modifier!: string;

  @Property({ type: 'text' })
  description!: string;

  /** PFS status code (see PFS_STATUS_CODES). */
  @Property({ type: 'text', fieldName: 'status_code' })
  statusCode!: string;

  @Property({ type: 'boolean', fieldName: 'not_used_for_medicare_payment' })
  notUsedForMedicarePayment!: boolean;

  @Property({ ...RVU, fieldName: 'work_rvu' })
  workRvu!: string;

  @Property({ ...RVU, fieldName: 'non_facility_pe_rvu' })
  nonFacilityPeRvu!: string;

  /** The non-facility PE RVU is not applicable (NA): the service is not paid in a non-facility setting. */
  @Property({ type: 'boolean', fieldName: 'non_facility_na' })
  nonFacilityNa!: boolean;

  @Property({ ...RVU, fieldName: 'facility_pe_rvu' })
  facilityPeRvu!: string;

  @Property({ type: 'boolean', fieldName: 'facility_na' })
  facilityNa!: boolean;

  @Property({ ...RVU, fieldName: 'mp_rvu' })
  mpRvu!: string;

  @Property({ type: 'text', fieldName: 'pctc_indicator' })
  pctcIndicator!: string;

  @Property({ ...RVU, fieldName: 'conversion_factor', nullable: true })
  conversionFactor!: string | null;
}
