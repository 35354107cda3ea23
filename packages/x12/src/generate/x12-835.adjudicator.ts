import type { Adjustment } from '../common';
import type { Claim835, Remittance835, ServiceLine835 } from '../x835';
import type { ClaimBatch837P, Claim837P, ServiceLine837P } from '../x837p';
import { SeededRandom } from './seeded-random';

/** Options of {@link adjudicate837P}. */
export interface AdjudicateOptions {
  seed: number;
  /** BPR16 payment date (default 2024-03-15). */
  paymentDate?: string;
}

/** Simple deterministic adjudication of one line: allowed 70-90 % of charge, some deductible/coinsurance, 3 % denied. */
function adjudicateLine(r: SeededRandom, l: ServiceLine837P): ServiceLine835 {
  const adjustments: Adjustment[] = [];
  let paid: number;
  if (r.chance(0.03)) {
    adjustments.push({ group: 'CO', reason: r.pick(['50', '97', '16']), amountCents: l.chargeCents });
    paid = 0;
  } else {
    const allowed = Math.floor((l.chargeCents * r.int(70, 90)) / 100);
    const pr = r.chance(0.3) ? Math.floor(allowed / 5) : 0;
    if (l.chargeCents - allowed) adjustments.push({ group: 'CO', reason: '45', amountCents: l.chargeCents - allowed });
    if (pr) adjustments.push({ group: 'PR', reason: r.pick(['1', '2']), amountCents: pr });
    paid = allowed - pr;
  }
  const line: ServiceLine835 = {
    procedure: { qualifier: 'HC', code: l.procedureCode, modifiers: l.modifiers ?? [] }, chargeCents: l.chargeCents, paymentCents: paid,
    units: l.quantity, serviceDate: l.serviceDate, dates: [], adjustments, references: [], amounts: [], quantities: [], remarks: [],
  };
  if (l.lineItemControlNumber) line.lineItemControlNumber = l.lineItemControlNumber;
  return line;
}

function adjudicateClaim(r: SeededRandom, c: Claim837P, n: number): Claim835 {
  const lines = c.lines.map((l) => adjudicateLine(r, l));
  const paid = lines.reduce((s, l) => s + l.paymentCents, 0);
  const pr = lines.reduce((s, l) => s + l.adjustments.filter((a) => a.group === 'PR').reduce((t, a) => t + a.amountCents, 0), 0);
  const patient = c.patient ?? c.subscriber;
  return {
    headerNumber: '1', patientControlNumber: c.patientControlNumber, status: c.subscriber.payerResponsibility === 'S' ? '2' : '1',
    chargeCents: c.chargeCents, paymentCents: paid, patientResponsibilityCents: pr, filingIndicator: c.subscriber.filingIndicator === 'MB' ? 'MB' : '12',
    payerClaimControlNumber: `ICN${String(n).padStart(10, '0')}`, facilityType: c.placeOfService, frequency: c.frequency, adjustments: [],
    names: [{ entity: 'QC', entityType: '1', lastName: patient.lastName, ...(patient.firstName ? { firstName: patient.firstName } : {}), idQualifier: 'MI', id: c.subscriber.memberId }],
    references: [], dates: [], contacts: [], amounts: [], quantities: [], lines,
  };
}

/** Adjudicates 837P claims into one balanced 835 per payer (the simulator's real rules live elsewhere). */
export function adjudicate837P(batches: readonly ClaimBatch837P[], options: AdjudicateOptions): Remittance835[] {
  const r = new SeededRandom(options.seed);
  const byPayer = new Map<string, { name: string; claims: Claim835[] }>();
  let n = 0;
  for (const b of batches) {
    for (const c of b.claims) {
      const entry = byPayer.get(c.payer.id) ?? { name: c.payer.name, claims: [] };
      entry.claims.push(adjudicateClaim(r, c, ++n));
      byPayer.set(c.payer.id, entry);
    }
  }
  const payee = batches[0]?.billingProvider;
  return [...byPayer.entries()].map(([id, { name, claims }], i) => {
    const total = claims.reduce((s, c) => s + c.paymentCents, 0);
    return {
      controlNumber: '', payment: { handlingCode: total ? 'I' : 'H', amountCents: total, creditDebit: 'C', method: total ? 'ACH' : 'NON', date: options.paymentDate ?? '2024-03-15' },
      trace: { typeCode: '1', number: `EFT${options.seed}${String(i + 1).padStart(4, '0')}`, originatorId: `1${id.padStart(9, '0').slice(-9)}` },
      references: [], dates: [],
      payer: { entity: 'PR', name, references: [], contacts: [{ function: 'BL', name: 'EDI SUPPORT', numbers: [{ qualifier: 'TE', value: '8005550199' }] }] },
      payee: { entity: 'PE', name: payee?.lastName ?? 'PAYEE', idQualifier: 'XX', id: payee?.npi ?? '', references: [], contacts: [] },
      headerGroups: [{ number: '1' }], claims, providerAdjustments: [],
    };
  });
}
