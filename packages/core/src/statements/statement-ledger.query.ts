import type { EntityManager } from '@mikro-orm/postgresql';
import type { StatementLine } from '@openrcm/sdk';
import { pgArray } from '../persistence/pg-array';

/** What a patient and their payers owe on the patient's service lines, in cents. */
export interface PatientBalances {
  readonly patientId: string;
  readonly patientBalanceCents: number;
  readonly payerBalanceCents: number;
}

/**
 * The balances of every patient who owes something or is owed by payers, and of the patients named in `alsoPatientIds`
 * (accounts in a statement cycle, to settle when paid): sums of ledger entries, never stored counters.
 */
export async function patientBalances(em: EntityManager, organizationId: string, alsoPatientIds: readonly string[]): Promise<PatientBalances[]> {
  const rows = await em.execute<{ patient_id: string; patient: string | null; payer: string | null }[]>(
    `select e.patient_id,
            coalesce(sum(e.amount_cents) filter (where e.party = 'patient'), 0)::text as patient,
            coalesce(sum(e.amount_cents) filter (where e.party = 'payer'), 0)::text as payer
       from ledger_entry e
      where e.organization_id = ? and e.charge_id is not null and e.party in ('patient', 'payer')
      group by e.patient_id
     having sum(e.amount_cents) filter (where e.party = 'patient') <> 0 or e.patient_id = any(?::uuid[])
      order by e.patient_id`,
    [organizationId, pgArray(alsoPatientIds)],
  );
  return rows.map((row) => ({ patientId: row.patient_id, patientBalanceCents: Number(row.patient), payerBalanceCents: Number(row.payer) }));
}

interface LineEntryRow {
  readonly charge_id: string;
  readonly date_of_service: string;
  readonly procedure_code: string;
  readonly charge_cents: string;
  readonly description: string | null;
  readonly party: 'payer' | 'patient';
  readonly kind: string;
  readonly reason_code: string | null;
  readonly amount: string;
}

/** A service line the patient owes on, with the patient's balance of it. */
export interface OwedLine extends StatementLine {
  readonly chargeId: string;
  readonly balanceCents: number;
}

/** The 835 PR reason codes of the patient's share by kind (DOMAIN.md); any other reason is a non-covered share. */
const SHARE_BY_REASON: Readonly<Record<string, 'deductibleCents' | 'coinsuranceCents' | 'copayCents'>> = { '1': 'deductibleCents', '2': 'coinsuranceCents', '3': 'copayCents' };

type MutableLine = { -readonly [K in keyof OwedLine]: OwedLine[K] };

/**
 * The service lines a patient owes on, oldest first, each with what insurance paid and adjusted and the patient's share
 * split by kind: PR transfers to the patient by their reason code (1 deductible, 2 coinsurance, 3 copay, others
 * non-covered), a charge billed to the patient directly (self-pay) as non-covered. Reversals count against the entry
 * they reverse.
 */
export async function owedLines(em: EntityManager, organizationId: string, patientId: string): Promise<OwedLine[]> {
  const rows = await em.execute<LineEntryRow[]>(
    `select c.id as charge_id, c.date_of_service, c.procedure_code, c.amount_cents::text as charge_cents,
            (select r.description from reference_code r
              where r.code_set in ('cpt', 'hcpcs') and r.code = c.procedure_code and r.retired_on is null
              order by r.effective_from desc limit 1) as description,
            e.party, coalesce(o.kind, e.kind) as kind, coalesce(o.reason_code, e.reason_code) as reason_code,
            sum(e.amount_cents)::text as amount
       from ledger_entry e
       left join ledger_entry o on o.id = e.reverses_entry_id
       join charge c on c.id = e.charge_id
      where e.organization_id = ? and e.patient_id = ? and e.party in ('payer', 'patient')
      group by c.id, c.date_of_service, c.procedure_code, c.amount_cents, e.party, coalesce(o.kind, e.kind), coalesce(o.reason_code, e.reason_code)
      order by c.date_of_service, c.id`,
    [organizationId, patientId],
  );
  const lines = new Map<string, MutableLine>();
  for (const row of rows) {
    const line = lines.get(row.charge_id) ?? newLine(row);
    lines.set(row.charge_id, line);
    const amount = Number(row.amount);
    if (row.party === 'patient') {
      line.balanceCents += amount;
      if (row.kind === 'charge') line.nonCoveredCents += amount;
      if (row.kind === 'transfer' && amount > 0) line[SHARE_BY_REASON[row.reason_code ?? ''] ?? 'nonCoveredCents'] += amount;
    } else if (row.kind === 'payment') {
      line.insurancePaidCents -= amount;
    } else if (row.kind === 'adjustment' || row.kind === 'write-off') {
      line.adjustmentCents -= amount;
    }
  }
  return [...lines.values()].filter((line) => line.balanceCents > 0);
}

function newLine(row: LineEntryRow): MutableLine {
  return {
    chargeId: row.charge_id,
    serviceDate: row.date_of_service,
    description: row.description ?? `Medical service (procedure ${row.procedure_code})`,
    chargeCents: Number(row.charge_cents),
    insurancePaidCents: 0,
    adjustmentCents: 0,
    deductibleCents: 0,
    coinsuranceCents: 0,
    copayCents: 0,
    nonCoveredCents: 0,
    balanceCents: 0,
  };
}

/** The patient's payments (their own accounts) dated after `since` (all of them when null), in cents, as a positive sum. */
export async function patientPaymentsSince(em: EntityManager, organizationId: string, patientId: string, since: string | null): Promise<number> {
  const rows = await em.execute<{ total: string | null }[]>(
    `select coalesce(-sum(e.amount_cents), 0)::text as total
       from ledger_entry e
       left join ledger_entry o on o.id = e.reverses_entry_id
      where e.organization_id = ? and e.patient_id = ? and e.party = 'patient' and coalesce(o.kind, e.kind) = 'payment'
        and (?::text is null or e.effective_date > ?::text)`,
    [organizationId, patientId, since, since],
  );
  return Number(rows[0]?.total ?? 0);
}
