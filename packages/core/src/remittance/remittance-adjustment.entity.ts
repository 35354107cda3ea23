import { BigIntType, Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/**
 * What posting did with a CAS amount: `contractual` and `other` were adjusted off, `denial` is held open (the balance
 * stays with the payer and the claim goes to the denial queues), `next-coverage` and `patient` were transferred;
 * `prior-payer` (CARC 23 on a secondary or tertiary payment: what the payers ahead paid or adjusted, already posted on
 * their accounts) is recorded only.
 */
export const ADJUSTMENT_DISPOSITIONS = ['contractual', 'other', 'denial', 'next-coverage', 'patient', 'prior-payer'] as const;
export type AdjustmentDisposition = (typeof ADJUSTMENT_DISPOSITIONS)[number];

/** One CAS reason/amount of a remittance claim (claim level) or line, as stated, with its disposition. */
@Entity({ tableName: 'remittance_adjustment' })
@Index({ name: 'remittance_adjustment_claim_index', properties: ['organizationId', 'remittanceClaimId'] })
export class RemittanceAdjustment extends TenantEntity<'remittanceLineId' | 'quantity'> {
  @Property({ type: 'uuid', fieldName: 'remittance_claim_id' })
  remittanceClaimId!: string;

  /** Null for a claim-level CAS. */
  @Property({ type: 'uuid', fieldName: 'remittance_line_id', nullable: true })
  remittanceLineId: string | null = null;

  /** Its order within the claim payment as stated (claim-level CAS first, then each line's). */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text', fieldName: 'group_code' })
  groupCode!: string;

  @Property({ type: 'text', fieldName: 'reason_code' })
  reasonCode!: string;

  @Property({ type: new BigIntType('number'), fieldName: 'amount_cents' })
  amountCents!: number;

  @Property({ type: 'integer', nullable: true })
  quantity: number | null = null;

  @Property({ type: 'text' })
  disposition!: AdjustmentDisposition;
}
