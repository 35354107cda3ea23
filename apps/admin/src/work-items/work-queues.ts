import type { WorkItemKind } from '../api/views';

/** A work queue: the items the server opens for one job, picked by kind and (for some) category. */
export interface WorkQueue {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly kind?: WorkItemKind;
  readonly category?: string;
  /** The queue is split further by category (denials: by denial category). */
  readonly byCategory?: boolean;
}

/**
 * The queues, from what the server opens: the acknowledgment processor's `follow-up`/`claim-rejection` items (999 and
 * 277CA rejections), remittance posting's `denial` items (category: the denial category), the follow-up scheduler's
 * `follow-up`/`claim-no-answer` items (A/R follow-up), gate exceptions and repeated gate defects (`upstream-defect`).
 */
export const WORK_QUEUES: readonly WorkQueue[] = [
  { id: 'all', label: 'All items', description: 'Every work item, with the kind filter' },
  { id: 'rejected-claims', label: 'Rejected claims', description: 'Claims the clearinghouse (999) or payer (277CA) rejected: correct and send again', kind: 'follow-up', category: 'claim-rejection' },
  { id: 'denials', label: 'Denials', description: 'Claims the payer denied, by denial category', kind: 'denial', byCategory: true },
  { id: 'ar-follow-up', label: 'A/R follow-up', description: 'Claims the payer has not answered in time', kind: 'follow-up', category: 'claim-no-answer' },
  { id: 'exceptions', label: 'Exceptions', description: 'Gate checks passed by exception, to follow up', kind: 'exception' },
  { id: 'upstream-defects', label: 'Upstream defects', description: 'Repeated gate defects for the owner of the gate that should have caught them', kind: 'upstream-defect' },
];

/** The queue named in the URL, or all items. */
export function queueOf(id: string | null): WorkQueue {
  return WORK_QUEUES.find((queue) => queue.id === id) ?? (WORK_QUEUES[0] as WorkQueue);
}
