import type { InboundDocumentKind } from '@openrcm/sdk';
import { elementAt, parseX12, type RawGroup, type RawTransaction } from '@openrcm/x12';

const CLAIM_ACKNOWLEDGMENT_VERSION = 'X214';

function is277ca(group: RawGroup, transaction: RawTransaction): boolean {
  if (group.header.version.includes(CLAIM_ACKNOWLEDGMENT_VERSION)) return true;
  if ((transaction.implementationRef ?? '').includes(CLAIM_ACKNOWLEDGMENT_VERSION)) return true;
  const bht = transaction.segments.find((segment) => segment.id === 'BHT');
  return bht !== undefined && elementAt(bht, 6) === 'TH';
}

function kindOfTransaction(group: RawGroup, transaction: RawTransaction): InboundDocumentKind | undefined {
  switch (transaction.setId) {
    case '999': return group.header.functionalId === 'FA' ? '999' : undefined;
    case '835': return '835';
    case '271': return '271';
    case '277': return is277ca(group, transaction) ? '277CA' : '277';
    default: return undefined;
  }
}

/**
 * The kind of an inbound X12 file, from its envelopes: a TA1 interchange without groups is `TA1`; otherwise the
 * first transaction set says it — GS01 `FA` with ST 999 is `999`, ST 835 `835`, ST 271 `271`, ST 277 is `277CA`
 * when its version (GS08 or ST03) is 005010X214 or its BHT06 is `TH`, else `277`. Anything else (837, 997, not X12)
 * answers `undefined`.
 */
export function inboundKindOf(x12: string): InboundDocumentKind | undefined {
  const document = parseX12(x12);
  const interchange = document.interchanges[0];
  if (!interchange) return undefined;
  const group = interchange.groups[0];
  const transaction = group?.transactions[0];
  if (group && transaction) return kindOfTransaction(group, transaction);
  return interchange.ta1.length > 0 ? 'TA1' : undefined;
}

/** ISA13, the interchange control number, read from the fixed-width ISA at the start of the text; `undefined` when there is none. */
export function interchangeControlNumber(x12: string): string | undefined {
  const start = x12.indexOf('ISA');
  if (start < 0 || x12.length < start + 106) return undefined;
  const separator = x12.charAt(start + 3);
  const elements = x12.slice(start, start + 106).split(separator);
  const isa13 = elements[13]?.trim();
  return isa13 && /^\d{9}$/.test(isa13) ? isa13 : undefined;
}
