import { createHash } from 'node:crypto';

/** The request PayloadType the fake answers. */
export const ELIGIBILITY_REQUEST = 'X12_270_Request_005010X279A1';
/** The response PayloadType of its answers. */
export const ELIGIBILITY_RESPONSE = 'X12_271_Response_005010X279A1';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIME_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type Check = readonly [field: string, valid: (value: string, fields: Readonly<Record<string, string>>) => boolean, illegal: string];

/**
 * The envelope checks of the fake, in the order of the CORE vC2.2.0 metadata table. The error codes follow the
 * rule's <Field>Required / <Field>Illegal pattern, VersionMismatch and ChecksumMismatch; a real receiver's codes
 * may differ in detail, and the connector treats any code but `Success` as an envelope error.
 */
function checks(receiverId: string): Check[] {
  return [
    ['PayloadType', (v) => v === ELIGIBILITY_REQUEST, 'PayloadTypeIllegal'],
    ['ProcessingMode', (v) => v === 'RealTime', 'ProcessingModeIllegal'],
    ['PayloadID', (v) => UUID.test(v), 'PayloadIDIllegal'],
    ['TimeStamp', (v) => TIME_STAMP.test(v) && !Number.isNaN(Date.parse(v)), 'TimeStampIllegal'],
    ['SenderID', () => true, 'SenderIDIllegal'],
    ['ReceiverID', (v) => v === receiverId, 'ReceiverIDIllegal'],
    ['CORERuleVersion', (v) => v === '2.2.0', 'VersionMismatch'],
    ['Payload', () => true, 'PayloadIllegal'],
  ];
}

/** The ErrorCode of a request envelope that the fake refuses, or `undefined` when it is well formed. */
export function envelopeError(fields: Readonly<Record<string, string>>, receiverId: string): string | undefined {
  for (const [field, valid, illegal] of checks(receiverId)) {
    const value = fields[field]?.trim();
    if (!value) return `${field}Required`;
    if (!valid(value, fields)) return illegal;
  }
  const checksum = fields['Checksum']?.trim();
  if (checksum && checksum.toLowerCase() !== createHash('sha1').update(fields['Payload'] ?? '', 'utf8').digest('hex')) return 'ChecksumMismatch';
  return undefined;
}
