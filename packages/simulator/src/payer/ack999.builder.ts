import type { Acknowledgment999, Context999, ElementError999, SegmentError999, TransactionResponse999, X12Error } from '@openrcm/x12';
import type { Group837, Transaction837 } from './interchange.reader';

/** IK403 element error codes for the validator's finding codes (7 invalid code value is the default). */
const ELEMENT_CODES: Readonly<Record<string, string>> = {
  MISSING_ELEMENT: '1', ELEMENT_TOO_LONG: '5', INVALID_CODE: '7', INVALID_DATE: '8', INVALID_TIME: '9', INVALID_AMOUNT: '6',
  NEGATIVE_AMOUNT: '6', INVALID_COMPOSITE: '7', INVALID_POINTER: '7', TOO_MANY_POINTERS: '3', NPI_CHECK_DIGIT: 'I12',
};

/** IK304 segment error codes when a finding names no element (8: the segment has element errors). */
const SEGMENT_CODES: Readonly<Record<string, string>> = {
  UNKNOWN_SEGMENT: '1', SEGMENT_OUT_OF_PLACE: '2', MISSING_SEGMENT: '3', MISSING_LOOP: 'I7', TOO_MANY_LINES: '4',
  TOO_MANY_DIAGNOSES: '5', SEGMENT_OUT_OF_ORDER: '7', LX_OUT_OF_SEQUENCE: '8', HL_OUT_OF_SEQUENCE: '8',
};

/** IK502 transaction set error codes for envelope findings. */
const TRANSACTION_CODES: Readonly<Record<string, string>> = { MISSING_SE: '2', SE02_MISMATCH: '3', SE01_COUNT_MISMATCH: '4' };

/** AK905 group error codes for group envelope findings. */
const GROUP_CODES: Readonly<Record<string, string>> = { MISSING_GE: '3', GE02_MISMATCH: '4', GE01_COUNT_MISMATCH: '5' };

/** At most this many IK3 loops per transaction set (a broken file does not yield a 999 larger than itself). */
const MAX_SEGMENT_ERRORS = 20;

function contexts(tx: Transaction837, e: X12Error): Context999[] {
  const claim = e.segmentIndex === undefined ? undefined : tx.claimAt.get(e.segmentIndex);
  return claim === undefined ? [] : [{ name: 'CLM01', value: claim }];
}

function segmentError(tx: Transaction837, e: X12Error): SegmentError999 {
  const stIndex = tx.segments[0]?.index ?? 0;
  const position = e.segmentIndex === undefined ? 1 : e.segmentIndex - stIndex + 1;
  const seg = tx.segments[position - 1];
  const elementErrors: ElementError999[] = [];
  if (e.elementIndex !== undefined) {
    const bad = seg?.elements[e.elementIndex];
    elementErrors.push({
      position: e.elementIndex, ...(e.componentIndex === undefined ? {} : { componentPosition: e.componentIndex }),
      code: ELEMENT_CODES[e.code] ?? '7', ...(bad ? { badValue: bad.slice(0, 99) } : {}), contexts: [],
    });
  }
  const code = e.elementIndex !== undefined ? '8' : (SEGMENT_CODES[e.code] ?? '8');
  return { segmentId: e.segmentId ?? seg?.id ?? 'ST', position: Math.max(1, position), code, contexts: contexts(tx, e), elementErrors };
}

/** The errors that reject a transaction set; warnings (e.g. an NPI failing its check digit) are left to the 277CA. */
export function rejectingErrors(tx: Transaction837): X12Error[] {
  return tx.errors.filter((e) => e.severity === 'error');
}

function transactionResponse(tx: Transaction837): TransactionResponse999 {
  const errors = rejectingErrors(tx);
  const segmentErrors = errors.filter((e) => !TRANSACTION_CODES[e.code]).slice(0, MAX_SEGMENT_ERRORS).map((e) => segmentError(tx, e));
  const errorCodes = [...new Set(errors.map((e) => TRANSACTION_CODES[e.code] ?? '5'))].slice(0, 5);
  const rejected = errors.length > 0;
  const claimIds = [...new Set(segmentErrors.flatMap((s) => s.contexts.map((c) => c.value ?? '')))].filter(Boolean);
  return {
    setId: '837', controlNumber: tx.controlNumber, ...(tx.implementationRef ? { implementationRef: tx.implementationRef } : {}),
    segmentErrors, status: rejected ? 'R' : 'A', statusLabel: rejected ? 'rejected' : 'accepted', errorCodes: rejected ? errorCodes : [], claimIds,
  };
}

/**
 * The 999 for one functional group: one AK2 per 837 transaction set, accepted (IK5 A) or rejected (IK5 R) when the
 * 837P validator or the envelope found an error in it, with IK3/IK4 naming segment, position and element and CTX
 * naming the claim (CLM01). A group envelope error (GE count or control number) rejects the whole group (AK9 R).
 */
export function acknowledgmentOf(group: Group837): Acknowledgment999 {
  const transactions = group.transactions.map(transactionResponse);
  const groupCodes = [...new Set(group.errors.filter((e) => e.severity === 'error').map((e) => GROUP_CODES[e.code] ?? '5'))];
  const accepted = groupCodes.length > 0 ? 0 : transactions.filter((t) => t.status === 'A').length;
  const status = accepted === transactions.length && accepted > 0 ? 'A' : accepted === 0 ? 'R' : 'P';
  return {
    controlNumber: '', group: { functionalId: group.header.functionalId, controlNumber: group.header.controlNumber, version: group.header.version },
    transactions, groupStatus: status, groupStatusLabel: status === 'A' ? 'accepted' : status === 'P' ? 'partially-accepted' : 'rejected',
    includedCount: transactions.length, receivedCount: transactions.length, acceptedCount: accepted, groupErrorCodes: groupCodes,
  };
}

/** Whether the claims of a transaction set go on to the 277CA: its ST and its group were accepted. */
export function isTransactionAccepted(group: Group837, tx: Transaction837): boolean {
  return !group.errors.some((e) => e.severity === 'error') && rejectingErrors(tx).length === 0;
}
