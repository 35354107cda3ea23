import { parseDate6, parseDate8, parseTime } from '../values';
import type { Segment } from '../tokenizer';
import { elementAt } from '../tokenizer';
import type { GroupHeader, InterchangeHeader } from './envelope.types';

/** Reads an ISA segment into a header (padding trimmed, date and time in ISO form when valid). */
export function readInterchangeHeader(isa: Segment, repetition: string | undefined, component: string): InterchangeHeader {
  const e = (i: number) => elementAt(isa, i).trim();
  return {
    authorizationQualifier: e(1), authorization: e(2), securityQualifier: e(3), security: e(4),
    senderQualifier: e(5), senderId: e(6), receiverQualifier: e(7), receiverId: e(8),
    date: parseDate6(e(9)) ?? e(9), time: parseTime(e(10)) ?? e(10), repetitionSeparator: repetition,
    version: e(12), controlNumber: e(13), acknowledgmentRequested: e(14), usage: e(15), componentSeparator: component,
  };
}

/** Reads a GS segment into a header. */
export function readGroupHeader(gs: Segment): GroupHeader {
  const e = (i: number) => elementAt(gs, i);
  return {
    functionalId: e(1), senderCode: e(2), receiverCode: e(3), date: parseDate8(e(4)) ?? e(4),
    time: parseTime(e(5)) ?? e(5), controlNumber: e(6), agency: e(7), version: e(8),
  };
}
