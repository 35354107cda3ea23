import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../persistence/pg-array';
import { accountKey } from './ledger-account';
import type { LedgerParty } from './ledger.types';

/** One account's balance. */
export interface AccountBalance {
  readonly chargeId: string;
  readonly party: LedgerParty;
  readonly coverageId: string | null;
  readonly payerRecordId: string | null;
  readonly patientId: string | null;
  readonly balanceCents: number;
}

/** A party's balance of a patient's service lines. */
export interface PartyBalance {
  readonly party: LedgerParty;
  readonly coverageId: string | null;
  readonly payerRecordId: string | null;
  readonly balanceCents: number;
}

/**
 * Balances derived from the ledger's entries, never stored: per account (service line × party), per claim (the
 * claim's coverage's accounts of its lines), per patient and per payer.
 */
export class LedgerBalances {
  constructor(private readonly em: EntityManager) {}

  /** The balance of every account of the given service lines (accounts with entries only), keyed by {@link accountKey}. */
  async ofCharges(organizationId: string, chargeIds: readonly string[]): Promise<Map<string, AccountBalance>> {
    if (chargeIds.length === 0) return new Map();
    const rows = await this.em.execute<AccountRow[]>(
      `select charge_id, party, coverage_id, max(payer_record_id::text) as payer_record_id, max(patient_id::text) as patient_id, sum(amount_cents)::text as balance
         from ledger_entry where organization_id = ? and charge_id = any(?::uuid[])
        group by charge_id, party, coverage_id`,
      [organizationId, pgArray(chargeIds)],
    );
    return new Map(rows.map((row) => [accountKey({ chargeId: row.charge_id, coverageId: row.coverage_id }), toBalance(row)]));
  }

  /** A patient's balances by party: what each coverage still owes and what the patient owes. */
  async ofPatient(organizationId: string, patientId: string): Promise<PartyBalance[]> {
    const rows = await this.em.execute<{ party: LedgerParty; coverage_id: string | null; payer_record_id: string | null; balance: string }[]>(
      `select party, coverage_id, max(payer_record_id::text) as payer_record_id, sum(amount_cents)::text as balance
         from ledger_entry where organization_id = ? and patient_id = ? and party <> 'provider'
        group by party, coverage_id order by party, coverage_id`,
      [organizationId, patientId],
    );
    return rows.map((row) => ({ party: row.party, coverageId: row.coverage_id, payerRecordId: row.payer_record_id, balanceCents: Number(row.balance) }));
  }

  /** What each payer owes across all patients, in cents. */
  async byPayer(organizationId: string): Promise<{ readonly payerRecordId: string; readonly balanceCents: number }[]> {
    const rows = await this.em.execute<{ payer_record_id: string; balance: string }[]>(
      `select payer_record_id, sum(amount_cents)::text as balance from ledger_entry
        where organization_id = ? and party = 'payer' group by payer_record_id order by payer_record_id`,
      [organizationId],
    );
    return rows.map((row) => ({ payerRecordId: row.payer_record_id, balanceCents: Number(row.balance) }));
  }
}

interface AccountRow {
  charge_id: string;
  party: LedgerParty;
  coverage_id: string | null;
  payer_record_id: string | null;
  patient_id: string | null;
  balance: string;
}

function toBalance(row: AccountRow): AccountBalance {
  return { chargeId: row.charge_id, party: row.party, coverageId: row.coverage_id, payerRecordId: row.payer_record_id, patientId: row.patient_id, balanceCents: Number(row.balance) };
}
