import { BigIntType, Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** `matched` and posted; `unmatched`: in the unmatched queue with its reason until a person resolves it. */
export const REMITTANCE_MATCHES = ['matched', 'unmatched'] as const;
export type RemittanceMatch = (typeof REMITTANCE_MATCHES)[number];

/** One CLP claim payment of a remittance, as stated, with the claim it matched (CLP01 = our CLM01). */
@Entity({ tableName: 'remittance_claim' })
@Index({ name: 'remittance_claim_remittance_index', properties: ['organizationId', 'remittanceId'] })
@Index({ name: 'remittance_claim_claim_index', properties: ['organizationId', 'claimId'] })
@Index({
  name: 'remittance_claim_unmatched_index',
  expression: `create index "remittance_claim_unmatched_index" on "remittance_claim" ("organization_id", "created_at") where "match" = 'unmatched'`,
})
export class RemittanceClaim extends TenantEntity<'claimId' | 'patientId' | 'coverageId' | 'patientResponsibilityCents' | 'payerClaimNumber' | 'crossoverPayerName' | 'crossoverPayerId' | 'unmatchedReason' | 'reversesRemittanceClaimId'> {
  @Property({ type: 'uuid', fieldName: 'remittance_id' })
  remittanceId!: string;

  /** Its position in the remittance (1-based), for messages and a stable order. */
  @Property({ type: 'integer' })
  position!: number;

  /** CLP01. */
  @Property({ type: 'text', fieldName: 'patient_control_number' })
  patientControlNumber!: string;

  /** CLP02. */
  @Property({ type: 'text', fieldName: 'status_code' })
  statusCode!: string;

  @Property({ type: new BigIntType('number'), fieldName: 'charge_cents' })
  chargeCents!: number;

  @Property({ type: new BigIntType('number'), fieldName: 'payment_cents' })
  paymentCents!: number;

  /** CLP05. */
  @Property({ type: new BigIntType('number'), fieldName: 'patient_responsibility_cents', nullable: true })
  patientResponsibilityCents: number | null = null;

  /** CLP07: the payer's claim control number. */
  @Property({ type: 'text', fieldName: 'payer_claim_number', nullable: true })
  payerClaimNumber: string | null = null;

  /** NM1*TT: the payer the claim was crossed over to (CLP02 19–21). */
  @Property({ type: 'text', fieldName: 'crossover_payer_name', nullable: true })
  crossoverPayerName: string | null = null;

  @Property({ type: 'text', fieldName: 'crossover_payer_id', nullable: true })
  crossoverPayerId: string | null = null;

  @Property({ type: 'text' })
  match!: RemittanceMatch;

  @Property({ type: 'text', fieldName: 'unmatched_reason', nullable: true })
  unmatchedReason: string | null = null;

  @Property({ type: 'uuid', fieldName: 'claim_id', nullable: true })
  claimId: string | null = null;

  @Property({ type: 'uuid', fieldName: 'patient_id', nullable: true })
  patientId: string | null = null;

  /** The coverage whose accounts the claim payment posted to. */
  @Property({ type: 'uuid', fieldName: 'coverage_id', nullable: true })
  coverageId: string | null = null;

  /** For a reversal (CLP02 22): the earlier claim payment it reversed. */
  @Property({ type: 'uuid', fieldName: 'reverses_remittance_claim_id', nullable: true })
  reversesRemittanceClaimId: string | null = null;
}
