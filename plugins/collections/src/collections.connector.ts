import {
  OperationResults, type AgencyActivity, type AgencyFileOutcome, type Clock, type CollectionAgencyConnector, type CollectorIdentity, type DirectPayment, type OperationResult,
  type PlacementAccount, type ValidationIssue,
} from '@openrcm/sdk';
import type { ActivityInbox } from './activity-inbox';
import { readActivityFile } from './activity.reader';
import { directPaymentFieldOf, directPaymentRows } from './direct-payment-rows';
import { DIRECT_PAYMENT_COLUMNS, PLACEMENT_COLUMNS, RECALL_COLUMNS, type Column, type FileLayout } from './layouts';
import type { OutboundFiles, OutboundKind } from './outbound-files';
import { placementFieldOf, placementRows } from './placement-rows';
import { recallRows } from './recall-rows';

/** The connector's id, as core and the admin app name it. */
export const CONNECTOR_ID = 'collections';

/** What the connector is made of, from the settings and the plugin's services. */
export interface AgencyConnectorParts {
  readonly layout: FileLayout;
  readonly outbound: OutboundFiles;
  readonly inbox: ActivityInbox;
  readonly clock: Clock;
  /** The collector validation notices name, when OpenRCM sends them for the agency; `null` when the agency does. */
  readonly noticeSender: CollectorIdentity | null;
  /** Whether the agency's payment amounts are what the debtor paid or what it remitted after its fee. */
  readonly paymentsReported: 'gross' | 'net';
}

const BATCH_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

function refusal(issues: readonly ValidationIssue[]): OperationResult<never> {
  return OperationResults.failure(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '), { code: 'invalid-batch' });
}

/** The columns of each outbound file. */
const COLUMNS_OF: Readonly<Record<OutboundKind, readonly Column[]>> = { placement: PLACEMENT_COLUMNS, recall: RECALL_COLUMNS, 'direct-payment': DIRECT_PAYMENT_COLUMNS };

/** The file name of a batch: `<kind>-<batchId>-<YYYYMMDD>.<csv|txt>`. */
export function batchFileName(kind: OutboundKind, batchId: string, today: string, layout: FileLayout): string {
  return `${kind}-${batchId}-${today.replaceAll('-', '')}.${layout.extension}`;
}

/**
 * The generic agency connector: placements, recalls and direct payments written as files in the configured layout, activity read
 * from the agency's files. Bad input (a batch id that cannot be a file name, an account that does not fit the
 * layout) is a `FAILURE` naming every field, and nothing is written.
 */
export function createAgencyConnector(parts: AgencyConnectorParts): CollectionAgencyConnector {
  const { layout, outbound, inbox, clock } = parts;
  const withBasis = (outcome: AgencyFileOutcome): AgencyFileOutcome =>
    outcome.status === 'read' ? { ...outcome, activity: outcome.activity.map((activity) => (activity.kind === 'payment' ? { ...activity, amountBasis: parts.paymentsReported } : activity)) } : outcome;
  const take = async () => {
    const taken = await inbox.take();
    return taken.status === 'SUCCESS' ? OperationResults.success(taken.value.map(withBasis)) : taken;
  };
  const write = async (kind: OutboundKind, batchId: string, rows: ReturnType<typeof placementRows>, fieldOf: (row: number, column: string) => string) => {
    if (!BATCH_ID.test(batchId)) return refusal([{ field: 'batchId', message: 'must be 1 to 64 letters, digits, dashes or underscores, starting with a letter or digit' }]);
    if ('issues' in rows) return refusal(rows.issues);
    const encoded = layout.encode(COLUMNS_OF[kind], rows.rows, fieldOf);
    if ('issues' in encoded) return refusal(encoded.issues);
    return outbound.deliver({ kind, batchId, fileName: batchFileName(kind, batchId, clock.today(), layout), content: encoded.content });
  };
  return {
    id: CONNECTOR_ID,
    place: (_context, batchId, accounts: readonly PlacementAccount[]) => write('placement', batchId, placementRows(accounts), placementFieldOf),
    recall: (_context, batchId, accountNumbers) => write('recall', batchId, recallRows(accountNumbers, clock.today()), (row) => `accountNumbers[${row}]`),
    reportDirectPayments: (_context, batchId, payments: readonly DirectPayment[]) => write('direct-payment', batchId, directPaymentRows(payments), directPaymentFieldOf),
    fetchActivityFiles: take,
    async fetchActivity() {
      const taken = await take();
      if (taken.status !== 'SUCCESS') return taken;
      return OperationResults.success(taken.value.flatMap((outcome): readonly AgencyActivity[] => (outcome.status === 'read' ? outcome.activity : [])));
    },
    readActivityFile: async (_context, file) => withBasis(readActivityFile(layout, file, clock.today())),
    validationNoticeSender: async () => parts.noticeSender,
  };
}
