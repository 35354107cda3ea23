import { date8, opt, req } from '../read/fields';
import type { ReaderContext } from '../read/read.types';
import type { Segment } from '../tokenizer/segment';

/** The beginning of a hierarchical transaction (BHT), shared by the 271, 276/277 and 277CA readers. */
export interface TransactionHeader {
  /** BHT01 hierarchical structure code. */
  structure: string;
  /** BHT02 transaction set purpose code. */
  purpose: string;
  /** BHT03 reference identification. */
  referenceId?: string;
  /** BHT04 as an ISO date. */
  date?: string;
  /** BHT05 time, as sent. */
  time?: string;
  /** BHT06 transaction type code. */
  transactionType?: string;
}

/** Reads a BHT segment, reporting missing required elements and a bad date through the reader context. */
export function readBht(rc: ReaderContext, seg: Segment): TransactionHeader {
  const header: TransactionHeader = { structure: req(rc, seg, 1), purpose: req(rc, seg, 2) };
  if (opt(seg, 3)) header.referenceId = seg.elements[3]!;
  const date = date8(rc, seg, 4);
  if (date) header.date = date;
  if (opt(seg, 5)) header.time = seg.elements[5]!;
  if (opt(seg, 6)) header.transactionType = seg.elements[6]!;
  return header;
}
