import { defineWorkflow } from '../workflow/workflow-table';

/**
 * The lifecycle of a work item (DESIGN §2): someone is assigned, starts, may wait on a payer, resolves with a note, and
 * a reviewer closes it or reopens it (back to the assignee). `assign` from a later state reassigns the item; the new
 * assignee starts it again. `answer` resolves an active item when the payer answers (a remittance posts a payment of
 * the claim a follow-up item waits on); remittance posting applies it, never a person.
 */
export const workItemWorkflow = defineWorkflow({
  name: 'work-item',
  description: 'A denial, follow-up, gate exception or upstream defect, from open to closed.',
  initial: 'open',
  states: ['open', 'assigned', 'in-progress', 'waiting-on-payer', 'resolved', 'closed'],
  events: ['assign', 'start', 'wait-on-payer', 'resume', 'resolve', 'answer', 'reopen', 'close'],
  transitions: [
    { from: ['open', 'assigned', 'in-progress', 'waiting-on-payer'], event: 'assign', to: 'assigned' },
    { from: 'assigned', event: 'start', to: 'in-progress' },
    { from: 'in-progress', event: 'wait-on-payer', to: 'waiting-on-payer' },
    { from: 'waiting-on-payer', event: 'resume', to: 'in-progress' },
    { from: ['in-progress', 'waiting-on-payer'], event: 'resolve', to: 'resolved' },
    { from: ['open', 'assigned', 'in-progress', 'waiting-on-payer'], event: 'answer', to: 'resolved' },
    { from: 'resolved', event: 'reopen', to: 'assigned' },
    { from: 'resolved', event: 'close', to: 'closed' },
  ],
  terminal: ['closed'],
});

/** A state of a work item. */
export type WorkItemState = (typeof workItemWorkflow.states)[number];

/** An event of a work item. */
export type WorkItemEvent = (typeof workItemWorkflow.events)[number];

/** The event remittance posting applies when the payer answers a claim a follow-up item waits on (not offered to people). */
export const PAYER_ANSWER_EVENT = 'answer';

/** States in which a work item still needs someone (not resolved or closed). */
export const WORK_ITEM_ACTIVE_STATES: readonly WorkItemState[] = ['open', 'assigned', 'in-progress', 'waiting-on-payer'];

/** What an event takes besides its name, and what it writes besides the state. */
export interface WorkItemEventRule {
  /** `assign` names the new assignee; no other event takes one. */
  readonly assignee: 'required' | 'refused';
  /** `resolve` and `answer` (the resolution) and `reopen` (why) need a note; the others take one optionally. */
  readonly note: 'required' | 'optional';
  /** `resolve` and `answer` keep the note as the resolution; `reopen` clears it. */
  readonly resolution?: 'set' | 'clear';
}

/** The rule of each event. */
export const WORK_ITEM_EVENT_RULES: Readonly<Record<WorkItemEvent, WorkItemEventRule>> = {
  assign: { assignee: 'required', note: 'optional' },
  start: { assignee: 'refused', note: 'optional' },
  'wait-on-payer': { assignee: 'refused', note: 'optional' },
  resume: { assignee: 'refused', note: 'optional' },
  resolve: { assignee: 'refused', note: 'required', resolution: 'set' },
  answer: { assignee: 'refused', note: 'required', resolution: 'set' },
  reopen: { assignee: 'refused', note: 'required', resolution: 'clear' },
  close: { assignee: 'refused', note: 'optional' },
};
