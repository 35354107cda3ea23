import { Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** How a fee schedule prices a code: a fixed amount per code, or a percentage of the Medicare PFS allowed amount. */
export const FEE_SCHEDULE_KINDS = ['fixed', 'percent-of-medicare'] as const;
export type FeeScheduleKind = (typeof FEE_SCHEDULE_KINDS)[number];

/**
 * A fee schedule of the organization: a payer's contract (payerRecordId set) or, with no payer, the organization's
 * standard charge master; effective from a date, optionally to a date (inclusive). `fixed` schedules price codes
 * from their entries; `percent-of-medicare` ones take `percentBasisPoints` (12000 = 120 %) of the Medicare PFS
 * allowed amount in the schedule's Medicare locality.
 */
@Entity({ tableName: 'fee_schedule' })
@Index({ name: 'fee_schedule_lookup_index', properties: ['organizationId', 'payerRecordId', 'effectiveFrom'] })
export class FeeSchedule extends TenantEntity<'payerRecordId' | 'effectiveTo' | 'percentBasisPoints' | 'medicareMac' | 'medicareLocality'> {
  @Property({ type: 'text' })
  name!: string;

  /** The payer row's id (not the X12 payer id); null for the standard charge master. */
  @Property({ type: 'uuid', fieldName: 'payer_record_id', nullable: true })
  payerRecordId: string | null = null;

  @Property({ type: 'text', fieldName: 'effective_from' })
  effectiveFrom!: string;

  /** The last date the schedule applies (inclusive); null while open-ended. */
  @Property({ type: 'text', fieldName: 'effective_to', nullable: true })
  effectiveTo: string | null = null;

  @Property({ type: 'text' })
  kind!: FeeScheduleKind;

  /** For `percent-of-medicare`: the percentage in basis points (10000 = 100 %). */
  @Property({ type: 'integer', fieldName: 'percent_basis_points', nullable: true })
  percentBasisPoints: number | null = null;

  /** For `percent-of-medicare`: the Medicare locality priced, MAC contractor number (five digits). */
  @Property({ type: 'text', fieldName: 'medicare_mac', nullable: true })
  medicareMac: string | null = null;

  /** For `percent-of-medicare`: the locality number within the MAC (two digits). */
  @Property({ type: 'text', fieldName: 'medicare_locality', nullable: true })
  medicareLocality: string | null = null;
}
