import type { GuardOutcome } from '@openrcm/sdk';
import type { CLOSE_READY_CHECKS } from '../claim.workflow';
import type { ClaimCloseFacts } from './claim-close.facts';

/** A named Close-ready check over a claim's facts. */
export interface ClaimCloseCheck {
  readonly name: (typeof CLOSE_READY_CHECKS)[number];
  readonly description: string;
  evaluate(facts: ClaimCloseFacts): GuardOutcome;
}

const pass: GuardOutcome = { pass: true };
const fail = (reason: string): GuardOutcome => ({ pass: false, reason });
const dollars = (cents: number) => `${cents < 0 ? '−' : ''}$${(Math.abs(cents) / 100).toFixed(2)}`;

/** Close-ready: no error-severity scrub finding is open. */
export const editsResolved: ClaimCloseCheck = {
  name: 'edits-resolved',
  description: 'The claim has no open error-severity scrub finding',
  evaluate: ({ openErrors, patientControlNumber }) =>
    openErrors.length === 0 ? pass : fail(`claim ${patientControlNumber} has ${openErrors.length} open scrub error(s): ${openErrors.map((error) => `${error.field}: ${error.message}`).join('; ')} — fix and scrub again, or override with a reason`),
};

/** Close-ready: the payer accepted the claim (a 277CA acceptance with its claim number) or adjudicated it. */
export const submissionAccepted: ClaimCloseCheck = {
  name: 'submission-accepted',
  description: 'The payer accepted the claim (277CA) or adjudicated it (a remittance)',
  evaluate: ({ payerClaimNumber, payments, payerName, patientControlNumber }) =>
    payerClaimNumber !== null || payments.length > 0
      ? pass
      : fail(`${payerName} has not accepted claim ${patientControlNumber}: no 277CA acceptance and no remittance is on file — ask the payer for its status (a 276 status inquiry)`),
};

/** Close-ready: a payment of the claim by its payer is posted and stands (not reversed, awaiting a correction). */
export const eraPosted: ClaimCloseCheck = {
  name: 'era-posted',
  description: "The payer's remittance (835 or paper EOB) for the claim is posted and not reversed",
  evaluate: ({ payments, payerName, patientControlNumber }) => {
    if (payments.some((payment) => !payment.reversal && !payment.reversed)) return pass;
    if (payments.length === 0) return fail(`no remittance from ${payerName} is posted for claim ${patientControlNumber}: post its 835 or key in the paper EOB`);
    const reversed = payments.filter((payment) => payment.reversal).map((payment) => payment.traceNumber);
    return fail(`the payment of claim ${patientControlNumber} was reversed (check ${reversed.join(', ')}): post ${payerName}'s corrected payment`);
  },
};

/** Close-ready: every flagged allowed/paid variance of the claim's lines was explained. */
export const variancesExplained: ClaimCloseCheck = {
  name: 'variances-explained',
  description: "Every payment variance flagged on the claim's lines is explained",
  evaluate: ({ flaggedVariances, patientControlNumber }) =>
    flaggedVariances.length === 0
      ? pass
      : fail(
          `claim ${patientControlNumber} has ${flaggedVariances.length} unexplained payment variance(s): ${flaggedVariances
            .map((variance) => `${variance.procedureCode} paid ${dollars(variance.paidCents)}${variance.expectedPaymentCents === null ? '' : ` against ${dollars(variance.expectedPaymentCents)} expected`} (check ${variance.traceNumber})`)
            .join('; ')} — review each in the variance queue and explain it`,
        ),
};

/** Close-ready: every amount held open as a denial went to a denial work item. */
export const denialsRouted: ClaimCloseCheck = {
  name: 'denials-routed',
  description: 'Every denial held open on the claim was routed to a denial work item',
  evaluate: ({ unroutedDenials, patientControlNumber }) =>
    unroutedDenials.length === 0
      ? pass
      : fail(
          `claim ${patientControlNumber} has denial(s) no work item took: ${unroutedDenials.map((denial) => `${denial.groupCode}-${denial.reasonCode} ${dollars(denial.amountCents)} (check ${denial.traceNumber})`).join('; ')} — route them to the denial queue`,
        ),
};

/** Close-ready: every account of the claim's service lines (each payer's and the patient's) is at zero. */
export const zeroBalance: ClaimCloseCheck = {
  name: 'zero-balance',
  description: "Every account of the claim's service lines (payers and patient) is at zero",
  evaluate: ({ openAccounts, patientControlNumber }) =>
    openAccounts.length === 0
      ? pass
      : fail(
          `claim ${patientControlNumber} has balances left: ${openAccounts.map((account) => `${account.procedureCode} ${account.owedBy} ${dollars(account.balanceCents)}`).join('; ')} — collect, adjust or refund them (a negative balance is a credit: see the credit balance worklist)`,
        ),
};

/** The Close-ready gate's checks, in the order refusals report them. */
export const CLOSE_READY: readonly ClaimCloseCheck[] = [editsResolved, submissionAccepted, eraPosted, variancesExplained, denialsRouted, zeroBalance];
