import { BigIntType, Entity, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** The amount a fixed fee schedule sets for a procedure code, with or without a modifier. */
@Entity({ tableName: 'fee_schedule_entry' })
@Unique({ name: 'fee_schedule_entry_unique', properties: ['feeScheduleId', 'code', 'modifier'] })
export class FeeScheduleEntry extends TenantEntity {
  @Property({ type: 'uuid', fieldName: 'fee_schedule_id' })
  feeScheduleId!: string;

  /** CPT or HCPCS code, upper case (`99213`, `G0011`). */
  @Property({ type: 'text' })
  code!: string;

  /** `''` when the entry applies to the code without a modifier; else the two-character modifier. */
  @Property({ type: 'text' })
  modifier!: string;

  /** Integer cents. */
  @Property({ type: new BigIntType('number'), fieldName: 'amount_cents' })
  amountCents!: number;
}
