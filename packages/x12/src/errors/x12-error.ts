/** Severity of a finding: an `error` makes a file invalid, a `warning` does not. */
export type X12Severity = 'error' | 'warning';

/**
 * A positioned finding about an X12 file. Readers never throw on malformed input: they return these.
 * Positions are 0-based for segments and bytes, 1-based for elements (as in X12 names: CLP02 is element 2).
 */
export interface X12Error {
  /** Stable machine code, e.g. `SE01_COUNT_MISMATCH`. */
  code: string;
  /** A sentence a person can act on. Never contains PHI beyond the offending value's position. */
  message: string;
  severity: X12Severity;
  /** Segment identifier, e.g. `CLM`, when the finding concerns one segment. */
  segmentId?: string;
  /** 0-based index of the segment in the file (ISA is 0). */
  segmentIndex?: number;
  /** 1-based element position inside the segment. */
  elementIndex?: number;
  /** 1-based component position inside a composite element. */
  componentIndex?: number;
  /** Byte offset of the segment's first byte in the input. */
  byteOffset?: number;
  /** Control number (ST02) of the transaction set the finding belongs to. */
  transaction?: string;
}

/** Thrown by readers in `strict` mode: carries every error found. */
export class X12ParseError extends Error {
  /** Every finding (errors and warnings). */
  readonly errors: X12Error[];

  constructor(errors: X12Error[]) {
    const first = errors.find((e) => e.severity === 'error') ?? errors[0];
    super(first ? `${errors.length} X12 error(s); first: ${formatX12Error(first)}` : 'X12 parse failed');
    this.name = 'X12ParseError';
    this.errors = errors;
  }
}

/** Formats a finding on one line: `error SE01_COUNT_MISMATCH at segment 41 (SE01, byte 1100): ...`. */
export function formatX12Error(e: X12Error): string {
  const where: string[] = [];
  if (e.segmentIndex !== undefined) where.push(`segment ${e.segmentIndex}`);
  if (e.segmentId) {
    const el = e.elementIndex !== undefined ? String(e.elementIndex).padStart(2, '0') : '';
    const comp = e.componentIndex !== undefined ? `-${e.componentIndex}` : '';
    where.push(`${e.segmentId}${el}${comp}`);
  }
  if (e.byteOffset !== undefined) where.push(`byte ${e.byteOffset}`);
  if (e.transaction !== undefined) where.push(`ST02 ${e.transaction}`);
  const at = where.length ? ` at ${where.join(', ')}` : '';
  return `${e.severity} ${e.code}${at}: ${e.message}`;
}
