/**
 * Indexes that serve the keyset order of the busiest lists: equality on the filters, then the sort keys in the
 * list's direction, then the id, so a page after a cursor is one index range scan (page N costs what page 1 does).
 */
export const LIST_INDEXES = {
  workItemStateQueue: `create index "work_item_state_queue_index" on "work_item" ("organization_id", "state", "created_at" desc, "id")`,
  workItemKindQueue: `create index "work_item_kind_queue_index" on "work_item" ("organization_id", "kind", "state", "created_at" desc, "id")`,
  workItemDueQueue: `create index "work_item_due_queue_index" on "work_item" ("organization_id", "state", "due_date", "id")`,
  claimList: `create index "claim_list_index" on "claim" ("organization_id", "date_of_service" desc, "patient_control_number", "id")`,
  claimStateList: `create index "claim_state_list_index" on "claim" ("organization_id", "state", "date_of_service" desc, "patient_control_number", "id")`,
  auditEventList: `create index "audit_event_list_index" on "audit_event" ("organization_id", "at" desc, "id")`,
  jobRecordList: `create index "job_record_list_index" on "job_record" ("organization_id", "status", "created_at" desc, "id")`,
} as const;
