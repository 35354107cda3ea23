import { formatCents, formatDate8, formatTime4 } from '../values';
import type { ControlNumbers, EnvelopeOptions, SegmentWriter } from '../write';
import { writeInterchange } from '../write';

/** The implementation guide the 277CA builder writes. */
export const VERSION_277CA = '005010X214';

/** One claim acknowledged in a 277CA. */
export interface ClaimAcknowledgmentItem {
  patientControlNumber: string;
  patient: { lastName: string; firstName?: string; memberId: string };
  /** STC01: e.g. `{ category: 'A2', code: '20' }` accepted, `{ category: 'A7', code: '562', entity: '85' }` rejected. */
  status: { category: string; code: string; entity?: string };
  chargeCents: number;
  /** REF*1K payer claim control number (accepted claims). */
  payerClaimControlNumber?: string;
  serviceDate: string;
  serviceDateEnd?: string;
  message?: string;
}

/** Input of {@link write277CA}: one 277CA for one billing provider. */
export interface ClaimAcknowledgmentInput {
  referenceId: string;
  createdDate: string;
  createdTime: string;
  payer: { name: string; id: string };
  receiver: { name: string; id: string };
  provider: { name: string; npi: string };
  /** Date the claims were received (DTP*050) and processed (DTP*009). */
  receivedDate: string;
  claims: ClaimAcknowledgmentItem[];
}

function isAccepted(c: ClaimAcknowledgmentItem): boolean {
  return c.status.category === 'A1' || c.status.category === 'A2';
}

function writeTotals(w: SegmentWriter, claims: ClaimAcknowledgmentItem[], qtyAccepted: string, qtyRejected: string): void {
  const accepted = claims.filter(isAccepted);
  const rejected = claims.filter((c) => !isAccepted(c));
  if (accepted.length) w.seg('QTY', qtyAccepted, String(accepted.length));
  if (rejected.length) w.seg('QTY', qtyRejected, String(rejected.length));
  if (accepted.length) w.seg('AMT', 'YU', formatCents(accepted.reduce((s, c) => s + c.chargeCents, 0)));
  if (rejected.length) w.seg('AMT', 'YY', formatCents(rejected.reduce((s, c) => s + c.chargeCents, 0)));
}

function writeBody(w: SegmentWriter, a: ClaimAcknowledgmentInput): void {
  const received = formatDate8(a.receivedDate);
  const total = formatCents(a.claims.reduce((s, c) => s + c.chargeCents, 0));
  w.seg('BHT', '0085', '08', a.referenceId, formatDate8(a.createdDate), formatTime4(a.createdTime), 'TH');
  w.seg('HL', '1', undefined, '20', '1');
  w.seg('NM1', 'PR', '2', a.payer.name, undefined, undefined, undefined, undefined, 'PI', a.payer.id);
  w.seg('TRN', '1', a.referenceId);
  w.seg('DTP', '050', 'D8', received);
  w.seg('DTP', '009', 'D8', received);
  w.seg('HL', '2', '1', '21', '1');
  w.seg('NM1', '41', '2', a.receiver.name, undefined, undefined, undefined, undefined, '46', a.receiver.id);
  w.seg('TRN', '2', a.referenceId);
  w.seg('STC', w.comp('A1', '19', 'PR'), received, 'WQ', total);
  writeTotals(w, a.claims, '90', 'AA');
  w.seg('HL', '3', '2', '19', '1');
  w.seg('NM1', '85', '2', a.provider.name, undefined, undefined, undefined, undefined, 'XX', a.provider.npi);
  w.seg('TRN', '1', '0');
  // 2200C: STC02 is not used at the provider level.
  w.seg('STC', w.comp('A1', '19', 'PR'), undefined, 'WQ', total);
  writeTotals(w, a.claims, 'QA', 'QC');
  a.claims.forEach((c, i) => writeClaimLevel(w, c, 4 + i, received));
}

function writeClaimLevel(w: SegmentWriter, c: ClaimAcknowledgmentItem, hl: number, received: string): void {
  w.seg('HL', String(hl), '3', 'PT');
  w.seg('NM1', 'QC', '1', c.patient.lastName, c.patient.firstName, undefined, undefined, undefined, 'MI', c.patient.memberId);
  w.seg('TRN', '2', c.patientControlNumber);
  const action = isAccepted(c) ? 'WQ' : 'U';
  w.seg('STC', w.comp(c.status.category, c.status.code, c.status.entity), received, action, formatCents(c.chargeCents),
    undefined, undefined, undefined, undefined, undefined, undefined, undefined, c.message);
  if (c.payerClaimControlNumber) w.seg('REF', '1K', c.payerClaimControlNumber);
  if (c.serviceDateEnd) w.seg('DTP', '472', 'RD8', `${formatDate8(c.serviceDate)}-${formatDate8(c.serviceDateEnd)}`);
  else w.seg('DTP', '472', 'D8', formatDate8(c.serviceDate));
}

/** Writes 277CA claim acknowledgments (one ST per input), e.g. for the simulator. */
export function write277CA(inputs: readonly ClaimAcknowledgmentInput[], options: EnvelopeOptions, numbers: ControlNumbers): string {
  return writeInterchange(options, { functionalId: 'HN', version: VERSION_277CA, setId: '277' }, numbers, inputs.map((a) => (w: SegmentWriter) => writeBody(w, a)));
}
