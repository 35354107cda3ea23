import type { EntityManager } from '@mikro-orm/postgresql';
import { calendarDate } from '../time/calendar-date';

/** Whose balances an aging reports. */
export const AGING_PARTIES = ['payer', 'patient'] as const;
export type AgingParty = (typeof AGING_PARTIES)[number];

/** One account (service line × party) with a balance as of a date. */
export interface OpenAccount {
  readonly chargeId: string;
  /** The payer (by payer) or the patient (by patient) it is reported under. */
  readonly groupId: string;
  readonly balanceCents: number;
  readonly dateOfService: string;
}

/**
 * The non-zero balances of one party's accounts from the ledger entries effective on or before `asOf`: payer accounts
 * (one per service line and coverage) grouped by payer, or patient accounts grouped by patient, with the service
 * line's date of service.
 */
export async function openAccounts(em: EntityManager, organizationId: string, party: AgingParty, asOf: string): Promise<OpenAccount[]> {
  const group = party === 'payer' ? 'e.payer_record_id' : 'e.patient_id';
  const rows = await em.execute<{ charge_id: string; group_id: string; balance: string; date_of_service: string }[]>(
    `select e.charge_id, ${group}::text as group_id, sum(e.amount_cents)::text as balance, c.date_of_service
       from ledger_entry e join charge c on c.id = e.charge_id and c.organization_id = e.organization_id
      where e.organization_id = ? and e.party = ? and e.effective_date <= ?
      group by e.charge_id, e.coverage_id, ${group}, c.date_of_service
     having sum(e.amount_cents) <> 0
      order by c.date_of_service, e.charge_id`,
    [organizationId, party, asOf],
  );
  return rows.map((row) => ({ chargeId: row.charge_id, groupId: row.group_id, balanceCents: Number(row.balance), dateOfService: row.date_of_service }));
}

/**
 * The first bill date of each service line billed on or before `asOf`: the calendar day (in the organization's time
 * zone) of the earliest submitted 837P batch carrying a claim of the line. Lines without one are absent.
 */
export async function firstBillDates(em: EntityManager, organizationId: string, chargeIds: readonly string[], asOf: string, timeZone: string): Promise<Map<string, string>> {
  if (chargeIds.length === 0) return new Map();
  const rows = await em.execute<{ charge_id: string; first_submitted_at: Date | string }[]>(
    `select l.charge_id, min(b.submitted_at) as first_submitted_at
       from claim_line l join claim_batch b on b.organization_id = l.organization_id and b.state = 'submitted' and b.submitted_at is not null
        and b.claim_ids @> jsonb_build_array(l.claim_id::text)
      where l.organization_id = ? and l.charge_id = any(?::uuid[])
      group by l.charge_id`,
    [organizationId, `{${chargeIds.join(',')}}`],
  );
  const dates = new Map<string, string>();
  for (const row of rows) {
    const date = calendarDate(new Date(row.first_submitted_at), timeZone);
    if (date <= asOf) dates.set(row.charge_id, date);
  }
  return dates;
}

/** The service lines of `chargeIds` that the open A/R conversion charged (billed by the previous system). */
export async function convertedCharges(em: EntityManager, organizationId: string, chargeIds: readonly string[]): Promise<Set<string>> {
  if (chargeIds.length === 0) return new Set();
  const rows = await em.execute<{ charge_id: string }[]>(
    `select charge_id from ledger_entry where organization_id = ? and kind = 'charge' and source = 'conversion' and charge_id = any(?::uuid[])`,
    [organizationId, `{${chargeIds.join(',')}}`],
  );
  return new Set(rows.map((row) => row.charge_id));
}
