// The server's answers (see ../views.ts): statement settings, runs and their outcomes, patient statement accounts,
// statements sent with their deliveries, and disputes (packages/core/src/statements).
import type { Schemas } from './schemas';

/** `GET …/statement-settings`: the policy in effect; `saved` is false while the defaults apply. */
export type StatementSettings = Schemas['StatementSettingsDto'] & { readonly saved: boolean };

export type StatementSettingsInput = Schemas['StatementSettingsDto'];

/** The counts of a finished run: statements sent, failures, accounts settled, and skipped accounts by reason. */
export interface StatementRunCounts {
  readonly considered: number;
  readonly sent: number;
  readonly failed: number;
  readonly settled: number;
  /** Small balances the policy wrote off (absent in runs made before the policy existed). */
  readonly writtenOff?: number;
  readonly skipped: Readonly<Record<string, number>>;
  /** What each batching channel (the print file) answered at the end of the run: its reference or the error. */
  readonly batches?: readonly ({ readonly channel: string; readonly reference: string } | { readonly channel: string; readonly error: string })[];
}

/** One run of `GET …/statement-runs` (newest first) and the answer of `POST …/statement-runs`. */
export interface StatementRun {
  readonly id: string;
  /** The statement date (the organization's calendar). */
  readonly runDate: string;
  readonly trigger: 'schedule' | 'manual';
  readonly startedBy: string;
  readonly createdAt: string;
  readonly finishedAt: string | null;
  /** Null while the run has not finished. */
  readonly counts: StatementRunCounts | null;
}

export type StatementRunResult = 'sent' | 'skipped' | 'failed' | 'settled' | 'written-off';

/** One account's outcome in a run (`GET …/statement-runs/:id/outcomes`). */
export interface StatementRunOutcome {
  readonly id: string;
  readonly runId: string;
  readonly patientId: string;
  /** Null only when the patient record is gone. */
  readonly patientName: { readonly firstName: string; readonly lastName: string } | null;
  readonly accountNumber: string | null;
  readonly result: StatementRunResult;
  /** The skip reason's code, the delivery channel of a statement sent, or the error of a failure. */
  readonly reason: string;
  readonly balanceCents: number;
  readonly statementId: string | null;
  readonly createdAt: string;
}

export type PatientAccountState = 'current' | 'statement-cycle' | 'final-notice' | 'payment-plan' | 'collections' | 'paid' | 'written-off';

/** `GET …/patients/:id/statement-account`. */
export interface StatementAccount {
  readonly id: string;
  readonly patientId: string;
  readonly state: PatientAccountState;
  /** Statements sent in the current cycle, the final notice included. */
  readonly statementsSent: number;
  readonly lastStatementOn: string | null;
  readonly emailConsent: boolean;
  /** Where statements are emailed; when null, the guarantor's email on file. */
  readonly email: string | null;
  readonly holdUntil: string | null;
  readonly holdReason: string | null;
  readonly updatedAt: string;
}

export type StatementAccountChange = Schemas['PatientAccountChangeDto'];

/** One delivery attempt of a statement. */
export interface StatementDelivery {
  readonly id: string;
  readonly statementId: string;
  readonly channel: string;
  readonly attempt: number;
  readonly outcome: 'delivered' | 'failed';
  readonly reference: string | null;
  readonly error: string | null;
  readonly createdAt: string;
}

/** One statement of `GET …/patients/:id/statements` (newest first), without its HTML and PDF. */
export interface StatementListing {
  readonly id: string;
  readonly runId: string;
  readonly kind: 'statement' | 'final-notice';
  readonly statementDate: string;
  readonly dueDate: string;
  readonly amountDueCents: number;
  readonly renderedBy: string;
  readonly createdAt: string;
  readonly deliveries: readonly StatementDelivery[];
}

export type DisputeStep = Schemas['DisputeStepDto']['step'];

/** One dispute of `GET …/patients/:id/disputes` (newest first). */
export interface PatientDispute {
  readonly id: string;
  readonly patientId: string;
  readonly state: 'open' | 'answered' | 'resolved';
  readonly reason: string;
  readonly answer: string | null;
  readonly resolution: string | null;
  readonly openedBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}
