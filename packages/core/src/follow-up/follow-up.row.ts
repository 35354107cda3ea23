import type { SqlCursorKey } from '../http/keyset';
import { sqlSortOf, type SqlSortField } from '../http/list-query';
import { describeClaimStatus, meaningOf } from './claim-status-categories';

/** A worklist row as SQL returns it. */
export interface FollowUpRowRecord {
  readonly work_item_id: string;
  readonly state: string;
  readonly due_date: string | null;
  readonly next_action_date: string | null;
  readonly assignee_user_id: string | null;
  readonly created_at: Date | string;
  readonly claim_id: string;
  readonly patient_control_number: string;
  readonly claim_state: string;
  readonly total_charge_cents: string | number;
  readonly date_of_service: string;
  readonly payer_record_id: string;
  readonly payer_name: string;
  readonly follow_up_days: number;
  readonly submitted_at: Date | string | null;
  readonly inquiry_outcome: string | null;
  readonly status_category: string | null;
  readonly status_code: string | null;
  readonly status_entity: string | null;
  readonly effective_date: string | null;
  readonly inquiry_error: string | null;
  readonly inquired_at: Date | string | null;
}

/** One claim on the follow-up worklist: its item, the claim, its payer, how long it has waited, and the last 276 answer. */
export interface FollowUpRow {
  readonly workItemId: string;
  readonly state: string;
  readonly dueDate: string | null;
  readonly nextActionDate: string | null;
  readonly assigneeUserId: string | null;
  readonly openedAt: string;
  readonly claimId: string;
  readonly patientControlNumber: string;
  readonly claimState: string;
  readonly totalChargeCents: number;
  readonly dateOfService: string;
  readonly payerRecordId: string;
  readonly payerName: string;
  readonly followUpDays: number;
  readonly submittedAt: string | null;
  /** Whole days since the last submission. */
  readonly daysSinceSubmission: number | null;
  readonly lastInquiry: {
    readonly outcome: string;
    readonly statusCategory: string | null;
    readonly statusCode: string | null;
    readonly statusEntity: string | null;
    readonly effectiveDate: string | null;
    readonly meaning: string | null;
    readonly description: string | null;
    readonly error: string | null;
    readonly askedAt: string;
  } | null;
}

/** Sort keys of the worklist: `age` (days since submission), `nextActionDate`, `dueDate`; `-` for descending; NULLs last. */
const SORTS: Readonly<Record<string, SqlSortField>> = {
  // Older is a smaller submitted_at: ascending age is descending submission time.
  age: { sql: 's.submitted_at', column: 'submitted_at', kind: 'timestamp', nullable: true, nulls: 'last', inverted: true },
  nextActionDate: { sql: 'w.next_action_date', column: 'next_action_date', kind: 'date', nullable: true, nulls: 'last' },
  dueDate: { sql: 'w.due_date', column: 'due_date', kind: 'date', nullable: true, nulls: 'last' },
};

const BY_ITEM: SqlCursorKey = { name: 'id', sql: 'w.id', column: 'work_item_id', kind: 'uuid', direction: 'asc', nullable: false, nullsFirst: false };

/** The keys of `sort` (default `-age`, the longest waiting first), ending with the item id so pages are stable. */
export function followUpSortOf(sort: string | undefined): SqlCursorKey[] {
  return sqlSortOf(sort ?? '-age', SORTS, [BY_ITEM]);
}

export function toFollowUpRow(row: FollowUpRowRecord, now: Date): FollowUpRow {
  const submittedAt = row.submitted_at === null ? null : new Date(row.submitted_at);
  return {
    workItemId: row.work_item_id,
    state: row.state,
    dueDate: row.due_date,
    nextActionDate: row.next_action_date,
    assigneeUserId: row.assignee_user_id,
    openedAt: new Date(row.created_at).toISOString(),
    claimId: row.claim_id,
    patientControlNumber: row.patient_control_number,
    claimState: row.claim_state,
    totalChargeCents: Number(row.total_charge_cents),
    dateOfService: row.date_of_service,
    payerRecordId: row.payer_record_id,
    payerName: row.payer_name,
    followUpDays: row.follow_up_days,
    submittedAt: submittedAt?.toISOString() ?? null,
    daysSinceSubmission: submittedAt ? Math.floor((now.getTime() - submittedAt.getTime()) / 86_400_000) : null,
    lastInquiry:
      row.inquiry_outcome === null || row.inquired_at === null
        ? null
        : {
            outcome: row.inquiry_outcome,
            statusCategory: row.status_category,
            statusCode: row.status_code,
            statusEntity: row.status_entity,
            effectiveDate: row.effective_date,
            meaning: row.status_category ? meaningOf(row.status_category) : null,
            description: row.status_category && row.status_code ? describeClaimStatus({ category: row.status_category, code: row.status_code, entity: row.status_entity }) : null,
            error: row.inquiry_error,
            askedAt: new Date(row.inquired_at).toISOString(),
          },
  };
}
