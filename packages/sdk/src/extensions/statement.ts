import type { RequestContext } from '../context/request-context';
import type { OperationResult } from '../result/operation-result';

/** One date of service on a statement, with the patient's share split by kind. @public */
export interface StatementLine {
  /** The date of service (ISO calendar date, YYYY-MM-DD). */
  readonly serviceDate: string;
  /** A plain-language description of the service. */
  readonly description: string;
  /** The amount charged, in integer cents. */
  readonly chargeCents: number;
  /** What insurance paid, in integer cents. */
  readonly insurancePaidCents: number;
  /** Contractual adjustments, in integer cents. */
  readonly adjustmentCents: number;
  /** The patient's share applied to the deductible (835 PR-1), in integer cents. */
  readonly deductibleCents: number;
  /** The patient's coinsurance share (835 PR-2), in integer cents. */
  readonly coinsuranceCents: number;
  /** The patient's copay (835 PR-3), in integer cents. */
  readonly copayCents: number;
  /** The patient's share for services the plan does not cover, in integer cents. */
  readonly nonCoveredCents: number;
}

/** Whether a statement is one of the regular cycle or the last notice before other steps (plan, collections). @public */
export type StatementKind = 'statement' | 'final-notice';

/** Who a statement is addressed to: the guarantor (the patient, or the person responsible for the patient's bills). @public */
export interface StatementRecipient {
  /** The guarantor's full name. */
  readonly name: string;
  /** The mailing address, one entry per line (empty when none is on file). */
  readonly address: readonly string[];
  /** The email address, present only when the guarantor consented to statements by email. */
  readonly email?: string;
}

/** The organization's texts printed on every statement. @public */
export interface StatementNotices {
  /** How to pay: online, by phone, by mail. */
  readonly howToPay: string;
  /** Payment plans on offer. */
  readonly paymentPlans: string;
  /** The financial-assistance notice. */
  readonly financialAssistance: string;
  /** How to dispute the bill. */
  readonly dispute: string;
}

/** A patient statement, ready to render. @public */
export interface StatementDocument {
  /** OpenRCM's id of the statement. */
  readonly statementId: string;
  /** A regular statement or the final notice. */
  readonly kind: StatementKind;
  /** Who the statement is addressed to. */
  readonly recipient: StatementRecipient;
  /** The organization's texts on paying, plans, financial assistance and disputes. */
  readonly notices: StatementNotices;
  /** The statement date (ISO calendar date, YYYY-MM-DD). */
  readonly statementDate: string;
  /** The date the amount due is due (ISO calendar date, YYYY-MM-DD). */
  readonly dueDate: string;
  /** The patient account number. */
  readonly accountNumber: string;
  /** The billing provider as printed on the statement. */
  readonly provider: {
    /** The provider's name. */
    readonly name: string;
    /** The provider's address, one entry per line. */
    readonly address: readonly string[];
    /** The phone number for billing questions. */
    readonly phone: string;
  };
  /** The patient's full name. */
  readonly patientName: string;
  /** One line per date of service. */
  readonly lines: readonly StatementLine[];
  /** The balance brought forward from the previous statement, in integer cents. */
  readonly priorBalanceCents: number;
  /** Payments received, as shown on the statement, in integer cents. */
  readonly paymentsCents: number;
  /** The amount the patient owes now, in integer cents. */
  readonly amountDueCents: number;
  /** A link to pay online, when the organization offers one. */
  readonly payOnlineUrl?: string;
}

/** A rendered statement. @public */
export interface RenderedStatement {
  /** The statement as an HTML document. */
  readonly html: string;
  /** The statement as PDF bytes. */
  readonly pdf: Uint8Array;
}

/** Extension point `statement-renderer`: turns a statement into HTML and PDF. @public */
export interface StatementRenderer {
  /** A stable id for this renderer. */
  readonly id: string;
  /** Renders the statement as HTML and PDF. */
  render(context: RequestContext, statement: StatementDocument): Promise<RenderedStatement>;
}

/** Extension point `statement-channel`: delivers a rendered statement (email, print file, portal). @public */
export interface StatementChannel {
  /** A stable id for this channel, e.g. `email`. */
  readonly id: string;
  /** Delivers one rendered statement; `SUCCESS` carries the channel's reference for the delivery. */
  deliver(
    context: RequestContext,
    statement: StatementDocument,
    rendered: RenderedStatement,
  ): Promise<OperationResult<{ readonly deliveryReference: string }>>;
  /**
   * Called once after a statement run's deliveries, for channels that batch (a print file, a vendor upload): the
   * channel sends what it collected during the run's `deliver` calls. Channels that deliver each statement on its
   * own leave it out. `SUCCESS` carries the channel's reference for the batch; an error or any other answer is recorded
   * on the run and does not undo the deliveries already recorded. Since SDK 1.8.0.
   */
  finishRun?(
    context: RequestContext,
    run: { readonly runId: string; readonly runDate: string },
  ): Promise<OperationResult<{ readonly deliveryReference: string }>>;
}
