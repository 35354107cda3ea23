import type { RequestContext } from '../context/request-context';
import type { ValidationIssue } from '../errors/errors';
import type { OperationResult } from '../result/operation-result';

/**
 * The reference date a Regulation F validation notice itemizes the debt from (12 CFR 1006.34(b)(3)): the last
 * statement, the charge-off, the last payment, the transaction (the date of service) or a judgment. Since SDK 1.9.0.
 * @public
 */
export type ItemizationReference = 'last-statement' | 'charge-off' | 'last-payment' | 'transaction' | 'judgment';

/**
 * What happened to the debt between the itemization date and the placement, as the validation notice itemizes it
 * (integer cents; each is positive, and `balanceCents` = `atItemizationCents` + interest + fees − payments − credits).
 * Since SDK 1.9.0.
 * @public
 */
export interface PlacementItemization {
  /** Which of the five reference dates the itemization date is. */
  readonly reference: ItemizationReference;
  /** What was owed on the itemization date. */
  readonly atItemizationCents: number;
  /** Interest charged since the itemization date (a clinic usually charges none). */
  readonly interestCents: number;
  /** Fees charged since the itemization date. */
  readonly feesCents: number;
  /** Payments made since the itemization date. */
  readonly paymentsCents: number;
  /** Credits (adjustments, write-offs) since the itemization date. */
  readonly creditsCents: number;
}

/** The minimum necessary data of a placed account: no diagnoses, no procedure codes. @public */
export interface PlacementAccount {
  /** The patient account number the agency reports activity against. */
  readonly accountNumber: string;
  /** The debtor's (the responsible party's) full name. */
  readonly debtorName: string;
  /** The debtor's mailing address, one entry per line. */
  readonly debtorAddress: readonly string[];
  /** The balance placed with the agency, in integer cents. */
  readonly balanceCents: number;
  /** The Regulation F itemization date the validation notice itemizes from (ISO calendar date, YYYY-MM-DD). */
  readonly itemizationDate: string;
  /** The date of the last payment on the account, if any (ISO calendar date, YYYY-MM-DD). */
  readonly lastPaymentDate?: string;
  /** The itemization of the balance since {@link PlacementAccount.itemizationDate}. Since SDK 1.9.0. */
  readonly itemization?: PlacementItemization;
  /** The creditor: the organization the debt is owed to. Since SDK 1.9.0. */
  readonly creditorName?: string;
  /** The first and last dates of service the balance is for (ISO calendar dates), never what the services were. Since SDK 1.9.0. */
  readonly serviceDates?: { readonly first: string; readonly last: string };
  /** The debtor's phone number, when one is on file. Since SDK 1.9.0. */
  readonly debtorPhone?: string;
  /** The debtor's IANA time zone, when known (calls and letters respect 8 a.m.–9 p.m. there). Since SDK 1.9.0. */
  readonly debtorTimeZone?: string;
  /** The date OpenRCM sent the validation notice on the agency's behalf, when it did. Since SDK 1.9.0. */
  readonly validationNoticeSentOn?: string;
}

/** An activity the agency reports back. @public */
export interface AgencyActivity {
  /** The placed account the activity belongs to ({@link PlacementAccount.accountNumber}). */
  readonly accountNumber: string;
  /**
   * What happened: a payment collected, a balance adjustment, the account returned by the agency, a dispute, a
   * bankruptcy or a deceased debtor.
   */
  readonly kind: 'payment' | 'adjustment' | 'return' | 'dispute' | 'bankruptcy' | 'deceased';
  /** The amount of money involved (a payment or adjustment), in integer cents. */
  readonly amountCents: number;
  /** The agency's fee on this activity, in integer cents. */
  readonly agencyFeeCents: number;
  /**
   * For a payment: whether {@link AgencyActivity.amountCents} is what the debtor paid (`gross`, the default) or what
   * the agency remitted after keeping its fee (`net`). Since SDK 1.9.0.
   */
  readonly amountBasis?: 'gross' | 'net';
  /** The date the activity happened (ISO calendar date, YYYY-MM-DD). */
  readonly occurredOn: string;
  /** The agency's own id for the activity. */
  readonly reference: string;
  /** Where the activity was read from, for a connector that reads files. Since SDK 1.9.0. */
  readonly source?: { readonly fileName: string; readonly line: number };
  /** The agency's words on the activity (a dispute's reason, a bankruptcy's case number). Since SDK 1.9.0. */
  readonly note?: string;
}

/** A file the agency sent, as the connector read it. Since SDK 1.9.0. @public */
export interface AgencyFile {
  /** The file's name as the agency sent it. */
  readonly fileName: string;
  /** The file's bytes. */
  readonly content: Uint8Array;
}

/**
 * The outcome of reading one agency file: its activity, or why it was refused — a file with any malformed line is
 * refused whole, each issue naming the line and field (`line 12, amount`), so nothing of it is posted. Since SDK 1.9.0.
 * @public
 */
export type AgencyFileOutcome =
  | { readonly status: 'read'; readonly fileName: string; readonly activity: readonly AgencyActivity[] }
  | { readonly status: 'refused'; readonly fileName: string; readonly issues: readonly ValidationIssue[] };

/**
 * The collector named on a validation notice OpenRCM sends on an agency's behalf, because the agency asked for it
 * (the agency's letter vendor, not a letter in its name it did not send). Since SDK 1.9.0.
 * @public
 */
export interface CollectorIdentity {
  /** The debt collector's name as the notice prints it. */
  readonly name: string;
  /** The collector's mailing address, one entry per line. */
  readonly address: readonly string[];
  /** The phone number consumers call. */
  readonly phone: string;
  /** The hours the phone is answered, as printed (e.g. `Monday–Friday 9 a.m.–5 p.m. Eastern`). */
  readonly hours: string;
  /** The address or web page disputes may be sent to electronically, if the collector accepts them. */
  readonly electronicDisputeAddress?: string;
}

/**
 * A payment the debtor made to the clinic itself while the account is placed, which the agency must hear of so that
 * it stops asking for money already paid (FDCPA § 1692e(2): no false statement of the amount owed). Since SDK 1.10.0.
 * @public
 */
export interface DirectPayment {
  /** The placed account ({@link PlacementAccount.accountNumber}). */
  readonly accountNumber: string;
  /** The amount paid, in integer cents (positive). */
  readonly amountCents: number;
  /** The day the clinic received it (ISO calendar date, YYYY-MM-DD). */
  readonly paidOn: string;
  /** What the account still owes after it, in integer cents (positive: a payment of everything owed recalls instead). */
  readonly balanceCents: number;
  /** The clinic's id of the payment, unique: the agency may see the same payment again after a retry. */
  readonly reference: string;
}

/** Extension point `collection-agency-connector`: places, recalls and imports agency activity. @public */
export interface CollectionAgencyConnector {
  /** A stable id for this connector, e.g. the agency's name in kebab-case. */
  readonly id: string;
  /** Places accounts with the agency as one batch; `SUCCESS` carries the agency's reference for the placement. */
  place(context: RequestContext, batchId: string, accounts: readonly PlacementAccount[]): Promise<OperationResult<{ readonly reference: string }>>;
  /** Recalls placed accounts (by account number) from the agency; `SUCCESS` carries the agency's reference for the recall. */
  recall(context: RequestContext, batchId: string, accountNumbers: readonly string[]): Promise<OperationResult<{ readonly reference: string }>>;
  /** Activity the agency reported since the last call (payments, adjustments, returns, disputes…). */
  fetchActivity(context: RequestContext): Promise<OperationResult<readonly AgencyActivity[]>>;
  /**
   * For connectors that read the agency's files: the files that arrived since the last call, each read or refused,
   * taken out of the agency's outbox either way so that none is read twice. Core prefers it to
   * {@link CollectionAgencyConnector.fetchActivity} when present, to keep an import log per file. Since SDK 1.9.0.
   */
  fetchActivityFiles?(context: RequestContext): Promise<OperationResult<readonly AgencyFileOutcome[]>>;
  /** Reads one agency file staff uploaded, with the same rules as the files the connector fetches. Since SDK 1.9.0. */
  readActivityFile?(context: RequestContext, file: AgencyFile): Promise<AgencyFileOutcome>;
  /**
   * The collector to name on validation notices OpenRCM sends for this agency, when the agency asked OpenRCM to send
   * them on its behalf; `null` (or no method) when the agency sends its own. Since SDK 1.9.0.
   */
  validationNoticeSender?(context: RequestContext): Promise<CollectorIdentity | null>;
  /**
   * Tells the agency of payments the debtor made to the clinic on placed accounts, as one batch (a retry sends the
   * same `batchId` and payments); `SUCCESS` carries the agency's reference for the report. A connector without it
   * leaves each such payment listed as not reported, for staff to tell the agency. Since SDK 1.10.0.
   */
  reportDirectPayments?(context: RequestContext, batchId: string, payments: readonly DirectPayment[]): Promise<OperationResult<{ readonly reference: string }>>;
}
