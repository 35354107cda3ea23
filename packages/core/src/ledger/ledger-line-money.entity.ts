import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One service line's money by the kinds the collection rates count (ADR 0015): the sums of its entries folded in so
 * far, in the ledger's signs (a charge positive; a payment and an adjustment negative), a reversal counted against
 * the kind and CAS group of the entry it reverses, so a reversed payment nets out of the payments. `date_of_service`
 * is the charge's, copied so that a cohort of dates of service is read without the charges.
 * A rollup, not a record: `LedgerRollupFolder` adds the entries queued in `ledger_entry_unrolled` to it, nothing else
 * writes it, and `openrcm ledger verify` recomputes it. Declared here so that the schema check sees the table; code
 * reads it in SQL (`charge-cohort`) and never writes it through the unit of work.
 */
@Entity({ tableName: 'ledger_line_money' })
export class LedgerLineMoney {
  @PrimaryKey({ type: 'uuid', fieldName: 'charge_id' })
  chargeId!: string;

  @Property({ type: 'uuid', fieldName: 'organization_id' })
  organizationId!: string;

  @Property({ type: 'text', fieldName: 'date_of_service' })
  dateOfService!: string;

  /** Entries of kind `charge`. */
  @Property({ type: new BigIntType('number'), fieldName: 'charge_cents' })
  chargeCents!: number;

  /** Entries of kind `payment` (payers' and the patient's; a recoupment positive). */
  @Property({ type: new BigIntType('number'), fieldName: 'payment_cents' })
  paymentCents!: number;

  /** Entries of kind `refund`. */
  @Property({ type: new BigIntType('number'), fieldName: 'refund_cents' })
  refundCents!: number;

  /** Entries of kind `adjustment` with CAS group CO: what posting adjusted off as contractual. */
  @Property({ type: new BigIntType('number'), fieldName: 'contractual_cents' })
  contractualCents!: number;
}
