import { write835, write837P, type Adjustment, type Claim835, type Claim837P, type Remittance835 } from '@openrcm/x12';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configDirectory, run } from './support/cli-harness';

type Cas = readonly [group: string, reason: string, cents: number];
interface Line {
  readonly control: string;
  readonly code: string;
  readonly modifiers?: string[];
  readonly charge: number;
  readonly paid: number;
  readonly cas: readonly Cas[];
}
interface Paid {
  readonly pcn: string;
  readonly first: string;
  readonly last: string;
  readonly member: string;
  readonly claimCas?: readonly Cas[];
  readonly lines: readonly Line[];
}

/**
 * What the payer answered for the four claims the other system sent (and what the 837P is generated from): payments,
 * contractual CO-45, deductible / coinsurance / copay (PR-1/2/3), a CO-50 denial, a claim-level OA-23.
 */
const PAID: readonly Paid[] = [
  {
    pcn: 'ACC-1001', first: 'MARIA', last: 'LOPEZ', member: 'ACM111',
    lines: [
      { control: 'ACC-1001-1', code: '99214', charge: 15000, paid: 9000, cas: [['CO', '45', 3000], ['PR', '1', 2000], ['PR', '2', 1000]] },
      { control: 'ACC-1001-2', code: '93000', charge: 6000, paid: 0, cas: [['CO', '50', 6000]] },
      { control: 'ACC-1001-3', code: '36415', charge: 2000, paid: 1500, cas: [['CO', '45', 500]] },
    ],
  },
  { pcn: 'ACC-1002', first: 'JORGE', last: 'REYES', member: 'ACM222', claimCas: [['OA', '23', 1000]], lines: [{ control: 'ACC-1002-1', code: '99213', charge: 12500, paid: 9500, cas: [['CO', '45', 2000], ['PR', '3', 1000]] }] },
  {
    pcn: 'ACC-1003', first: 'ANA', last: 'KIM', member: 'ACM333',
    lines: [
      { control: 'ACC-1003-1', code: '99203', charge: 20000, paid: 14000, cas: [['CO', '45', 4000], ['PR', '2', 2000]] },
      { control: 'ACC-1003-2', code: '97110', modifiers: ['GP'], charge: 8000, paid: 6000, cas: [['CO', '45', 2000]] },
    ],
  },
  { pcn: 'ACC-1004', first: 'TOM', last: 'HART', member: 'ACM444', lines: [{ control: 'ACC-1004-1', code: '99212', charge: 9000, paid: 7000, cas: [['CO', '45', 2000]] }] },
];

/** Provider-level adjustments: interest paid (L6, negative), an overpayment taken back from ACC-1004 (WO), a CS adjustment. */
const PLB: readonly { reason: string; reference?: string; amountCents: number }[] = [
  { reason: 'L6', amountCents: -250 },
  { reason: 'WO', reference: 'ACC-1004', amountCents: 1500 },
  { reason: 'CS', reference: 'ADJ-77', amountCents: 300 },
];

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const casTotal = (cas: readonly Cas[]) => sum(cas.map(([, , cents]) => cents));

function claim837P(paid: Paid): Claim837P {
  return {
    patientControlNumber: paid.pcn, chargeCents: sum(paid.lines.map((line) => line.charge)), placeOfService: '11', frequency: '1',
    providerSignature: 'Y', assignment: 'A', benefitsAssignment: 'Y', releaseOfInformation: 'Y', diagnoses: ['E119', 'I10'],
    subscriber: {
      payerResponsibility: 'P', relationship: '18', groupNumber: 'G-77', filingIndicator: 'CI', lastName: paid.last, firstName: paid.first, memberId: paid.member,
      address: { line1: '12 ELM ST', city: 'SPRINGFIELD', state: 'IL', postalCode: '62704' }, birthDate: '1980-05-17', sex: 'F',
    },
    payer: { name: 'ACME HEALTH', id: 'ACME1' },
    lines: paid.lines.map((line) => ({ procedureCode: line.code, ...(line.modifiers ? { modifiers: line.modifiers } : {}), chargeCents: line.charge, unit: 'UN', quantity: 1, diagnosisPointers: [1], serviceDate: '2026-03-02', lineItemControlNumber: line.control })),
  };
}

function generated837P(): string {
  return write837P(
    [
      {
        referenceId: 'LEGACY2', createdDate: '2026-03-10', createdTime: '09:00', transactionType: 'CH',
        submitter: { name: 'OLD BILLING SYSTEM', id: 'OLD01', contact: { name: 'BILLING', phone: '2175550100' } },
        receiver: { name: 'ACME CLEARINGHOUSE', id: 'REC01' },
        billingProvider: { entityType: '2', lastName: 'RIVERSIDE FAMILY MEDICINE', npi: '1234567893', taxId: '123456789', taxIdQualifier: 'EI', address: { line1: '100 MAIN ST', city: 'SPRINGFIELD', state: 'IL', postalCode: '627011234' } },
        claims: PAID.map(claim837P),
      },
    ],
    { sender: { qualifier: 'ZZ', id: 'OLD01' }, receiver: { qualifier: 'ZZ', id: 'REC01' }, usage: 'P', date: '2026-03-10', time: '09:00' },
    { interchange: 88, group: 88, transaction: 1 },
  );
}

const adjustment = ([group, reason, amountCents]: Cas): Adjustment => ({ group, reason, amountCents });

function claim835(paid: Paid): Claim835 {
  const lineCas = paid.lines.flatMap((line) => line.cas);
  const claimCas = paid.claimCas ?? [];
  return {
    patientControlNumber: paid.pcn, status: '1', chargeCents: sum(paid.lines.map((line) => line.charge)),
    // CLP03 − claim CAS − line CAS = CLP04.
    paymentCents: sum(paid.lines.map((line) => line.charge)) - casTotal(claimCas) - casTotal(lineCas),
    patientResponsibilityCents: casTotal([...claimCas, ...lineCas].filter(([group]) => group === 'PR')),
    filingIndicator: 'CI', payerClaimControlNumber: `ICN-${paid.pcn}`,
    adjustments: claimCas.map(adjustment),
    names: [{ entity: 'QC', entityType: '1', lastName: paid.last, firstName: paid.first, idQualifier: 'MI', id: paid.member }],
    references: [], dates: [], contacts: [], amounts: [], quantities: [],
    lines: paid.lines.map((line) => ({
      procedure: { qualifier: 'HC', code: line.code, modifiers: line.modifiers ?? [] }, chargeCents: line.charge, paymentCents: line.paid, units: 1, serviceDate: '2026-03-02',
      dates: [], adjustments: line.cas.map(adjustment), lineItemControlNumber: line.control, references: [], amounts: [], quantities: [], remarks: [],
    })),
  };
}

function remittance835(): Remittance835 {
  const claims = PAID.map(claim835);
  const total = sum(claims.map((claim) => claim.paymentCents)) - sum(PLB.map((item) => item.amountCents));
  return {
    controlNumber: '0001',
    payment: { handlingCode: 'I', amountCents: total, creditDebit: 'C', method: 'CHK', date: '2026-04-01' },
    trace: { typeCode: '1', number: 'CHK4001', originatorId: '1999999999' },
    references: [], dates: [], headerGroups: [],
    payer: { entity: 'PR', name: 'ACME HEALTH', idQualifier: 'XV', id: 'ACME1', references: [], contacts: [{ function: 'BL', name: 'PROVIDER SERVICES', numbers: [{ qualifier: 'TE', value: '8005550100' }] }] },
    payee: { entity: 'PE', name: 'RIVERSIDE FAMILY MEDICINE', idQualifier: 'XX', id: '1234567893', references: [], contacts: [] },
    claims,
    providerAdjustments: [{ providerId: '1234567893', fiscalPeriodDate: '2026-12-31', items: PLB.map((item) => ({ ...item })) }],
  };
}

const envelope835 = (interchange: number) => [{ sender: { qualifier: 'ZZ', id: 'ACME1' }, receiver: { qualifier: 'ZZ', id: 'RIVERSIDE01' }, date: '2026-04-01', time: '12:00' }, { interchange, group: interchange, transaction: 1 }] as const;

/** The CAS totals by group and reason, and the PLB totals by reason, as the 835 itself states them. */
function statedTotals(remittance: Remittance835) {
  const cas = new Map<string, number>();
  for (const claim of remittance.claims) {
    for (const item of [...claim.adjustments, ...claim.lines.flatMap((line) => line.adjustments)]) cas.set(`${item.group}-${item.reason}`, (cas.get(`${item.group}-${item.reason}`) ?? 0) + item.amountCents);
  }
  const plb = new Map<string, number>();
  for (const item of remittance.providerAdjustments.flatMap((segment) => segment.items)) plb.set(item.reason, (plb.get(item.reason) ?? 0) + item.amountCents);
  return { cas: Object.fromEntries(cas), plb: Object.fromEntries(plb), paid: sum(remittance.claims.map((claim) => claim.paymentCents)) };
}

interface AdjustmentTotal { groupCode: string; reasonCode: string; amountCents: number; adjustedOffCents: number; deniedCents: number; transferredCents: number }
interface RemittanceTotals { remittances: number; paymentCents: number; paidCents: number; adjustments: AdjustmentTotal[]; providerAdjustments: { reasonCode: string; amountCents: number }[] }
interface Summary { organizationId: string; balanceCents: number; remittancesByPayer: (RemittanceTotals & { payerName: string })[]; remittanceTotals: RemittanceTotals; claimsByState: { state: string; claims: number }[] }

/**
 * Issue #9 acceptance: `openrcm import 837p` of a generated file, then `openrcm import 835` of the remittance that pays
 * it, leave `openrcm ledger summary --json` stating, for the posted remittance, the 835's own totals — paid = Σ CLP04,
 * CAS by group and reason, PLB by reason — with what was adjusted off, held open as a denial and transferred beside
 * them; `openrcm ledger verify` exits 0; the same 835 again is a duplicate and changes no total.
 */
describe('openrcm import 837p, then openrcm import 835 of its remittance', () => {
  const remittance = remittance835();
  let cwd: string;
  let config: string;
  let organizationId: string;
  let summaryAfterPosting: Summary;

  const summary = async (): Promise<Summary> => {
    const printed = await run(['ledger', 'summary', '--json', '--organization', organizationId, '-c', config]);
    expect(printed.code).toBe(0);
    return (JSON.parse(printed.out) as Summary[])[0] as Summary;
  };

  beforeAll(async () => {
    cwd = configDirectory(`{ database: { dataDir: './data' }, logLevel: 'silent' }`);
    config = join(cwd, 'openrcm.config.ts');
    const created = await run(['users', 'create-admin', '--email', 'posting@clinic.test', '--organization-name', 'Riverside', '-c', config]);
    expect(created.code).toBe(0);
    organizationId = /organization ([0-9a-f-]{36})/.exec(created.out)?.[1] ?? '';
    writeFileSync(join(cwd, 'open-ar.837p.x12'), generated837P());
    writeFileSync(join(cwd, 'remittance.835.x12'), write835([remittance], ...envelope835(41)));
    const converted = await run(['import', '837p', join(cwd, 'open-ar.837p.x12'), '-c', config]);
    expect(converted.err).toBe('');
    expect(converted.code).toBe(0);
    expect(converted.out).toContain('4 claims in the file: 4 imported (7 lines, $725.00), 0 skipped');
  }, 180_000);

  it('posts every claim payment of the check (exit code 0) and prints the check', async () => {
    const posted = await run(['import', '835', join(cwd, 'remittance.835.x12'), '-c', config]);
    expect(posted.err).toBe('');
    expect(posted.code).toBe(0);
    expect(posted.out).toContain('1 checks in the file: 1 posted, 0 duplicates');
    expect(posted.out).toContain('check CHK4001 from ACME HEALTH, $444.50:');
    expect(posted.out).toMatch(/4 claim payments posted, 0 unmatched \(remittance [0-9a-f-]{36}\)/);
  }, 120_000);

  it('reports in the ledger summary the 835’s own totals, with what was adjusted off, held open and transferred', async () => {
    summaryAfterPosting = await summary();
    const stated = statedTotals(remittance);
    expect(stated).toEqual({
      cas: { 'CO-45': 13500, 'PR-1': 2000, 'PR-2': 3000, 'CO-50': 6000, 'OA-23': 1000, 'PR-3': 1000 },
      plb: { L6: -250, WO: 1500, CS: 300 },
      paid: 46000,
    });
    const totals = summaryAfterPosting.remittanceTotals;
    expect(totals).toMatchObject({ remittances: 1, paymentCents: remittance.payment.amountCents, paidCents: stated.paid });
    expect(Object.fromEntries(totals.adjustments.map((row) => [`${row.groupCode}-${row.reasonCode}`, row.amountCents]))).toEqual(stated.cas);
    expect(Object.fromEntries(totals.providerAdjustments.map((row) => [row.reasonCode, row.amountCents]))).toEqual(stated.plb);
    // Contractual CO-45 and OA-23 adjusted off; the CO-50 denial held open with the payer; PR to the patient (no secondary).
    expect(totals.adjustments.map((row) => [`${row.groupCode}-${row.reasonCode}`, row.adjustedOffCents, row.deniedCents, row.transferredCents])).toEqual([
      ['CO-45', 13500, 0, 0],
      ['CO-50', 0, 6000, 0],
      ['OA-23', 1000, 0, 0],
      ['PR-1', 0, 0, 2000],
      ['PR-2', 0, 0, 3000],
      ['PR-3', 0, 0, 1000],
    ]);
    expect(summaryAfterPosting.remittancesByPayer).toEqual([{ ...totals, payerName: 'ACME HEALTH', payerRecordId: expect.any(String) }]);
    // Charges 725.00 − payments 460.00 + the 15.00 taken back − 145.00 adjusted off = 135.00: the denial, the patient's 60.00, the recoupment.
    expect(summaryAfterPosting.balanceCents).toBe(72500 - 46000 + 1500 - 14500);
    // ACC-1002 and ACC-1003 paid; ACC-1001 keeps the CO-50 line open, ACC-1004 has the 15.00 the WO took back open with the payer again.
    expect(summaryAfterPosting.claimsByState).toEqual([{ state: 'paid', claims: 2 }, { state: 'partially-paid', claims: 2 }]);
  }, 120_000);

  it('verifies the ledger (exit code 0)', async () => {
    const verify = await run(['ledger', 'verify', '--organization', organizationId, '-c', config]);
    expect(verify.out).toContain('ok   remittance-posted-total');
    expect(verify.code).toBe(0);
  }, 120_000);

  it('reports the same 835 again as a duplicate and changes no total', async () => {
    const again = await run(['import', '835', join(cwd, 'remittance.835.x12'), '--json', '--org', organizationId, '-c', config]);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.out) as { alreadyArchived: boolean; checks: { outcome: string; traceNumber: string; claimPayments: number; unmatched: unknown[] }[] };
    expect(report.alreadyArchived).toBe(true);
    expect(report.checks).toEqual([expect.objectContaining({ outcome: 'duplicate', traceNumber: 'CHK4001', claimPayments: 0, unmatched: [] })]);
    expect(await summary()).toEqual(summaryAfterPosting);
  }, 120_000);

  it('exits 2 and lists the unmatched queue items with their reasons when a claim payment cannot be matched', async () => {
    const unknown: Remittance835 = {
      ...remittance,
      trace: { typeCode: '1', number: 'CHK4002', originatorId: '1999999999' },
      payment: { ...remittance.payment, amountCents: 8000 },
      claims: [{ ...claim835(PAID[3] as Paid), patientControlNumber: 'ACC-9999', paymentCents: 8000, chargeCents: 10000, lines: [], adjustments: [adjustment(['CO', '45', 2000])], patientResponsibilityCents: 0 }],
      providerAdjustments: [],
    };
    writeFileSync(join(cwd, 'unknown.835.x12'), write835([unknown], ...envelope835(42)));
    const posted = await run(['import', '835', join(cwd, 'unknown.835.x12'), '-c', config]);
    expect(posted.code).toBe(2);
    expect(posted.out).toContain('0 claim payments posted, 1 unmatched');
    expect(posted.out).toContain('unmatched CLP #1 ACC-9999 ($80.00): no claim has patient control number (CLP01) ACC-9999');
  }, 120_000);

  it('refuses a file that is not an 835 with exit code 1 and the reason', async () => {
    const refused = await run(['import', '835', join(cwd, 'open-ar.837p.x12'), '-c', config]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('openrcm: invalid configuration or input:');
  }, 60_000);
});
