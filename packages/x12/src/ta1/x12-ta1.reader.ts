import { EnvelopeTracker } from '../envelope';
import type { X12Error } from '../errors';
import type { ReadOptions, ReadResult } from '../read';
import type { Segment } from '../tokenizer';
import { tokenize } from '../tokenizer';
import { parseDate6, parseTime } from '../values';

/** A TA1 interchange acknowledgment. */
export interface InterchangeAck {
  /** TA101: the ISA13 acknowledged. */
  interchangeControlNumber: string;
  date: string;
  time: string;
  /** TA104: A accepted, E accepted with errors, R rejected. */
  ackCode: string;
  /** TA105: interchange note code (000 no error, 001-031 errors). */
  noteCode: string;
  /** ISA13 of the interchange that carried this TA1. */
  carriedBy?: string;
}

function readTa1Segment(seg: Segment, carriedBy: string | undefined): InterchangeAck {
  const e = (i: number) => seg.elements[i] ?? '';
  const ack: InterchangeAck = { interchangeControlNumber: e(1), date: parseDate6(e(2)) ?? e(2), time: parseTime(e(3)) ?? e(3), ackCode: e(4), noteCode: e(5) };
  if (carriedBy) ack.carriedBy = carriedBy;
  return ack;
}

/** Reads every TA1 segment of a file (they sit between ISA and IEA, outside any group). */
export function readTa1(input: Buffer | string, options: ReadOptions = {}): ReadResult<InterchangeAck> {
  const errors: X12Error[] = [];
  const transactions: InterchangeAck[] = [];
  const interchanges: ReadResult<InterchangeAck>['interchanges'] = [];
  const report = (e: X12Error) => errors.push(e);
  const tracker = new EnvelopeTracker({
    beginInterchange: (h) => interchanges.push(h),
    interchangeSegment: (seg, header) => transactions.push(readTa1Segment(seg, header?.controlNumber)),
  }, report, options);
  const segmentCount = tokenize(input, tracker, report);
  tracker.finish();
  return { transactions, errors, interchanges, segmentCount };
}
