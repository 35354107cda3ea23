import { balance835, read835, write837P } from '@openrcm/x12';
import type { ClaimBatch837P, Claim835, Claim837P, Remittance835, ServiceLine837P } from '@openrcm/x12';
import { createPayerRuleSet, SIMULATED_HEALTH_PLAN, SIMULATED_MEDICARE_ADVANTAGE } from '../src/payer';
import type { ExchangeAnswer, PayerRules, PayerRuleSet, Remit835File } from '../src/payer';
import type { Roster } from '../src/roster';

/** Builds a service line of a test claim. */
export function line(code: string, chargeCents: number, lic: string, extra: Partial<ServiceLine837P> = {}): ServiceLine837P {
  return { procedureCode: code, chargeCents, unit: 'UN', quantity: 1, diagnosisPointers: [1], serviceDate: '2026-11-02', lineItemControlNumber: lic, ...extra };
}

/** A claim for the roster's Ada Testperson (SIMPAYER1 / SIM100001): a 99213 and a 36415 by default. */
export function adaClaim(pcn: string, extra: Partial<Claim837P> = {}): Claim837P {
  const lines = extra.lines ?? [line('99213', 15000, `${pcn}-1`), line('36415', 2000, `${pcn}-2`)];
  return {
    patientControlNumber: pcn, chargeCents: lines.reduce((s, l) => s + l.chargeCents, 0), placeOfService: '11', frequency: '1',
    providerSignature: 'Y', assignment: 'A', benefitsAssignment: 'Y', releaseOfInformation: 'Y', diagnoses: ['I10'],
    subscriber: {
      payerResponsibility: 'P', relationship: '18', filingIndicator: 'CI', lastName: 'Testperson', firstName: 'Ada', memberId: 'SIM100001',
      birthDate: '1980-04-12', sex: 'F', groupNumber: 'GRP1001', address: { line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62701' },
    },
    payer: { name: 'Simulated Health Plan', id: 'SIMPAYER1' },
    ...extra,
    lines,
  };
}

/** A batch of claims from a test billing provider (valid NPI 1234567893, 9-digit ZIP). */
export function batchOf(claims: Claim837P[]): ClaimBatch837P {
  return {
    referenceId: 'REF1', createdDate: '2026-11-20', createdTime: '10:00', transactionType: 'CH',
    submitter: { name: 'TEST PRACTICE', id: 'PRACTICE1', contact: { name: 'BILLING', phone: '5555550100' } },
    receiver: { name: 'SIMULATED CLEARINGHOUSE', id: 'SIMCLEARING' },
    billingProvider: {
      entityType: '2', lastName: 'TEST CLINIC', npi: '1234567893', taxId: '123456789', taxIdQualifier: 'EI',
      address: { line1: '10 Clinic Rd', city: 'Springfield', state: 'IL', postalCode: '627010001' },
    },
    claims,
  };
}

/** An 837P interchange (ISA13 = `isa13`) holding one transaction set per batch. */
export function x837(batches: ClaimBatch837P[], isa13 = 101): string {
  return write837P(batches, { sender: { qualifier: 'ZZ', id: 'PRACTICE1' }, receiver: { qualifier: 'ZZ', id: 'SIMCLEARING' }, date: '2026-11-20', time: '10:00' },
    { interchange: isa13, group: isa13, transaction: 1 });
}

/** Reads an 835 interchange and fails unless it reads without error and balances (warnings included) to the cent. */
export function balancedRemittances(x12: string): Remittance835[] {
  const read = read835(x12);
  expect(read.errors.filter((e) => e.severity === 'error')).toEqual([]);
  for (const remit of read.transactions) {
    expect(balance835(remit)).toEqual([]);
    expect(remit.payment.amountCents).toBeGreaterThanOrEqual(0);
  }
  return read.transactions;
}

/** The claims of every 835 of an answer, in order. */
export function claimsOf(answer: ExchangeAnswer, kind?: Remit835File['kind']): Claim835[] {
  return answer.remit835.filter((r) => kind === undefined || r.kind === kind).flatMap((r) => balancedRemittances(r.x12).flatMap((t) => t.claims));
}

/** Rules with one payer made of `SIMULATED_HEALTH_PLAN` (no denials, rejections, reversals or PLB) and the overrides. */
export function quietRules(overrides: Partial<PayerRules> = {}, options: { roster?: Roster; fallback?: PayerRules | null } = {}): PayerRuleSet {
  const quiet = { denials: [], rejections: [], reversal: undefined, plb: undefined, crossover: undefined };
  const ma = SIMULATED_MEDICARE_ADVANTAGE;
  const second: PayerRules = {
    ...ma, ...quiet, ...overrides, payerId: ma.payerId, name: ma.name, taxId: ma.taxId,
    feeSchedule: overrides.feeSchedule ?? ma.feeSchedule, sequestrationBasisPoints: overrides.sequestrationBasisPoints ?? ma.sequestrationBasisPoints,
  };
  return createPayerRuleSet({
    payers: [{ ...SIMULATED_HEALTH_PLAN, ...quiet, ...overrides }, second],
    fallback: options.fallback === undefined ? null : options.fallback,
    ...(options.roster ? { roster: options.roster } : {}),
  });
}

/** The default time of the tests' answers. */
export const NOW = '2026-11-30T10:00:00Z';
