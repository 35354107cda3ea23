import type { RequestContext } from '../context/request-context';
import type { OperationResult } from '../result/operation-result';

/** The minimum necessary data of a placed account: no diagnoses, no procedure codes. @public */
export interface PlacementAccount {
  /** The patient account number the agency reports activity against. */
  readonly accountNumber: string;
  /** The debtor's (the responsible party's) full name. */
  readonly debtorName: string;
  /** The debtor's mailing address, one entry per line. */
  readonly debtorAddress: readonly string[];
  /** The balance placed with the agency, in integer cents. */
  readonly balanceCents: number;
  /** The Regulation F itemization date the validation notice itemizes from (ISO calendar date, YYYY-MM-DD). */
  readonly itemizationDate: string;
  /** The date of the last payment on the account, if any (ISO calendar date, YYYY-MM-DD). */
  readonly lastPaymentDate?: string;
}

/** An activity the agency reports back. @public */
export interface AgencyActivity {
  /** The placed account the activity belongs to ({@link PlacementAccount.accountNumber}). */
  readonly accountNumber: string;
  /**
   * What happened: a payment collected, a balance adjustment, the account returned by the agency, a dispute, a
   * bankruptcy or a deceased debtor.
   */
  readonly kind: 'payment' | 'adjustment' | 'return' | 'dispute' | 'bankruptcy' | 'deceased';
  /** The amount of money involved (a payment or adjustment), in integer cents. */
  readonly amountCents: number;
  /** The agency's fee on this activity, in integer cents. */
  readonly agencyFeeCents: number;
  /** The date the activity happened (ISO calendar date, YYYY-MM-DD). */
  readonly occurredOn: string;
  /** The agency's own id for the activity. */
  readonly reference: string;
}

/** Extension point `collection-agency-connector`: places, recalls and imports agency activity. @public */
export interface CollectionAgencyConnector {
  /** A stable id for this connector, e.g. the agency's name in kebab-case. */
  readonly id: string;
  /** Places accounts with the agency as one batch; `SUCCESS` carries the agency's reference for the placement. */
  place(context: RequestContext, batchId: string, accounts: readonly PlacementAccount[]): Promise<OperationResult<{ readonly reference: string }>>;
  /** Recalls placed accounts (by account number) from the agency; `SUCCESS` carries the agency's reference for the recall. */
  recall(context: RequestContext, batchId: string, accountNumbers: readonly string[]): Promise<OperationResult<{ readonly reference: string }>>;
  /** Activity the agency reported since the last call (payments, adjustments, returns, disputes…). */
  fetchActivity(context: RequestContext): Promise<OperationResult<readonly AgencyActivity[]>>;
}
