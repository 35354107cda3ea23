// Proof that the generated history is one core could have written: `ledger verify`'s invariants (core's
// verifyLedger), every claim transition allowed by the claim workflow, and the cross-table facts the reports rely on.
import { claimWorkflow, findTransition, verifyLedger } from '@openrcm/core';

/** Facts that must hold: each query returns the offending rows' ids (none when the history is consistent). */
const CONSISTENCY = [
  {
    name: 'claim-state-is-its-last-transition',
    sql: `select c.id::text from claim c
            left join lateral (select t.to_state from workflow_transition t where t.organization_id = c.organization_id and t.workflow = 'claim'
                                  and t.record_id = c.id::text order by t.created_at desc limit 1) last on true
           where c.organization_id = ? and c.state <> coalesce(last.to_state, 'draft')`,
  },
  {
    name: 'transition-starts-where-the-previous-ended',
    sql: `select id::text from (select id, from_state, lag(to_state, 1, 'draft') over (partition by record_id order by created_at) as previous
                                  from workflow_transition where organization_id = ? and workflow = 'claim') t
           where from_state <> previous`,
  },
  {
    name: 'claim-total-is-its-lines',
    sql: `select c.id::text from claim c join (select claim_id, sum(charge_cents) as total from claim_line where organization_id = ? group by claim_id) l
            on l.claim_id = c.id where c.total_charge_cents <> l.total`,
  },
  {
    name: 'remittance-counts-its-claim-payments',
    sql: `select r.id::text from remittance r left join (select remittance_id, count(*) as n from remittance_claim where organization_id = ? group by remittance_id) c
            on c.remittance_id = r.id where r.claim_count <> coalesce(c.n, 0)`,
  },
  {
    name: 'payer-account-not-below-zero',
    sql: `select charge_id::text || '/' || coverage_id::text as id from ledger_entry where organization_id = ? and party = 'payer'
           group by charge_id, coverage_id having sum(amount_cents) < 0`,
  },
  {
    name: 'entry-after-its-charge-entry',
    sql: `select e.id::text from ledger_entry e join ledger_entry c on c.organization_id = e.organization_id and c.charge_id = e.charge_id and c.kind = 'charge'
           where e.organization_id = ? and e.kind <> 'charge' and e.created_at < c.created_at`,
  },
  {
    name: 'submitted-claim-in-a-submitted-batch',
    sql: `select t.record_id from workflow_transition t
           where t.organization_id = ? and t.workflow = 'claim' and t.event = 'submit'
             and not exists (select 1 from claim_batch b cross join jsonb_array_elements_text(b.claim_ids) as listed(claim_id)
                              where b.organization_id = t.organization_id and b.state = 'submitted' and listed.claim_id = t.record_id)`,
  },
  {
    name: 'denied-claim-has-denials',
    sql: `select rc.claim_id::text from remittance_claim rc where rc.organization_id = ? and rc.status_code = '4'
             and not exists (select 1 from claim_denial d where d.organization_id = rc.organization_id and d.claim_id = rc.claim_id)`,
  },
];

/** Rows written after the history's end, per table (none expected). */
const DATED_TABLES = ['patient', 'encounter', 'charge', 'claim', 'claim_line', 'claim_batch', 'workflow_transition', 'claim_scrub_finding', 'claim_touch',
  'remittance', 'remittance_claim', 'ledger_entry', 'claim_denial', 'work_item', 'gate_defect', 'point_of_service_payment'];

/**
 * Runs core's ledger verification and the consistency checks; returns `{ ledger, violations }` where `violations` lists
 * `{ check, count, ids }` for every failed check (the ledger's among them).
 */
export async function checkHistory(em, organizationId, endInstant) {
  const ledger = await verifyLedger(em, organizationId);
  const violations = ledger.violations.map((violation) => ({ check: `ledger: ${violation.check}`, count: violation.ids.length, ids: violation.ids.slice(0, 5) }));
  for (const check of CONSISTENCY) {
    const rows = await em.execute(check.sql, [organizationId]);
    if (rows.length > 0) violations.push({ check: check.name, count: rows.length, ids: rows.slice(0, 5).map((row) => row.id ?? row.record_id) });
  }
  const triples = await em.execute(`select distinct event, from_state, to_state from workflow_transition where organization_id = ? and workflow = 'claim'`, [organizationId]);
  const refused = triples.filter((row) => findTransition(claimWorkflow, row.from_state, row.event)?.to !== row.to_state);
  if (refused.length > 0) violations.push({ check: 'transition-allowed-by-the-claim-workflow', count: refused.length, ids: refused.map((row) => `${row.from_state} -${row.event}-> ${row.to_state}`) });
  for (const table of DATED_TABLES) {
    const [{ count }] = await em.execute(`select count(*)::int as count from ${table} where organization_id = ? and created_at >= ?`, [organizationId, endInstant]);
    if (count > 0) violations.push({ check: `${table}-written-before-the-end`, count, ids: [] });
  }
  return { ledger, violations, checks: [...ledger.checks.map((check) => `ledger: ${check}`), ...CONSISTENCY.map((check) => check.name), 'transition-allowed-by-the-claim-workflow', 'rows-written-before-the-end'] };
}
