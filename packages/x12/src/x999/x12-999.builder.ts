import type { ControlNumbers, EnvelopeOptions, SegmentWriter } from '../write';
import { writeInterchange } from '../write';
import type { Acknowledgment999, Context999 } from './x12-999.types';

/** The implementation guide the 999 builder writes. */
export const VERSION_999 = '005010X231A1';

function writeCtx(w: SegmentWriter, c: Context999): void {
  w.seg('CTX', w.comp(c.name, c.value), c.segmentId, c.segmentPosition === undefined ? undefined : String(c.segmentPosition), c.loopId, c.elementPosition, c.reference);
}

function writeAck(w: SegmentWriter, a: Acknowledgment999): void {
  w.seg('AK1', a.group.functionalId, a.group.controlNumber, a.group.version);
  for (const t of a.transactions) {
    w.seg('AK2', t.setId, t.controlNumber, t.implementationRef);
    for (const s of t.segmentErrors) {
      w.seg('IK3', s.segmentId, String(s.position), s.loopId, s.code);
      for (const c of s.contexts) writeCtx(w, c);
      for (const e of s.elementErrors) {
        const pos = w.comp(String(e.position), e.componentPosition?.toString(), e.repetitionPosition?.toString());
        w.seg('IK4', pos, e.dataElementReference, e.code, e.badValue);
        for (const c of e.contexts) writeCtx(w, c);
      }
    }
    w.seg('IK5', t.status, ...t.errorCodes);
  }
  w.seg('AK9', a.groupStatus, String(a.includedCount), String(a.receivedCount), String(a.acceptedCount), ...a.groupErrorCodes);
}

/** Writes 999 acknowledgments (one ST per acknowledgment), e.g. for the simulator. */
export function write999(acks: readonly Acknowledgment999[], options: EnvelopeOptions, numbers: ControlNumbers): string {
  return writeInterchange(options, { functionalId: 'FA', version: VERSION_999, setId: '999' }, numbers, acks.map((a) => (w: SegmentWriter) => writeAck(w, a)));
}
