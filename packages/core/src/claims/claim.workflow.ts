import { defineWorkflow } from '../workflow/workflow-table';

/** The check that passes when a claim has no open (not overridden, not resolved) error-severity scrub finding. */
export const CLAIM_SCRUB_CLEAN = 'claim-scrub-clean';

/**
 * The Close-ready gate (DESIGN §2): checks that must pass before a settled claim is closed — edits resolved, the
 * submission accepted, the ERA posted, variances explained, denials routed, and every account of its lines at zero.
 */
export const CLOSE_READY_CHECKS = ['edits-resolved', 'submission-accepted', 'era-posted', 'variances-explained', 'denials-routed', 'zero-balance'] as const;

/** States in which the payer accepted the claim: only such a claim may be replaced (7) or voided (8). */
export const PAYER_ACCEPTED_STATES = ['accepted', 'adjudicated', 'paid', 'partially-paid', 'denied', 'appealed'] as const;

/** States of a claim sent to the payer that has not answered with a remittance yet: the follow-up worklist watches them. */
export const AWAITING_PAYER_STATES = ['submitted', 'acknowledged', 'accepted'] as const;

/**
 * The claim lifecycle (DESIGN §2): draft → scrubbed → ready → submitted → acknowledged → accepted | rejected;
 * accepted → adjudicated → paid | partially-paid | denied (a remittance adjudicates from any state the payer has the
 * claim in); denied → appealed → adjudicated again. A rejected claim is
 * `correct`ed (it ends; a new original is built); a claim the payer accepted ends `replaced` or `voided` when a
 * frequency 7 or 8 claim is built for it; settled claims are `close`d. `reopen` sends a scrubbed or ready claim back
 * to draft (a manual change needs a new scrub). `import` is the open A/R conversion's path (ADR 0013): a claim another
 * system built and sent arrives submitted, as it stands with the payer; only the conversion applies it.
 */
export const claimWorkflow = defineWorkflow({
  name: 'claim',
  description: 'A professional claim from its build to the payer’s decision and its close.',
  initial: 'draft',
  states: [
    'draft',
    'scrubbed',
    'ready',
    'submitted',
    'acknowledged',
    'accepted',
    'rejected',
    'adjudicated',
    'paid',
    'partially-paid',
    'denied',
    'appealed',
    'corrected',
    'replaced',
    'voided',
    'closed',
  ],
  events: ['scrub', 'reopen', 'release', 'submit', 'acknowledge', 'accept', 'reject', 'adjudicate', 'pay', 'pay-partially', 'deny', 'appeal', 'correct', 'replace', 'void', 'close', 'import'],
  transitions: [
    { from: 'draft', event: 'scrub', to: 'scrubbed', guards: [CLAIM_SCRUB_CLEAN] },
    { from: ['scrubbed', 'ready'], event: 'reopen', to: 'draft' },
    { from: 'scrubbed', event: 'release', to: 'ready', guards: [CLAIM_SCRUB_CLEAN] },
    { from: 'ready', event: 'submit', to: 'submitted' },
    { from: 'draft', event: 'import', to: 'submitted' },
    { from: 'submitted', event: 'acknowledge', to: 'acknowledged' },
    { from: ['submitted', 'acknowledged'], event: 'accept', to: 'accepted' },
    { from: ['submitted', 'acknowledged'], event: 'reject', to: 'rejected' },
    // A remittance adjudicates: often with no 277CA before it, again for a payer's second CLP of a split claim, and
    // after a reversal (CLP02 22) while the correction is awaited.
    { from: ['submitted', 'acknowledged', 'accepted', 'appealed', 'paid', 'partially-paid', 'denied'], event: 'adjudicate', to: 'adjudicated' },
    { from: 'adjudicated', event: 'pay', to: 'paid' },
    { from: 'adjudicated', event: 'pay-partially', to: 'partially-paid' },
    { from: 'adjudicated', event: 'deny', to: 'denied' },
    { from: ['denied', 'partially-paid'], event: 'appeal', to: 'appealed' },
    { from: 'rejected', event: 'correct', to: 'corrected' },
    { from: [...PAYER_ACCEPTED_STATES], event: 'replace', to: 'replaced' },
    { from: [...PAYER_ACCEPTED_STATES], event: 'void', to: 'voided' },
    { from: ['adjudicated', 'paid', 'partially-paid', 'denied', 'appealed'], event: 'close', to: 'closed', guards: [...CLOSE_READY_CHECKS] },
  ],
  terminal: ['corrected', 'replaced', 'voided', 'closed'],
});

/** A claim's state. */
export type ClaimState = (typeof claimWorkflow.states)[number];
/** An event of the claim workflow. */
export type ClaimEvent = (typeof claimWorkflow.events)[number];
