import { X12BuildError } from '../errors';
import { formatDate8, formatTime4 } from '../values';
import type { ControlNumbers, ControlNumberSequence, EnvelopeOptions, SegmentWriter } from '../write';
import { DEFAULT_DELIMITERS, reserveControlNumbers, writeInterchange } from '../write';
import { writeClaim } from './x12-837p.claim.writer';
import { writeAddress, writePer, writeProviderNm1 } from './x12-837p.parties.writer';
import type { ClaimBatch837P } from './x12-837p.types';
import { validate837PInput } from './x12-837p.validation';

/** The implementation guide the builder writes. */
export const VERSION_837P = '005010X222A1';

function writeBatch(w: SegmentWriter, b: ClaimBatch837P): void {
  w.seg('BHT', '0019', '00', b.referenceId, formatDate8(b.createdDate), formatTime4(b.createdTime), b.transactionType);
  w.seg('NM1', '41', '2', b.submitter.name, undefined, undefined, undefined, undefined, '46', b.submitter.id);
  writePer(w, b.submitter.contact);
  w.seg('NM1', '40', '2', b.receiver.name, undefined, undefined, undefined, undefined, '46', b.receiver.id);
  const bp = b.billingProvider;
  w.seg('HL', '1', undefined, '20', '1');
  if (bp.taxonomy) w.seg('PRV', 'BI', 'PXC', bp.taxonomy);
  writeProviderNm1(w, '85', bp);
  writeAddress(w, bp.address);
  w.seg('REF', bp.taxIdQualifier, bp.taxId);
  if (bp.contact) writePer(w, bp.contact);
  if (b.payToAddress) {
    w.seg('NM1', '87', '2');
    writeAddress(w, b.payToAddress);
  }
  let hl = 2;
  for (const claim of b.claims) hl = writeClaim(w, claim, hl);
}

function delimiterChars(options: EnvelopeOptions): string {
  const d = options.delimiters ?? DEFAULT_DELIMITERS;
  return d.element + d.component + d.segment + (d.repetition ?? '');
}

/** Throws {@link X12BuildError} listing every invalid field of every batch. */
export function assertValid837P(batches: readonly ClaimBatch837P[], options: EnvelopeOptions): void {
  const reserved = delimiterChars(options);
  const errors = batches.flatMap((b, i) => validate837PInput(b, reserved).map((e) => ({ ...e, path: batches.length > 1 ? `[${i}].${e.path}` : e.path })));
  if (errors.length) throw new X12BuildError(errors);
}

/**
 * Writes an 837P interchange (one ST per batch) with the given control numbers. Validates every
 * field first and throws {@link X12BuildError} without writing anything when the input is invalid.
 */
export function write837P(batches: readonly ClaimBatch837P[], options: EnvelopeOptions, numbers: ControlNumbers): string {
  assertValid837P(batches, options);
  return writeInterchange(options, { functionalId: 'HC', version: VERSION_837P, setId: '837' }, numbers,
    batches.map((b) => (w: SegmentWriter) => writeBatch(w, b)));
}

/**
 * Builds an 837P interchange: validates, then reserves control numbers from `sequence` (so invalid
 * input consumes none), then writes.
 */
export async function build837P(batches: readonly ClaimBatch837P[], options: EnvelopeOptions, sequence: ControlNumberSequence): Promise<string> {
  assertValid837P(batches, options);
  const numbers = await reserveControlNumbers(sequence, batches.length);
  return writeInterchange(options, { functionalId: 'HC', version: VERSION_837P, setId: '837' }, numbers,
    batches.map((b) => (w: SegmentWriter) => writeBatch(w, b)));
}
