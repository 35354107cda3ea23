// The server's answers (see ../views.ts): claims, their scrub findings and timeline.
import type { ClaimState } from './common';

/** A claim as lists show it (`toClaimView`); amounts in cents. */
export interface Claim {
  readonly id: string;
  readonly encounterId: string;
  readonly patientId: string;
  readonly payerRecordId: string;
  readonly coverageOrder: string;
  readonly patientControlNumber: string;
  readonly frequency: string;
  readonly payerClaimNumber: string | null;
  readonly replacesClaimId: string | null;
  readonly totalChargeCents: number;
  readonly state: ClaimState;
  readonly allowedEvents: readonly string[];
  readonly dateOfService: string;
  readonly createdAt: string;
}

export interface ClaimLine {
  readonly id: string;
  readonly lineNumber: number;
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  readonly units: number;
  readonly chargeCents: number;
  readonly dateOfService: string;
}

export interface ScrubFinding {
  readonly id: string;
  readonly rule: string;
  readonly severity: string;
  readonly field: string | null;
  readonly message: string;
  readonly hint: string | null;
  readonly overriddenBy: string | null;
  readonly overrideReason: string | null;
  readonly resolvedAt: string | null;
}

/** `GET …/claims/:id`. */
export interface ClaimDetail extends Claim {
  readonly lines: readonly ClaimLine[];
  readonly findings: readonly ScrubFinding[];
  readonly snapshot: {
    readonly patient: { readonly name: string; readonly birthDate: string };
    readonly payer: { readonly name: string; readonly payerId: string };
    readonly subscriber: { readonly memberIdLast4: string };
  };
}

/** What `POST …/claims/submit-ready` did. */
export interface SubmitReadySummary {
  readonly batches: readonly { readonly batchId: string; readonly payerName: string; readonly fileName: string; readonly claimCount: number }[];
  readonly notSubmitted: readonly { readonly payerName: string; readonly claimIds: readonly string[]; readonly reason: string }[];
}

export interface TimelineActor {
  readonly type: string;
  readonly id: string;
  readonly name: string | null;
}

/** One entry of `GET …/claims/:id/timeline` (newest first). */
export type ClaimTimelineEntry =
  | { readonly kind: 'transition'; readonly at: string; readonly event: string; readonly from: string; readonly to: string; readonly actor: TimelineActor }
  | { readonly kind: 'scrub-finding'; readonly at: string; readonly findingId: string; readonly rule: string; readonly severity: string; readonly field: string | null; readonly message: string; readonly resolvedAt: string | null; readonly overridden: boolean }
  | { readonly kind: 'finding-overridden'; readonly at: string; readonly findingId: string; readonly rule: string; readonly reason: string; readonly actor: TimelineActor }
  | { readonly kind: 'file-sent'; readonly at: string; readonly batchId: string; readonly fileKind: string; readonly fileName: string; readonly state: string; readonly submittedAt: string | null; readonly reference: string | null; readonly lastError: string | null }
  | { readonly kind: 'file-received'; readonly at: string; readonly fileId: string; readonly fileKind: string; readonly fileName: string; readonly outcome: string; readonly detail: string | null }
  | { readonly kind: 'status-inquiry'; readonly at: string; readonly inquiryId: string; readonly outcome: string; readonly statusCategory: string | null; readonly statusCode: string | null; readonly error: string | null; readonly actor: TimelineActor }
  | {
      readonly kind: 'remittance';
      readonly at: string;
      readonly remittanceId: string;
      readonly remittanceClaimId: string;
      readonly payerName: string;
      readonly traceNumber: string;
      readonly statusCode: string;
      readonly chargeCents: number;
      readonly paymentCents: number;
      readonly patientResponsibilityCents: number | null;
      readonly paymentDate: string | null;
    }
  | {
      readonly kind: 'ledger';
      readonly at: string;
      readonly entryId: string;
      readonly entryKind: string;
      readonly amountCents: number;
      readonly party: string;
      readonly groupCode: string | null;
      readonly reasonCode: string | null;
      readonly source: string;
      readonly effectiveDate: string;
      readonly memo: string | null;
    }
  | { readonly kind: 'work-item'; readonly at: string; readonly workItemId: string; readonly itemKind: string; readonly category: string | null; readonly title: string; readonly state: string }
  | { readonly kind: 'related-claim'; readonly at: string; readonly relation: 'supersedes' | 'superseded-by' | 'prior-payer' | 'next-payer'; readonly claimId: string; readonly patientControlNumber: string; readonly frequency: string; readonly state: string };
