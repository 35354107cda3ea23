import { BigIntType, Entity, Index, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** Where a remittance came from: an 835 transaction, or a paper EOB keyed in. */
export const REMITTANCE_SOURCES = ['x12', 'manual'] as const;
export type RemittanceSource = (typeof REMITTANCE_SOURCES)[number];

/** A warning posting raised without refusing the remittance (CLP05 against ΣPR, an allowed-amount variance …). */
export interface RemittanceWarning {
  readonly code: string;
  readonly message: string;
  readonly patientControlNumber?: string;
}

/**
 * One payment advice — an 835 transaction (ST…SE: one check or EFT) or a manual EOB — as the payer stated it, with
 * the outcome of posting it. The raw 835 stays in its `X12File` (hash, archive); the claims, lines, adjustments and
 * PLB amounts are kept in their own tables. One payment (TRN02 + TRN03) is posted once: a remittance is stored only
 * when it is posted, so a duplicate leaves no row.
 */
@Entity({ tableName: 'remittance' })
@Index({ name: 'remittance_trace_index', properties: ['organizationId', 'traceNumber'] })
@Unique({
  name: 'remittance_posted_once_unique',
  properties: ['organizationId', 'traceOriginator', 'traceNumber'],
})
export class Remittance extends TenantEntity<'x12FileId' | 'transactionControlNumber' | 'payerIdentifier' | 'payerRecordId' | 'payeeIdentifier' | 'paymentDate' | 'warnings' | 'claimCount' | 'unmatchedCount'> {
  @Property({ type: 'text' })
  source!: RemittanceSource;

  @Property({ type: 'uuid', fieldName: 'x12_file_id', nullable: true })
  x12FileId: string | null = null;

  /** ST02 of the 835 transaction. */
  @Property({ type: 'text', fieldName: 'transaction_control_number', nullable: true })
  transactionControlNumber: string | null = null;

  /** TRN02: the check or EFT trace number (a manual EOB's check number). */
  @Property({ type: 'text', fieldName: 'trace_number' })
  traceNumber!: string;

  /** TRN03: the payer's originating company id (a manual EOB: the payer's id). */
  @Property({ type: 'text', fieldName: 'trace_originator' })
  traceOriginator!: string;

  /** N1*PR name. */
  @Property({ type: 'text', fieldName: 'payer_name' })
  payerName!: string;

  /** The payer's id as the remittance gives it (N1*PR N104, or REF*2U). */
  @Property({ type: 'text', fieldName: 'payer_identifier', nullable: true })
  payerIdentifier: string | null = null;

  /** The `payer` row matched, when one was. */
  @Property({ type: 'uuid', fieldName: 'payer_record_id', nullable: true })
  payerRecordId: string | null = null;

  /** N1*PE N104 (the payee's NPI or tax id). */
  @Property({ type: 'text', fieldName: 'payee_identifier', nullable: true })
  payeeIdentifier: string | null = null;

  /** BPR01. */
  @Property({ type: 'text', fieldName: 'handling_code' })
  handlingCode!: string;

  /** BPR04: ACH, CHK, BOP, FWT, NON. */
  @Property({ type: 'text' })
  method!: string;

  /** BPR02 (with BPR03 `D` as a negative amount), in cents. */
  @Property({ type: new BigIntType('number'), fieldName: 'payment_cents' })
  paymentCents!: number;

  /** BPR16: check issue or EFT effective date. */
  @Property({ type: 'text', fieldName: 'payment_date', nullable: true })
  paymentDate: string | null = null;

  /** The calendar date it was taken in; the accounting date of its entries. */
  @Property({ type: 'text', fieldName: 'received_on' })
  receivedOn!: string;

  @Property({ type: 'integer', fieldName: 'claim_count' })
  claimCount = 0;

  @Property({ type: 'integer', fieldName: 'unmatched_count' })
  unmatchedCount = 0;

  @Property({ type: 'json' })
  warnings: RemittanceWarning[] = [];

  @Property({ type: 'text', fieldName: 'posted_by' })
  postedBy!: string;
}
