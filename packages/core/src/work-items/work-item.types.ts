/** Why a work item exists. */
export const WORK_ITEM_KINDS = ['exception', 'upstream-defect', 'denial', 'follow-up'] as const;

/** Why a work item exists: a gate check passed by exception, a repeated gate defect to fix upstream, a denial, a follow-up. */
export type WorkItemKind = (typeof WORK_ITEM_KINDS)[number];

/** Priorities, lowest first (stored as their rank, so sorting by priority orders by urgency). */
export const WORK_ITEM_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

/** How urgent a work item is. */
export type WorkItemPriority = (typeof WORK_ITEM_PRIORITIES)[number];

/** What opening a work item takes. */
export interface OpenWorkItem {
  readonly kind: WorkItemKind;
  readonly title: string;
  /** For gate items, the check's name; for denials, the denial category. */
  readonly category?: string | null;
  /** The record the item concerns (e.g. `encounter` and its id). */
  readonly recordType: string;
  readonly recordId: string;
  /** The patient of that record, when there is one (the item is then patient data in the audit trail). */
  readonly patientId?: string | null;
  /** A member who owns the item; or, when no person is named, the role that does (at least one of the two). */
  readonly ownerUserId?: string | null;
  readonly ownerRole?: string | null;
  /** Calendar date, YYYY-MM-DD. */
  readonly dueDate?: string | null;
  /** When someone should next act on it: calendar date, YYYY-MM-DD. */
  readonly nextActionDate?: string | null;
  readonly priority?: WorkItemPriority;
  /** The first note (what happened, what is asked). */
  readonly note?: string;
}
