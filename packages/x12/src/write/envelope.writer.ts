import type { Delimiters } from '../tokenizer';
import { formatDate8, formatTime4 } from '../values';
import type { ControlNumbers } from './control-number.sequence';
import { DEFAULT_DELIMITERS, SegmentWriter } from './segment-writer';

/** Who sends and receives an interchange, and when. */
export interface EnvelopeOptions {
  /** ISA05/ISA06, e.g. `{ qualifier: 'ZZ', id: 'OPENRCM' }`. */
  sender: { qualifier: string; id: string };
  receiver: { qualifier: string; id: string };
  /** GS02 / GS03 (default: the ISA ids). */
  applicationSender?: string;
  applicationReceiver?: string;
  /** ISA15: `P` production (default) or `T` test. */
  usage?: 'P' | 'T';
  /** ISA14: request a TA1 (default false). */
  acknowledgmentRequested?: boolean;
  /** Creation date `YYYY-MM-DD` and time `HH:MM` (UTC now by default). */
  date?: string;
  time?: string;
  delimiters?: Delimiters;
}

/** Body of one transaction set: writes the segments between ST and SE. */
export type TransactionBody = (w: SegmentWriter) => void;

function pad(value: string, width: number): string {
  return value.length >= width ? value.slice(0, width) : value + ' '.repeat(width - value.length);
}

function nowParts(options: EnvelopeOptions): { date: string; time: string } {
  const iso = new Date().toISOString();
  return { date: options.date ?? iso.slice(0, 10), time: options.time ?? iso.slice(11, 16) };
}

/** Formats a control number: ISA13 is 9 digits zero-padded, ST02 at least 4 digits. */
export function controlNumber(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * Writes a complete interchange: ISA, one GS, one ST..SE per body (ST02 numbered from
 * `numbers.transaction`), GE and IEA with correct counts. ST03 repeats GS08 unless
 * `omitImplementationRef` (guides whose ST03 is not used, like the 835 X221A1).
 */
export function writeInterchange(
  options: EnvelopeOptions,
  group: { functionalId: string; version: string; setId: string; omitImplementationRef?: boolean },
  numbers: ControlNumbers,
  bodies: TransactionBody[],
): string {
  const d = options.delimiters ?? DEFAULT_DELIMITERS;
  const w = new SegmentWriter(d);
  const { date, time } = nowParts(options);
  const isa13 = controlNumber(numbers.interchange, 9);
  w.seg('ISA', '00', pad('', 10), '00', pad('', 10), pad(options.sender.qualifier, 2), pad(options.sender.id, 15),
    pad(options.receiver.qualifier, 2), pad(options.receiver.id, 15), formatDate8(date).slice(2), formatTime4(time),
    d.repetition ?? 'U', '00501', isa13, options.acknowledgmentRequested ? '1' : '0', options.usage ?? 'P', d.component);
  w.seg('GS', group.functionalId, options.applicationSender ?? options.sender.id, options.applicationReceiver ?? options.receiver.id,
    formatDate8(date), formatTime4(time), String(numbers.group), 'X', group.version);
  bodies.forEach((body, i) => {
    const st02 = controlNumber(numbers.transaction + i, 4);
    w.resetCount();
    w.seg('ST', group.setId, st02, group.omitImplementationRef ? undefined : group.version);
    body(w);
    w.seg('SE', String(w.count + 1), st02);
  });
  w.seg('GE', String(bodies.length), String(numbers.group));
  w.seg('IEA', '1', isa13);
  return w.toString();
}
