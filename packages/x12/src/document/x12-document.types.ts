import type { GroupHeader, InterchangeHeader } from '../envelope';
import type { X12Error } from '../errors';
import type { Delimiters, Segment } from '../tokenizer';

/** A transaction set with its raw segments (ST and SE included). */
export interface RawTransaction {
  setId: string;
  controlNumber: string;
  implementationRef: string | undefined;
  segments: Segment[];
}

/** A functional group and its transaction sets. */
export interface RawGroup {
  header: GroupHeader;
  transactions: RawTransaction[];
}

/** An interchange, its groups and any TA1 segments it carries. */
export interface RawInterchange {
  header: InterchangeHeader;
  delimiters: Delimiters;
  groups: RawGroup[];
  ta1: Segment[];
}

/** A whole X12 file as envelopes and segments, with every finding. */
export interface X12Document {
  interchanges: RawInterchange[];
  /** Transaction sets found outside any interchange (files without ISA). */
  looseTransactions: RawTransaction[];
  errors: X12Error[];
  segmentCount: number;
}
