import { defineWorkflow } from '../workflow/workflow-table';

/**
 * The patient (guarantor) account's lifecycle (DESIGN §2): an account owes nothing of its own while payers are still
 * answering (`current`); the statement run moves it through the statement cycle to the final notice; a payment plan or
 * a collection placement takes it from there; it ends paid or written off — and comes back to `current` when a new
 * balance reaches the patient. The statement run and the ledger drive it; people start plans and write balances off.
 */
export const patientAccountWorkflow = defineWorkflow({
  name: 'patient-account',
  description: 'A patient account from its first statement to paid, a plan, collections or written off.',
  initial: 'current',
  states: ['current', 'statement-cycle', 'final-notice', 'payment-plan', 'collections', 'paid', 'written-off'],
  events: ['send-statement', 'send-final-notice', 'start-plan', 'break-plan', 'place', 'recall', 'settle', 'write-off', 'new-balance'],
  transitions: [
    { from: ['current', 'statement-cycle'], event: 'send-statement', to: 'statement-cycle' },
    { from: 'statement-cycle', event: 'send-final-notice', to: 'final-notice' },
    { from: ['current', 'statement-cycle', 'final-notice'], event: 'start-plan', to: 'payment-plan' },
    { from: 'payment-plan', event: 'break-plan', to: 'final-notice' },
    { from: 'final-notice', event: 'place', to: 'collections' },
    { from: 'collections', event: 'recall', to: 'final-notice' },
    { from: ['current', 'statement-cycle', 'final-notice', 'payment-plan', 'collections'], event: 'settle', to: 'paid' },
    { from: ['current', 'statement-cycle', 'final-notice', 'payment-plan', 'collections'], event: 'write-off', to: 'written-off' },
    { from: ['paid', 'written-off'], event: 'new-balance', to: 'current' },
  ],
  terminal: [],
});

/** A state of a patient account. */
export type PatientAccountState = (typeof patientAccountWorkflow.states)[number];

/** An event of a patient account. */
export type PatientAccountEvent = (typeof patientAccountWorkflow.events)[number];
