import type { Delimiters, Segment } from '../tokenizer';

/** The ISA header of an interchange, trimmed of its fixed-width padding. */
export interface InterchangeHeader {
  authorizationQualifier: string;
  authorization: string;
  securityQualifier: string;
  security: string;
  senderQualifier: string;
  senderId: string;
  receiverQualifier: string;
  receiverId: string;
  /** ISA09 as an ISO date, or the raw text when it is not a date. */
  date: string;
  /** ISA10 as `HH:MM`, or the raw text. */
  time: string;
  repetitionSeparator: string | undefined;
  version: string;
  controlNumber: string;
  acknowledgmentRequested: string;
  /** `P` production, `T` test, `I` information. */
  usage: string;
  componentSeparator: string;
}

/** The GS header of a functional group. */
export interface GroupHeader {
  /** GS01, e.g. `HC` (837), `HP` (835), `FA` (999). */
  functionalId: string;
  senderCode: string;
  receiverCode: string;
  date: string;
  time: string;
  controlNumber: string;
  agency: string;
  /** GS08, e.g. `005010X222A1`. */
  version: string;
}

/** Where a transaction set sits and what it is. */
export interface TransactionContext {
  interchange: InterchangeHeader | undefined;
  group: GroupHeader | undefined;
  /** ST01, e.g. `835`. */
  setId: string;
  /** ST02. */
  controlNumber: string;
  /** ST03 (implementation convention reference), when present. */
  implementationRef: string | undefined;
  /** Segment index of the ST. */
  startIndex: number;
}

/** Receives the envelope structure from an {@link EnvelopeTracker}. Every method is optional. */
export interface EnvelopeHandler {
  beginInterchange?(header: InterchangeHeader, isa: Segment): void;
  beginGroup?(header: GroupHeader, gs: Segment): void;
  beginTransaction?(ctx: TransactionContext, st: Segment, delimiters: Delimiters): void;
  /** A segment between ST and SE (both excluded). */
  transactionSegment?(seg: Segment, ctx: TransactionContext, delimiters: Delimiters): void;
  endTransaction?(ctx: TransactionContext, se: Segment | undefined): void;
  /** A segment inside an interchange but outside any group (TA1). */
  interchangeSegment?(seg: Segment, header: InterchangeHeader | undefined, delimiters: Delimiters): void;
  endGroup?(header: GroupHeader, ge: Segment | undefined): void;
  endInterchange?(header: InterchangeHeader, iea: Segment | undefined): void;
}

/** Functional identifier code (GS01) expected for each transaction set (ST01). */
export const FUNCTIONAL_ID_BY_SET: Readonly<Record<string, string>> = {
  '837': 'HC', '835': 'HP', '999': 'FA', '997': 'FA', '270': 'HS', '271': 'HB',
  '276': 'HR', '277': 'HN', '278': 'HI', '834': 'BE', '820': 'RA',
};
