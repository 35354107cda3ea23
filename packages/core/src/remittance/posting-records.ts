import type { EntityManager } from '@mikro-orm/postgresql';
import type { CoverageOrder } from '../coverages/coverage.entity';
import type { ClaimState } from '../claims/claim.workflow';
import { LedgerEntry } from '../ledger/ledger-entry.entity';
import { bulkQuery } from '../persistence/bulk-query';
import { pgArray } from '../persistence/pg-array';
import type { ClaimLineCandidate } from './line-matcher';
import { RemittanceClaim } from './remittance-claim.entity';

/** The entries of one earlier claim payment, which a reversal (CLP02 22) undoes. */
export interface EarlierPayment {
  readonly remittanceClaimId: string;
  readonly entries: readonly LedgerEntry[];
}

/** What posting needs of a claim (read in one query per remittance, without decrypting its snapshot). */
export interface ClaimRecord {
  readonly id: string;
  readonly patientId: string;
  readonly encounterId: string;
  readonly coverageId: string;
  readonly payerRecordId: string;
  readonly coverageOrder: CoverageOrder;
  readonly patientControlNumber: string;
  readonly payerClaimNumber: string | null;
  readonly dateOfService: string;
  state: ClaimState;
}

/** A claim line with its charge's contracted allowed amount. */
export interface ClaimLineRecord extends ClaimLineCandidate {
  readonly claimId: string;
  readonly expectedAllowedCents: number | null;
  /**
   * What the claim's own coverage owed on the line's account when the posting began: the sum of its entries (through
   * the account index; the rollup `ledger_account_balance` may not have folded the latest of them in yet).
   */
  readonly balanceCents: number;
}

/** A coverage as posting walks the order primary → secondary → tertiary. */
export interface CoverageRecord {
  readonly id: string;
  readonly patientId: string;
  readonly order: CoverageOrder;
  readonly payerRecordId: string;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly active: boolean;
}

const CLAIM_COLUMNS = 'select id, patient_id, encounter_id, coverage_id, payer_record_id, coverage_order, patient_control_number, payer_claim_number, date_of_service, state from claim';

/** The claims, lines, coverages and payers one remittance touches, loaded up front in a handful of queries. */
export class PostingRecords {
  private constructor(
    readonly claimsByNumber: ReadonlyMap<string, ClaimRecord>,
    readonly claimsByPayerNumber: ReadonlyMap<string, ClaimRecord>,
    readonly linesByClaim: ReadonlyMap<string, readonly ClaimLineRecord[]>,
    readonly coveragesByPatient: ReadonlyMap<string, readonly CoverageRecord[]>,
    readonly filingIndicatorByPayer: ReadonlyMap<string, string>,
    /** Per claim, its posted payments not reversed yet, latest first (loaded for the claims a reversal names). */
    readonly paymentsToReverse: Map<string, EarlierPayment[]>,
  ) {}

  /** Loads the claims named by `patientControlNumbers` (CLP01) or `references` (PLB: CLP01 or CLP07). */
  static async load(em: EntityManager, organizationId: string, patientControlNumbers: readonly string[], references: readonly string[], reversedNumbers: readonly string[]): Promise<PostingRecords> {
    const numbers = [...new Set([...patientControlNumbers, ...references])];
    // By CLP01 through its unique index; the payer's claim number (CLP07, not indexed) is looked for only when a PLB names one.
    const claimRows = numbers.length === 0 ? [] : await bulkQuery<ClaimRow>(em, `${CLAIM_COLUMNS} where organization_id = ? and patient_control_number = any(?::text[])`, [organizationId, pgArray(numbers)]);
    const found = new Set(claimRows.map((row) => row.id));
    const namedByPlb = references.length === 0 ? [] : await bulkQuery<ClaimRow>(em, `${CLAIM_COLUMNS} where organization_id = ? and payer_claim_number = any(?::text[])`, [organizationId, pgArray(references)]);
    const claims = [...claimRows, ...namedByPlb.filter((row) => !found.has(row.id))].map(toClaim);
    const claimIds = claims.map((claim) => claim.id);
    const claimIdArray = pgArray(claimIds);
    // Each claim's coverage travels with its id (the claim table is not read again; a check names up to a quarter of it).
    const lineRows = claimIds.length === 0 ? [] : await bulkQuery<LineRow>(em, 
      `select l.id, l.claim_id, l.charge_id, l.line_number, l.line_item_control_number, l.procedure_code, l.modifiers, l.date_of_service, l.charge_cents, c.expected_allowed_cents,
              (select coalesce(sum(e.amount_cents), 0) from ledger_entry e
                where e.organization_id = l.organization_id and e.charge_id = l.charge_id and e.coverage_id = k.coverage_id and e.party = 'payer')::text as balance_cents
         from claim_line l join charge c on c.id = l.charge_id join unnest(?::uuid[], ?::uuid[]) as k(claim_id, coverage_id) on k.claim_id = l.claim_id
        where l.organization_id = ? and l.claim_id = any(?::uuid[]) order by l.claim_id, l.line_number`,
      [claimIdArray, pgArray(claims.map((claim) => claim.coverageId)), organizationId, claimIdArray],
    );
    const patientIds = [...new Set(claims.map((claim) => claim.patientId))];
    const coverageRows = patientIds.length === 0 ? [] : await bulkQuery<CoverageRow>(em, 
      `select id, patient_id, coverage_order, payer_record_id, effective_from, effective_to, active from coverage where organization_id = ? and patient_id = any(?::uuid[])`,
      [organizationId, pgArray(patientIds)],
    );
    const payerIds = [...new Set([...claims.map((claim) => claim.payerRecordId), ...coverageRows.map((row) => row.payer_record_id)])];
    const payerRows = payerIds.length === 0 ? [] : await bulkQuery<{ id: string; claim_filing_indicator: string }>(em, 
      `select id, claim_filing_indicator from payer where organization_id = ? and id = any(?::uuid[])`,
      [organizationId, pgArray(payerIds)],
    );
    const byNumber = new Map(claims.map((claim) => [claim.patientControlNumber, claim]));
    const byPayerNumber = new Map(claims.filter((claim) => claim.payerClaimNumber).map((claim) => [claim.payerClaimNumber as string, claim]));
    const reversedClaimIds = reversedNumbers.flatMap((number) => byNumber.get(number)?.id ?? []);
    const linesByClaim = groupBy(lineRows.map(toLine), (line) => line.claimId);
    return new PostingRecords(
      byNumber,
      byPayerNumber,
      linesByClaim,
      groupBy(coverageRows.map(toCoverage), (coverage) => coverage.patientId),
      new Map(payerRows.map((row) => [row.id, row.claim_filing_indicator])),
      await earlierPayments(em, organizationId, reversedClaimIds, reversedClaimIds.flatMap((id) => (linesByClaim.get(id) ?? []).map((line) => line.chargeId))),
    );
  }

  /** The patient's coverage of `order` in force on `date`. */
  coverageOf(patientId: string, order: CoverageOrder, date: string): CoverageRecord | undefined {
    return (this.coveragesByPatient.get(patientId) ?? []).find((coverage) => coverage.order === order && coverage.active && coverage.effectiveFrom <= date && (coverage.effectiveTo === null || coverage.effectiveTo >= date));
  }

  /** The coverage after `order` (primary → secondary → tertiary) in force on `date`. */
  nextCoverage(patientId: string, order: CoverageOrder, date: string): CoverageRecord | undefined {
    const next = order === 'primary' ? 'secondary' : order === 'secondary' ? 'tertiary' : null;
    return next ? this.coverageOf(patientId, next, date) : undefined;
  }
}

/**
 * The posted, not yet reversed payments of the claims, latest first, with their entries: those on the accounts of the
 * claims' charges (`chargeIds`: found by the account index), both legs of each transfer included.
 */
async function earlierPayments(em: EntityManager, organizationId: string, claimIds: readonly string[], chargeIds: readonly string[]): Promise<Map<string, EarlierPayment[]>> {
  if (claimIds.length === 0) return new Map();
  const payments = await em.find(
    RemittanceClaim,
    { organizationId, claimId: { $in: [...claimIds] }, match: 'matched', statusCode: { $ne: '22' } },
    { orderBy: { createdAt: 'desc', position: 'desc' } },
  );
  const reversed = new Set(
    (await em.find(RemittanceClaim, { organizationId, reversesRemittanceClaimId: { $in: payments.map((payment) => payment.id) } }, { fields: ['reversesRemittanceClaimId'] })).map((row) => row.reversesRemittanceClaimId),
  );
  const open = payments.filter((payment) => !reversed.has(payment.id));
  const entries = groupBy(
    await em.find(
      LedgerEntry,
      { organizationId, chargeId: { $in: [...new Set(chargeIds)] }, sourceItemId: { $in: open.map((payment) => payment.id) }, kind: { $ne: 'reversal' } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    ),
    (entry) => entry.sourceItemId as string,
  );
  const byClaim = new Map<string, EarlierPayment[]>();
  for (const payment of open) {
    const list = byClaim.get(payment.claimId as string) ?? [];
    list.push({ remittanceClaimId: payment.id, entries: entries.get(payment.id) ?? [] });
    byClaim.set(payment.claimId as string, list);
  }
  return byClaim;
}

interface ClaimRow {
  id: string;
  patient_id: string;
  encounter_id: string;
  coverage_id: string;
  payer_record_id: string;
  coverage_order: CoverageOrder;
  patient_control_number: string;
  payer_claim_number: string | null;
  date_of_service: string;
  state: ClaimState;
}

interface LineRow {
  id: string;
  claim_id: string;
  charge_id: string;
  line_number: number;
  line_item_control_number: string;
  procedure_code: string;
  modifiers: string[] | string;
  date_of_service: string;
  charge_cents: string | number;
  expected_allowed_cents: string | number | null;
  balance_cents: string;
}

interface CoverageRow {
  id: string;
  patient_id: string;
  coverage_order: CoverageOrder;
  payer_record_id: string;
  effective_from: string;
  effective_to: string | null;
  active: boolean;
}

function toClaim(row: ClaimRow): ClaimRecord {
  return {
    id: row.id,
    patientId: row.patient_id,
    encounterId: row.encounter_id,
    coverageId: row.coverage_id,
    payerRecordId: row.payer_record_id,
    coverageOrder: row.coverage_order,
    patientControlNumber: row.patient_control_number,
    payerClaimNumber: row.payer_claim_number,
    dateOfService: row.date_of_service,
    state: row.state,
  };
}

function toLine(row: LineRow): ClaimLineRecord {
  return {
    id: row.id,
    claimId: row.claim_id,
    chargeId: row.charge_id,
    lineNumber: row.line_number,
    lineItemControlNumber: row.line_item_control_number,
    procedureCode: row.procedure_code,
    modifiers: typeof row.modifiers === 'string' ? (JSON.parse(row.modifiers) as string[]) : row.modifiers,
    dateOfService: row.date_of_service,
    chargeCents: Number(row.charge_cents),
    expectedAllowedCents: row.expected_allowed_cents === null ? null : Number(row.expected_allowed_cents),
    balanceCents: Number(row.balance_cents),
  };
}

function toCoverage(row: CoverageRow): CoverageRecord {
  return { id: row.id, patientId: row.patient_id, order: row.coverage_order, payerRecordId: row.payer_record_id, effectiveFrom: row.effective_from, effectiveTo: row.effective_to, active: row.active };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
