/** Who did something on the timeline: a user (with their name when known), an API key, or the system. */
export interface TimelineActor {
  readonly type: string;
  readonly id: string;
  readonly name: string | null;
}

/** One thing that happened to a claim, newest first on the timeline; `at` is an ISO timestamp. */
export type ClaimTimelineEntry =
  | { readonly kind: 'transition'; readonly at: string; readonly event: string; readonly from: string; readonly to: string; readonly actor: TimelineActor }
  | {
      readonly kind: 'scrub-finding';
      readonly at: string;
      readonly findingId: string;
      readonly rule: string;
      readonly severity: string;
      readonly field: string | null;
      readonly message: string;
      readonly resolvedAt: string | null;
      readonly overridden: boolean;
    }
  | { readonly kind: 'finding-overridden'; readonly at: string; readonly findingId: string; readonly rule: string; readonly reason: string; readonly actor: TimelineActor }
  | { readonly kind: 'file-sent'; readonly at: string; readonly batchId: string; readonly fileKind: '837P'; readonly fileName: string; readonly state: string; readonly submittedAt: string | null; readonly reference: string | null; readonly lastError: string | null }
  | { readonly kind: 'file-received'; readonly at: string; readonly fileId: string; readonly fileKind: string; readonly fileName: string; readonly outcome: string; readonly detail: string | null }
  | {
      readonly kind: 'status-inquiry';
      readonly at: string;
      readonly inquiryId: string;
      readonly outcome: string;
      readonly statusCategory: string | null;
      readonly statusCode: string | null;
      readonly error: string | null;
      readonly actor: TimelineActor;
    }
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
  | { readonly kind: 'related-claim'; readonly at: string; readonly relation: RelatedClaimRelation; readonly claimId: string; readonly patientControlNumber: string; readonly frequency: string; readonly state: string };

/** How another claim relates to this one: it built this one (`supersedes`), this one built it, or it bills the next payer. */
export type RelatedClaimRelation = 'supersedes' | 'superseded-by' | 'prior-payer' | 'next-payer';

/** The kinds of timeline entries. */
export type ClaimTimelineKind = ClaimTimelineEntry['kind'];
