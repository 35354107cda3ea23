import type { ElementError999, SegmentError999, TransactionResponse999 } from '@openrcm/x12';

/**
 * IK304 implementation segment syntax error codes, from the 999 implementation guide (ASC X12 005010X231A1, IK3
 * segment, element 620).
 */
export const IK3_SEGMENT_ERRORS: Readonly<Record<string, string>> = {
  '1': 'unrecognized segment ID',
  '2': 'unexpected segment',
  '3': 'required segment missing',
  '4': 'loop occurs over maximum times',
  '5': 'segment exceeds maximum use',
  '6': 'segment not in defined transaction set',
  '7': 'segment not in proper sequence',
  '8': 'segment has data element errors',
  I4: 'implementation "not used" segment present',
  I6: 'implementation dependent segment missing',
  I7: 'implementation loop occurs under minimum times',
  I8: 'implementation segment below minimum use',
  I9: 'implementation dependent "not used" segment present',
};

/** IK403 implementation data element syntax error codes (005010X231A1, IK4 segment, element 621). */
export const IK4_ELEMENT_ERRORS: Readonly<Record<string, string>> = {
  '1': 'required data element missing',
  '2': 'conditional required data element missing',
  '3': 'too many data elements',
  '4': 'data element too short',
  '5': 'data element too long',
  '6': 'invalid character in data element',
  '7': 'invalid code value',
  '8': 'invalid date',
  '9': 'invalid time',
  '10': 'exclusion condition violated',
  '12': 'too many repetitions',
  '13': 'too many components',
  I6: 'code value not used in implementation',
  I9: 'implementation dependent data element missing',
  I10: 'implementation "not used" data element present',
  I11: 'implementation too few repetitions',
  I12: 'implementation pattern match failure',
  I13: 'implementation dependent "not used" data element present',
};

/** IK501 (and AK901) acknowledgment codes. */
export const IK5_STATUSES: Readonly<Record<string, string>> = {
  A: 'accepted',
  E: 'accepted, but errors were noted',
  M: 'rejected, message authentication code failed',
  R: 'rejected',
  W: 'rejected, assurance failed validity tests',
  X: 'rejected, content after decryption could not be analyzed',
};

/** The claim field an 837P element holds, by loop (when it matters) and segment + element position. */
const FIELDS: Readonly<Record<string, string>> = {
  '2010AA:NM109': 'billing provider NPI',
  '2010AA:N301': 'billing provider address',
  '2010AA:N403': 'billing provider ZIP code',
  '2010AA:REF02': 'billing provider tax id',
  '2010BA:NM103': 'subscriber last name',
  '2010BA:NM109': 'subscriber member id',
  '2010BA:DMG02': 'subscriber birth date',
  '2010BA:DMG03': 'subscriber sex',
  '2010BA:N403': 'subscriber ZIP code',
  '2010BB:NM109': 'payer id',
  '2010CA:NM103': 'patient last name',
  '2010CA:DMG02': 'patient birth date',
  '2310B:NM109': 'rendering provider NPI',
  '2310B:PRV03': 'rendering provider taxonomy',
  'CLM01': 'patient control number',
  'CLM02': 'total charge',
  'CLM05': 'place of service / claim frequency',
  'HI01': 'diagnosis code',
  'HI02': 'diagnosis code',
  'SV101': 'procedure code',
  'SV102': 'line charge',
  'SV104': 'units',
  'SV107': 'diagnosis pointer',
  'DTP03': 'date',
  'SBR09': 'claim filing indicator',
  'REF02': 'reference number',
};

/** Plain words for the claim field at `segmentId`+`position` in `loopId`, or undefined when the table has none. */
export function fieldOf(loopId: string | undefined, segmentId: string, position: number | undefined): string | undefined {
  if (position === undefined) return undefined;
  const element = `${segmentId}${String(position).padStart(2, '0')}`;
  return (loopId ? FIELDS[`${loopId}:${element}`] : undefined) ?? FIELDS[element];
}

function elementSentence(segment: SegmentError999, element: ElementError999): string {
  const name = `${segment.segmentId}${String(element.position).padStart(2, '0')}`;
  const field = fieldOf(segment.loopId, segment.segmentId, element.position);
  const meaning = IK4_ELEMENT_ERRORS[element.code] ?? `error code ${element.code}`;
  const bad = element.badValue ? ` (value sent: "${element.badValue}")` : '';
  return `${field ? `${field} — ` : ''}${name}${segment.loopId ? ` in loop ${segment.loopId}` : ''} at segment ${segment.position}: ${meaning}${bad}`;
}

function segmentSentence(segment: SegmentError999): string[] {
  const head = `${segment.segmentId} segment ${segment.position}${segment.loopId ? ` in loop ${segment.loopId}` : ''}: ${segment.code ? (IK3_SEGMENT_ERRORS[segment.code] ?? `error code ${segment.code}`) : 'error'}`;
  if (segment.elementErrors.length === 0) return [head];
  return segment.elementErrors.map((element) => elementSentence(segment, element));
}

/** The claim numbers (CLM01) a segment error's CTX names. */
function claimsNamedBy(segment: SegmentError999): string[] {
  const contexts = [...segment.contexts, ...segment.elementErrors.flatMap((element) => element.contexts)];
  return contexts.filter((context) => context.name === 'CLM01' && context.value).map((context) => context.value as string);
}

/**
 * The 999's findings on one transaction set that concern the claim `patientControlNumber`, as sentences: the errors
 * whose CTX names that CLM01, and those naming no claim (they concern the whole set).
 */
export function describe999Errors(transaction: TransactionResponse999, patientControlNumber: string): string[] {
  const sentences = transaction.segmentErrors
    .filter((segment) => {
      const named = claimsNamedBy(segment);
      return named.length === 0 || named.includes(patientControlNumber);
    })
    .flatMap(segmentSentence);
  if (sentences.length > 0) return sentences;
  const codes = transaction.errorCodes.join(', ');
  return [`the transaction set was ${IK5_STATUSES[transaction.status] ?? `answered ${transaction.status}`}${codes ? ` (IK5 codes ${codes})` : ''}`];
}

/** Whether IK501 rejects the transaction set (R, M, W, X), accepts it (A) or accepts it with errors (E). */
export function ackOutcomeOf(status: string): 'accepted' | 'accepted-with-errors' | 'rejected' {
  if (status === 'A') return 'accepted';
  if (status === 'E') return 'accepted-with-errors';
  return 'rejected';
}
