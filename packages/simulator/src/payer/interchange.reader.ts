import { Claim837PReader, parseX12, readTransactions, validate837PTransaction } from '@openrcm/x12';
import type { ClaimBatch837P, Delimiters, GroupHeader, InterchangeHeader, RawTransaction, Segment, TransactionContext, X12Error } from '@openrcm/x12';

/** One 837 transaction set as the payer sees it: its findings, its claims and where each segment sits. */
export interface Transaction837 {
  /** ST02. */
  readonly controlNumber: string;
  /** ST03. */
  readonly implementationRef: string | undefined;
  /** The raw segments, ST first. */
  readonly segments: readonly Segment[];
  /** Envelope and 837P validation findings of this transaction set. */
  readonly errors: readonly X12Error[];
  /** Its claims, one batch per billing provider loop. */
  readonly batches: readonly ClaimBatch837P[];
  /** The CLM01 of the claim a segment belongs to (by segment index), for CTX in the 999. */
  readonly claimAt: ReadonlyMap<number, string>;
}

/** One functional group: its header, its transaction sets and the findings about the group itself (GE counts...). */
export interface Group837 {
  readonly header: GroupHeader;
  readonly transactions: readonly Transaction837[];
  readonly errors: readonly X12Error[];
}

/** An 837P interchange read for adjudication. */
export interface Interchange837 {
  readonly header: InterchangeHeader;
  readonly delimiters: Delimiters;
  readonly groups: readonly Group837[];
  /** Findings about the interchange envelope (ISA/IEA). */
  readonly errors: readonly X12Error[];
}

/** Why a file cannot be answered at all (not X12, no interchange, several interchanges). */
export class UnreadableInterchangeError extends Error {}

function claimPositions(segments: readonly Segment[]): Map<number, string> {
  const out = new Map<number, string>();
  let current: string | undefined;
  for (const seg of segments) {
    if (seg.id === 'HL') current = undefined;
    else if (seg.id === 'CLM') current = seg.elements[1];
    if (current !== undefined) out.set(seg.index, current);
  }
  return out;
}

function batchesByStart(input: Buffer | string): Map<number, ClaimBatch837P[]> {
  const out = new Map<number, ClaimBatch837P[]>();
  readTransactions(input, ['837'], (rc) => {
    const reader = new Claim837PReader(rc);
    const ctx: TransactionContext = rc.transaction;
    return { segment: (seg: Segment) => reader.segment(seg), finish: () => { const b = reader.finish(); out.set(ctx.startIndex, b); return b; } };
  });
  return out;
}

function inRange(e: X12Error, tx: RawTransaction): boolean {
  const first = tx.segments[0]?.index ?? -1;
  const last = tx.segments[tx.segments.length - 1]?.index ?? -1;
  return e.segmentIndex !== undefined && e.segmentIndex >= first && e.segmentIndex <= last;
}

/**
 * Reads an 837P file for the payer: the envelope findings, each transaction set's 837P validation (the validator of
 * `@openrcm/x12`), and its claims. Throws {@link UnreadableInterchangeError} when the file holds no interchange or more
 * than one (the simulator answers one interchange per file).
 */
export function readInterchange837(input: Buffer | string): Interchange837 {
  const doc = parseX12(input);
  if (doc.interchanges.length !== 1) {
    const first = doc.errors.find((e) => e.severity === 'error');
    throw new UnreadableInterchangeError(doc.interchanges.length === 0
      ? `not an X12 interchange${first ? `: ${first.message}` : ''}` : `holds ${doc.interchanges.length} interchanges; send one per file`);
  }
  const ic = doc.interchanges[0]!;
  const batches = batchesByStart(input);
  const used = new Set<X12Error>();
  const groups = ic.groups.map((g) => {
    const transactions = g.transactions.filter((t) => t.setId === '837').map((tx) => {
      const own = doc.errors.filter((e) => !used.has(e) && (inRange(e, tx) || (e.transaction === tx.controlNumber && (e.segmentId === 'ST' || e.code === 'MISSING_SE'))));
      own.forEach((e) => used.add(e));
      const errors = [...own, ...validate837PTransaction(tx, ic.delimiters).errors];
      return { controlNumber: tx.controlNumber, implementationRef: tx.implementationRef, segments: tx.segments, errors,
        batches: batches.get(tx.segments[0]?.index ?? -1) ?? [], claimAt: claimPositions(tx.segments) };
    });
    return { header: g.header, transactions, errors: [] as X12Error[] };
  });
  const rest = doc.errors.filter((e) => !used.has(e));
  const groupErrors = rest.filter((e) => e.segmentId === 'GS' || e.segmentId === 'GE');
  for (const e of groupErrors) {
    const at = e.segmentIndex ?? 0;
    const start = (g: (typeof groups)[number]) => g.transactions[0]?.segments[0]?.index ?? Number.MAX_SAFE_INTEGER;
    const owner = (e.segmentId === 'GS' ? groups.find((g) => start(g) > at) : [...groups].reverse().find((g) => start(g) < at)) ?? groups[groups.length - 1];
    owner?.errors.push(e);
  }
  return { header: ic.header, delimiters: ic.delimiters, groups, errors: rest.filter((e) => !groupErrors.includes(e)) };
}
