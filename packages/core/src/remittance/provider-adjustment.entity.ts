import { BigIntType, Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/**
 * What posting did with a PLB amount: a WO `recoupment` taken from the referenced claim, L6 `interest`, an FB
 * `forwarding-balance` tracked with its reference, anything else to the `provider-account`.
 */
export const PROVIDER_ADJUSTMENT_DISPOSITIONS = ['recoupment', 'interest', 'forwarding-balance', 'provider-account'] as const;
export type ProviderAdjustmentDisposition = (typeof PROVIDER_ADJUSTMENT_DISPOSITIONS)[number];

/** One PLB reason/amount of a remittance, as stated (positive reduces the payment), with the claim it referenced. */
@Entity({ tableName: 'provider_adjustment' })
@Index({ name: 'provider_adjustment_remittance_index', properties: ['organizationId', 'remittanceId'] })
@Index({ name: 'provider_adjustment_reason_index', properties: ['organizationId', 'reasonCode'] })
export class ProviderAdjustment extends TenantEntity<'reference' | 'claimId'> {
  @Property({ type: 'uuid', fieldName: 'remittance_id' })
  remittanceId!: string;

  /** Its order within the remittance's PLB amounts. */
  @Property({ type: 'integer' })
  position!: number;

  /** PLB01. */
  @Property({ type: 'text', fieldName: 'provider_identifier' })
  providerIdentifier!: string;

  /** PLB02. */
  @Property({ type: 'text', fieldName: 'fiscal_period_date' })
  fiscalPeriodDate!: string;

  /** PLB03-1: WO, FB, L6, CS, 72 … */
  @Property({ type: 'text', fieldName: 'reason_code' })
  reasonCode!: string;

  /** PLB03-2: for WO and FB the claim's CLP01 or CLP07. */
  @Property({ type: 'text', nullable: true })
  reference: string | null = null;

  @Property({ type: new BigIntType('number'), fieldName: 'amount_cents' })
  amountCents!: number;

  @Property({ type: 'text' })
  disposition!: ProviderAdjustmentDisposition;

  /** The claim a WO or FB reference matched. */
  @Property({ type: 'uuid', fieldName: 'claim_id', nullable: true })
  claimId: string | null = null;
}
