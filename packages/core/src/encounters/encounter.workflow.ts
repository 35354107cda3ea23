import { defineWorkflow } from '../workflow/workflow-table';

/** The Coding-ready gate: checks that must pass before an encounter counts as coded. */
export const CODING_READY_CHECKS = ['documentation-signed', 'charges-captured', 'codes-valid', 'medical-necessity'] as const;

/** The Ready-to-bill gate: checks that must pass before an encounter's claim may be built. */
export const READY_TO_BILL_CHECKS = [
  'registration-complete',
  'eligibility-verified',
  'authorization-confirmed',
  'provider-identifiers-valid',
  'patient-responsibility-communicated',
] as const;

/**
 * The encounter lifecycle (DESIGN §2): scheduled → checked-in → documented → coded → ready-to-bill → billed, with
 * cancelled and no-show. `capture-charge` is a self-transition that marks the states in which charges may be entered
 * or voided; `reopen` sends a coded or ready-to-bill encounter back to documented to correct its charges. `import`
 * is the open A/R conversion's own path (ADR 0013): a visit billed by another system arrives billed, its claim already
 * submitted there, so the registration gates of a visit still to bill do not apply; only the conversion applies it.
 */
export const encounterWorkflow = defineWorkflow({
  name: 'encounter',
  description: 'A visit from its appointment to the claim that bills it.',
  initial: 'scheduled',
  states: ['scheduled', 'checked-in', 'documented', 'coded', 'ready-to-bill', 'billed', 'cancelled', 'no-show'],
  events: ['check-in', 'document', 'capture-charge', 'code', 'mark-ready', 'reopen', 'bill', 'cancel', 'no-show', 'import'],
  transitions: [
    { from: 'scheduled', event: 'check-in', to: 'checked-in' },
    { from: 'checked-in', event: 'document', to: 'documented' },
    { from: 'checked-in', event: 'capture-charge', to: 'checked-in' },
    { from: 'documented', event: 'capture-charge', to: 'documented' },
    { from: 'documented', event: 'code', to: 'coded', guards: [...CODING_READY_CHECKS] },
    { from: 'coded', event: 'mark-ready', to: 'ready-to-bill', guards: [...READY_TO_BILL_CHECKS] },
    { from: ['coded', 'ready-to-bill'], event: 'reopen', to: 'documented' },
    { from: 'ready-to-bill', event: 'bill', to: 'billed' },
    { from: ['scheduled', 'checked-in'], event: 'cancel', to: 'cancelled' },
    { from: 'scheduled', event: 'no-show', to: 'no-show' },
    { from: 'scheduled', event: 'import', to: 'billed' },
  ],
  terminal: ['billed', 'cancelled', 'no-show'],
});

/** An encounter's state. */
export type EncounterState = (typeof encounterWorkflow.states)[number];
/** An event of the encounter workflow. */
export type EncounterEvent = (typeof encounterWorkflow.events)[number];
