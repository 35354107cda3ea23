import {
  definePlugin, OperationResults, type AgencyActivity, type AgencyFileOutcome, type CollectionAgencyConnector, type CollectorIdentity, type DirectPayment, type PlacementAccount,
  type ValidationIssue,
} from '@openrcm/sdk';
import { z } from 'zod';

/** What the test agency was sent: placements, recalls and direct payments, in order. */
export const agencyInbox = {
  placements: [] as { batchId: string; accounts: readonly PlacementAccount[] }[],
  recalls: [] as { batchId: string; accountNumbers: readonly string[] }[],
  directPayments: [] as { batchId: string; payments: readonly DirectPayment[] }[],
  /** When set, the next placement is refused with this reason. */
  refuseNext: null as string | null,
  /** When set, the agency asks OpenRCM to send its validation notices, naming this collector. */
  noticeSender: null as CollectorIdentity | null,
};

const KINDS = ['payment', 'adjustment', 'return', 'dispute', 'bankruptcy', 'deceased'] as const;

/** Reads the test agency's activity file: `account,kind,amount,fee,date,reference[,note]` per line, cents as integers. */
export function readTestActivity(fileName: string, text: string): AgencyFileOutcome {
  const activity: AgencyActivity[] = [];
  const issues: ValidationIssue[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const [accountNumber = '', kind = '', amount = '', fee = '', occurredOn = '', reference = '', note] = raw.split(',');
    const bad = (field: string, message: string) => issues.push({ field: `line ${line}, ${field}`, message });
    if (!accountNumber) bad('account', 'required');
    if (!(KINDS as readonly string[]).includes(kind)) bad('kind', `expected one of ${KINDS.join(', ')}`);
    if (!/^\d+$/.test(amount)) bad('amount', 'expected whole cents');
    if (!/^\d+$/.test(fee)) bad('fee', 'expected whole cents');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(occurredOn)) bad('date', 'expected YYYY-MM-DD');
    activity.push({ accountNumber, kind: kind as AgencyActivity['kind'], amountCents: Number(amount), agencyFeeCents: Number(fee), occurredOn, reference, source: { fileName, line }, ...(note ? { note } : {}) });
  });
  return issues.length > 0 ? { status: 'refused', fileName, issues } : { status: 'read', fileName, activity };
}

const connector: CollectionAgencyConnector = {
  id: 'test-agency',
  async place(_context, batchId, accounts) {
    if (agencyInbox.refuseNext) {
      const reason = agencyInbox.refuseNext;
      agencyInbox.refuseNext = null;
      return OperationResults.failure(reason);
    }
    agencyInbox.placements.push({ batchId, accounts });
    return OperationResults.success({ reference: `PLACED-${agencyInbox.placements.length}` });
  },
  async recall(_context, batchId, accountNumbers) {
    agencyInbox.recalls.push({ batchId, accountNumbers });
    return OperationResults.success({ reference: `RECALL-${agencyInbox.recalls.length}` });
  },
  async reportDirectPayments(_context, batchId, payments) {
    agencyInbox.directPayments.push({ batchId, payments });
    return OperationResults.success({ reference: `DIRECT-${agencyInbox.directPayments.length}` });
  },
  async fetchActivity() {
    return OperationResults.success([]);
  },
  async readActivityFile(_context, file) {
    return readTestActivity(file.fileName, Buffer.from(file.content).toString('utf8'));
  },
  async validationNoticeSender() {
    return agencyInbox.noticeSender;
  },
};

/** A collection agency connector for tests: remembers what it is sent, reads a small CSV of activity. */
export const testAgencyPlugin = definePlugin({
  id: 'test-agency',
  version: '1.0.0',
  sdk: '^1.9.0',
  settings: z.object({}),
  register(ctx) {
    ctx.contribute('collection-agency-connector', connector);
  },
});
