import { BigIntType, Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** How a service payment found its claim line. */
export const LINE_MATCH_METHODS = ['control-number', 'procedure', 'unmatched'] as const;
export type LineMatchMethod = (typeof LINE_MATCH_METHODS)[number];

/** `flagged` for review when allowed or paid differ from the contract; `explained` once a person said why. */
export const VARIANCE_STATUSES = ['none', 'flagged', 'explained'] as const;
export type VarianceStatus = (typeof VARIANCE_STATUSES)[number];

/** One SVC service payment of a remittance claim, as stated, with the claim line it matched and its variance. */
@Entity({ tableName: 'remittance_line' })
@Index({ name: 'remittance_line_claim_index', properties: ['organizationId', 'remittanceClaimId'] })
@Index({
  name: 'remittance_line_flagged_index',
  expression: `create index "remittance_line_flagged_index" on "remittance_line" ("organization_id", "created_at") where "variance_status" = 'flagged'`,
})
export class RemittanceLine extends TenantEntity<
  'claimLineId' | 'chargeId' | 'allowedCents' | 'units' | 'serviceDate' | 'lineItemControlNumber' | 'remarkCodes' | 'contractAllowedCents' | 'expectedPaymentCents' | 'varianceStatus' | 'varianceNote'
> {
  @Property({ type: 'uuid', fieldName: 'remittance_claim_id' })
  remittanceClaimId!: string;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text', fieldName: 'procedure_code' })
  procedureCode!: string;

  @Property({ type: 'json' })
  modifiers: string[] = [];

  /** SVC02. */
  @Property({ type: new BigIntType('number'), fieldName: 'charge_cents' })
  chargeCents!: number;

  /** SVC03. */
  @Property({ type: new BigIntType('number'), fieldName: 'payment_cents' })
  paymentCents!: number;

  /** AMT*B6 as stated. */
  @Property({ type: new BigIntType('number'), fieldName: 'allowed_cents', nullable: true })
  allowedCents: number | null = null;

  @Property({ type: 'integer', nullable: true })
  units: number | null = null;

  @Property({ type: 'text', fieldName: 'service_date', nullable: true })
  serviceDate: string | null = null;

  /** REF*6R. */
  @Property({ type: 'text', fieldName: 'line_item_control_number', nullable: true })
  lineItemControlNumber: string | null = null;

  /** LQ*HE remark codes (RARC). */
  @Property({ type: 'json', fieldName: 'remark_codes' })
  remarkCodes: string[] = [];

  @Property({ type: 'text', fieldName: 'match_method' })
  matchMethod!: LineMatchMethod;

  @Property({ type: 'uuid', fieldName: 'claim_line_id', nullable: true })
  claimLineId: string | null = null;

  @Property({ type: 'uuid', fieldName: 'charge_id', nullable: true })
  chargeId: string | null = null;

  /** What the contract allows for the line (the charge's expected allowed amount), when known. */
  @Property({ type: new BigIntType('number'), fieldName: 'contract_allowed_cents', nullable: true })
  contractAllowedCents: number | null = null;

  /** allowed − patient responsibility − Medicare sequestration, when the contract's allowed amount is known. */
  @Property({ type: new BigIntType('number'), fieldName: 'expected_payment_cents', nullable: true })
  expectedPaymentCents: number | null = null;

  @Property({ type: 'text', fieldName: 'variance_status' })
  varianceStatus: VarianceStatus = 'none';

  @Property({ type: 'text', fieldName: 'variance_note', nullable: true })
  varianceNote: string | null = null;
}
