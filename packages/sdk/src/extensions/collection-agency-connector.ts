import type { RequestContext } from '../context/request-context';
import type { OperationResult } from '../result/operation-result';

/** The minimum necessary data of a placed account: no diagnoses, no procedure codes. @public */
export interface PlacementAccount {
  readonly accountNumber: string;
  readonly debtorName: string;
  readonly debtorAddress: readonly string[];
  readonly balanceCents: number;
  readonly itemizationDate: string;
  readonly lastPaymentDate?: string;
}

/** An activity the agency reports back. @public */
export interface AgencyActivity {
  readonly accountNumber: string;
  readonly kind: 'payment' | 'adjustment' | 'return' | 'dispute' | 'bankruptcy' | 'deceased';
  readonly amountCents: number;
  readonly agencyFeeCents: number;
  readonly occurredOn: string;
  readonly reference: string;
}

/** Extension point `collection-agency-connector`: places, recalls and imports agency activity. @public */
export interface CollectionAgencyConnector {
  readonly id: string;
  place(context: RequestContext, batchId: string, accounts: readonly PlacementAccount[]): Promise<OperationResult<{ readonly reference: string }>>;
  recall(context: RequestContext, batchId: string, accountNumbers: readonly string[]): Promise<OperationResult<{ readonly reference: string }>>;
  fetchActivity(context: RequestContext): Promise<OperationResult<readonly AgencyActivity[]>>;
}
