import type { SubmittedClaim } from './billing-practice';
import { write835, type Claim835, type Remittance835, type ServiceLine835 } from '@openrcm/x12';

/** A CAS triplet: [group, reason, cents]. */
export type Cas = readonly [string, string, number];

/** A service payment of a test 835. */
export interface TestLine {
  readonly control?: string;
  readonly code: string;
  readonly modifiers?: string[];
  readonly charge: number;
  readonly paid: number;
  readonly allowed?: number;
  readonly cas?: readonly Cas[];
  readonly date?: string;
  /** SVC05 units paid (default 1). */
  readonly units?: number;
}

/** A claim payment of a test 835. */
export interface TestClaim {
  readonly pcn: string;
  readonly status?: string;
  readonly charge: number;
  readonly paid: number;
  readonly patientResponsibility?: number;
  readonly payerClaimNumber?: string;
  readonly cas?: readonly Cas[];
  readonly lines?: readonly TestLine[];
  readonly crossover?: { readonly name: string; readonly id: string };
}

/** A PLB amount: [reason, reference, cents]. */
export type Plb = readonly [string, string | undefined, number];

/** Writes a one-check 835 whose BPR02 is Σ CLP04 − Σ PLB (write835 refuses one that does not balance). */
export function test835(options: { readonly trace: string; readonly payerId?: string; readonly claims: readonly TestClaim[]; readonly plb?: readonly Plb[]; readonly interchange?: number }): string {
  const plb = options.plb ?? [];
  const total = options.claims.reduce((sum, claim) => sum + claim.paid, 0) - plb.reduce((sum, [, , cents]) => sum + cents, 0);
  const remittance: Remittance835 = {
    controlNumber: '0001',
    payment: { handlingCode: total === 0 ? 'H' : 'I', amountCents: total, creditDebit: 'C', method: total === 0 ? 'NON' : 'CHK', date: '2026-04-01' },
    trace: { typeCode: '1', number: options.trace, originatorId: '1999999999' },
    references: [],
    dates: [],
    payer: { entity: 'PR', name: 'ACME HEALTH', idQualifier: 'XV', id: options.payerId ?? 'ACME1', references: [], contacts: [{ function: 'BL', name: 'PROVIDER SERVICES', numbers: [{ qualifier: 'TE', value: '8005550100' }] }] },
    payee: { entity: 'PE', name: 'RIVERSIDE FAMILY MEDICINE', idQualifier: 'XX', id: '1234567893', references: [], contacts: [] },
    headerGroups: [],
    claims: options.claims.map(toClaim),
    providerAdjustments: plb.length === 0 ? [] : [{ providerId: '1234567893', fiscalPeriodDate: '2026-12-31', items: plb.map(([reason, reference, amountCents]) => ({ reason, ...(reference ? { reference } : {}), amountCents })) }],
  };
  const number = options.interchange ?? 1;
  return write835([remittance], { sender: { qualifier: 'ZZ', id: 'ACME1' }, receiver: { qualifier: 'ZZ', id: 'RIVERSIDE01' }, date: '2026-04-01', time: '12:00' }, { interchange: number, group: number, transaction: 1 });
}

function toClaim(claim: TestClaim): Claim835 {
  return {
    patientControlNumber: claim.pcn,
    status: claim.status ?? '1',
    chargeCents: claim.charge,
    paymentCents: claim.paid,
    ...(claim.patientResponsibility !== undefined ? { patientResponsibilityCents: claim.patientResponsibility } : {}),
    filingIndicator: 'CI',
    payerClaimControlNumber: claim.payerClaimNumber ?? `ICN-${claim.pcn}`,
    adjustments: (claim.cas ?? []).map(toAdjustment),
    names: [
      { entity: 'QC', entityType: '1', lastName: 'PATIENT', firstName: 'TEST' },
      ...(claim.crossover ? [{ entity: 'TT', entityType: '2', lastName: claim.crossover.name, idQualifier: 'PI', id: claim.crossover.id }] : []),
    ],
    references: [],
    dates: [],
    contacts: [],
    amounts: [],
    quantities: [],
    lines: (claim.lines ?? []).map(toLine),
  };
}

function toLine(line: TestLine): ServiceLine835 {
  return {
    procedure: { qualifier: 'HC', code: line.code, modifiers: line.modifiers ?? [] },
    chargeCents: line.charge,
    paymentCents: line.paid,
    units: line.units ?? 1,
    serviceDate: line.date ?? '2026-03-02',
    dates: [],
    adjustments: (line.cas ?? []).map(toAdjustment),
    ...(line.control ? { lineItemControlNumber: line.control } : {}),
    references: [],
    ...(line.allowed !== undefined ? { allowedCents: line.allowed } : {}),
    amounts: [],
    quantities: [],
    remarks: [],
  };
}

function toAdjustment([group, reason, amountCents]: Cas) {
  return { group, reason, amountCents };
}

/**
 * A two-line claim (office visit $125, therapy $240) adjudicated with contractual CO-45 adjustments and `share` cents of
 * coinsurance (PR-2) left to the patient on the office visit.
 */
export function coinsuranceClaim(claim: SubmittedClaim, share: number): TestClaim {
  const line = (index: number) => claim.lines[index] as SubmittedClaim['lines'][number];
  return {
    pcn: claim.patientControlNumber,
    charge: 36500,
    paid: 36500 - 2500 - 6000 - share,
    lines: [
      { control: line(0).lineItemControlNumber, code: '99213', charge: 12500, paid: 12500 - 2500 - share, cas: [['CO', '45', 2500], ['PR', '2', share]] },
      { control: line(1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 18000, cas: [['CO', '45', 6000]] },
    ],
  };
}
