import { write837P, type Claim835, type Claim837P, type Remittance835, type ServiceLine837P } from '@openrcm/x12';
import { MAX_PATIENT_CONTROL_NUMBER } from '../../src/conversion/open-ar-claim.rules';
import { CLAIM_FILING_INDICATORS } from '../../src/payers/payer.rules';
import { processedAsOf } from '../../src/remittance/posting-rules';

const ADDRESS = { line1: '100 MAIN ST', city: 'SPRINGFIELD', state: 'IL', postalCode: '627011234' };
/** The procedure of the one line written for a claim the 835 pays without service lines (institutional, claim level). */
const CLAIM_LEVEL_PROCEDURE = '99499';
/** The primary payer of a claim the 835's payer processed as secondary. */
export const PRIOR_PAYER = { name: 'PRIOR PRIMARY PAYER', id: 'PRIORPRIMARY' };

/** The claims of an organization that the 835s of a test pay, as an 837P, and the secondary coverages they need. */
export interface ClaimsFor835 {
  /** The 837P to convert (open A/R), or null when no CLP01 can be a claim. */
  readonly x12: string | null;
  /** CLP01s no claim can carry (longer than CLM01 may be): their payments stay unmatched. */
  readonly impossible: readonly string[];
  /** Claims the 835's payer processed as secondary (CLP02 2/20): the patient's secondary coverage is with that payer. */
  readonly secondary: readonly { readonly patientControlNumber: string; readonly payer: { readonly name: string; readonly id: string }; readonly memberId: string; readonly from: string }[];
}

/** The payer an 835 names (N1*PR), with a payer id: N104, else REF*2U, else its name in letters and digits. */
export function payerOf835(remittance: Remittance835): { name: string; id: string } {
  const payer = remittance.payer;
  const name = (payer?.name ?? 'UNKNOWN PAYER').slice(0, 60);
  const id = payer?.id ?? payer?.references.find((reference) => reference.qualifier === '2U')?.value ?? name.replace(/[^A-Za-z0-9]/g, '').slice(0, 20).toUpperCase();
  return { name, id };
}

/**
 * The claims another system would have sent for the CLPs of `remittances` (DOMAIN.md "835 posting semantics"): one
 * claim per CLP01 (CLM01 = CLP01) with a line for each SVC — procedure as billed (SVC06 when the payer changed it),
 * modifiers, charge (a reversal's negated charge as billed), date (DTM*472, else the service period's start) and
 * REF*6R when the 835 echoes one. A CLP01 paid in several CLPs (a split claim) gets the lines each CLP needs; a CLP
 * without SVC gets one line of its charge on the claim's statement date. The patient is the 835's NM1*QC.
 */
export function claimsFor835(remittances: readonly Remittance835[], interchange: number): ClaimsFor835 {
  const byNumber = new Map<string, { remittance: Remittance835; clps: Claim835[] }>();
  for (const remittance of remittances) {
    for (const clp of remittance.claims) {
      const entry = byNumber.get(clp.patientControlNumber) ?? { remittance, clps: [] };
      entry.clps.push(clp);
      byNumber.set(clp.patientControlNumber, entry);
    }
  }
  const impossible = [...byNumber.keys()].filter((number) => number.length > MAX_PATIENT_CONTROL_NUMBER);
  const claims: Claim837P[] = [];
  const secondary: ClaimsFor835['secondary'][number][] = [];
  for (const [number, { remittance, clps }] of byNumber) {
    if (impossible.includes(number)) continue;
    const orders = new Set(clps.map((clp) => processedAsOf(clp.status)));
    if (orders.has('tertiary')) throw new Error(`${number}: no sample so far is processed as tertiary; the fixture would need a secondary payer too`);
    const payer = payerOf835(remittance);
    const first = clps[0] as Claim835;
    const patient = first.names.find((name) => name.entity === 'QC') ?? first.names.find((name) => name.entity === 'IL');
    const memberId = patient?.id ?? `M${number.replace(/[^A-Za-z0-9]/g, '')}`;
    const lines = linesOf(clps, fallbackDate(first, remittance));
    const byPrior = orders.has('secondary') && !orders.has('primary');
    claims.push({
      patientControlNumber: number,
      chargeCents: lines.reduce((sum, line) => sum + line.chargeCents, 0),
      placeOfService: '11',
      frequency: '1',
      providerSignature: 'Y',
      assignment: 'A',
      benefitsAssignment: 'Y',
      releaseOfInformation: 'Y',
      diagnoses: ['R69'],
      subscriber: {
        payerResponsibility: 'P',
        relationship: '18',
        filingIndicator: (CLAIM_FILING_INDICATORS as readonly string[]).includes(first.filingIndicator ?? '') ? (first.filingIndicator as string) : 'CI',
        lastName: patient?.lastName ?? 'PATIENT',
        firstName: patient?.firstName ?? 'UNKNOWN',
        memberId: byPrior ? `P${memberId}` : memberId,
        address: { ...ADDRESS, postalCode: '62704' },
        birthDate: '1970-01-01',
        sex: 'U',
      },
      payer: byPrior ? PRIOR_PAYER : payer,
      lines,
    });
    if (orders.has('secondary')) secondary.push({ patientControlNumber: number, payer, memberId, from: lines.map((line) => line.serviceDate).sort()[0] as string });
  }
  if (claims.length === 0) return { x12: null, impossible, secondary };
  const x12 = write837P(
    [
      {
        referenceId: `CONF${interchange}`, createdDate: '2026-03-10', createdTime: '09:00', transactionType: 'CH',
        submitter: { name: 'OLD BILLING SYSTEM', id: 'OLD01', contact: { name: 'BILLING', phone: '2175550100' } },
        receiver: { name: 'CLEARINGHOUSE', id: 'REC01' },
        billingProvider: { entityType: '2', lastName: 'CONFORMANCE CLINIC', npi: '1234567893', taxId: '123456789', taxIdQualifier: 'EI', address: ADDRESS },
        claims,
      },
    ],
    { sender: { qualifier: 'ZZ', id: 'OLD01' }, receiver: { qualifier: 'ZZ', id: 'REC01' }, usage: 'P', date: '2026-03-10', time: '09:00' },
    { interchange, group: interchange, transaction: 1 },
  );
  return { x12, impossible, secondary };
}

/** The lines each CLP of the claim needs: per (REF*6R, procedure, modifiers, date, charge), as many as the CLP that has the most. */
function linesOf(clps: readonly Claim835[], fallback: string): ServiceLine837P[] {
  const needed = new Map<string, { line: ServiceLine837P; count: number }>();
  for (const clp of clps) {
    const inClp = new Map<string, number>();
    const services: ServiceLine837P[] = clp.lines.length > 0
      ? clp.lines.map((svc) => {
          const billed = svc.originalProcedure ?? svc.procedure;
          return {
            procedureCode: billed.code,
            ...(billed.modifiers.length > 0 ? { modifiers: [...billed.modifiers] } : {}),
            chargeCents: Math.abs(svc.chargeCents),
            unit: 'UN' as const,
            quantity: 1,
            diagnosisPointers: [1],
            serviceDate: svc.serviceDate ?? svc.serviceStartDate ?? fallback,
            ...(svc.lineItemControlNumber ? { lineItemControlNumber: svc.lineItemControlNumber } : {}),
          };
        })
      : [{ procedureCode: CLAIM_LEVEL_PROCEDURE, chargeCents: Math.abs(clp.chargeCents), unit: 'UN' as const, quantity: 1, diagnosisPointers: [1], serviceDate: fallback }];
    for (const service of services) {
      const key = JSON.stringify([service.lineItemControlNumber ?? '', service.procedureCode, service.modifiers ?? [], service.serviceDate, service.chargeCents]);
      const count = (inClp.get(key) ?? 0) + 1;
      inClp.set(key, count);
      const entry = needed.get(key);
      if (!entry) needed.set(key, { line: service, count });
      else entry.count = Math.max(entry.count, count);
    }
  }
  return [...needed.values()].flatMap(({ line, count }) => Array.from({ length: count }, () => ({ ...line })));
}

/** A claim-level CLP's date: its statement period start (DTM*232), else the payment date. */
function fallbackDate(clp: Claim835, remittance: Remittance835): string {
  return clp.dates.find((date) => date.qualifier === '232')?.date ?? remittance.payment.date ?? '2026-03-02';
}
