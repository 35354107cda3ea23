// Generates the revenue-cycle history of one practice into a migrated PostgreSQL database, step by step, in set-based
// SQL (INSERT … SELECT over staging plans): deterministic for a seed — every draw and id comes from hashes of the seed,
// except the ciphertexts of encrypted columns (fresh IVs).
import {
  CLAIM_FIRST_ADJUDICATION_TRIGGER_NAMES,
  CLAIM_FIRST_ADJUDICATIONS_REBUILD,
  CLAIM_FIRST_EVENTS_REBUILD,
  LEDGER_ACCOUNT_BALANCES_REBUILD,
  LEDGER_LINE_MONEY_REBUILD,
} from '@openrcm/core';
import { restoreIndexes, setIndexesAside } from './bulk-load.mjs';
import { STAGING } from './sql.helpers.mjs';
import { writeReference } from './reference.step.mjs';
import { planEncounters } from './plan-encounters.step.mjs';
import { planLines } from './plan-lines.step.mjs';
import { writeVisits } from './visits.step.mjs';
import { writeClaims } from './claims.step.mjs';
import { writeWorkflow } from './workflow.step.mjs';
import { writeRemittances } from './remittances.step.mjs';
import { writeLedger } from './ledger.step.mjs';
import { writeDenialsAndGates } from './denials-gates.step.mjs';

/** The tables the history fills: their indexes are set aside while it is written (see bulk-load.mjs). */
const HISTORY_TABLES = ['patient', 'coverage', 'encounter', 'charge', 'point_of_service_payment', 'claim', 'claim_line', 'claim_batch', 'workflow_transition',
  'claim_first_event', 'claim_scrub_finding', 'claim_touch', 'remittance', 'remittance_claim', 'claim_first_adjudication', 'ledger_entry', 'ledger_account_balance', 'ledger_line_money', 'claim_denial', 'work_item', 'gate_defect'];

/**
 * The trigger that queues each INSERT's entries for the ledger rollups (ADR 0018): off while the ledger is bulk-loaded;
 * the rollups are then computed from all the entries at once, and the queue stays empty.
 */
const ROLLUP_QUEUE_TRIGGER = 'ledger_entry_unrolled_queue';

/**
 * The triggers that keep each claim's first scrub and submit, and its first adjudication (ADR 0015): off likewise, the
 * rollups computed at once. Table → trigger.
 */
const ROLLUP_TRIGGERS = [['ledger_entry', ROLLUP_QUEUE_TRIGGER], ['workflow_transition', 'claim_first_event_keep'], ...Object.entries(CLAIM_FIRST_ADJUDICATION_TRIGGER_NAMES)];

const STEPS = [
  ['practice and staging schema', writeReference],
  ['plan: patients and encounters', planEncounters],
  ['plan: service lines, money, cut to the claim count', planLines],
  ['patients, coverages, encounters, charges, point-of-service payments', writeVisits],
  ['claims, claim lines, 837P batches', writeClaims],
  ['workflow transitions, scrub findings, touches', writeWorkflow],
  ['remittances and claim payments', writeRemittances],
  ['ledger entries', writeLedger],
  ['ledger account balances', (db) => db.query(LEDGER_ACCOUNT_BALANCES_REBUILD)],
  ['ledger line money', (db) => db.query(LEDGER_LINE_MONEY_REBUILD)],
  ["claims' first scrubs and submissions", (db) => db.query(CLAIM_FIRST_EVENTS_REBUILD)],
  ["claims' first adjudications", (db) => db.query(CLAIM_FIRST_ADJUDICATIONS_REBUILD)],
  ['denials, gate defects, work items', writeDenialsAndGates],
];

/**
 * Writes the history described by `plan` through `db` (a connected `pg` client on the bench database, which holds
 * the practice alone); returns each step's seconds. `plan.endsAt` (the midnight after the last day, a Date) and
 * `plan.endInstant` (the same as a SQL literal) are set here.
 */
export async function generateHistory(db, plan, log = () => undefined) {
  await db.query('set jit = off');
  await db.query('set synchronous_commit = off');
  await db.query(`set work_mem = '256MB'`);
  await db.query(`set maintenance_work_mem = '512MB'`);
  const steps = [];
  const timed = async (name, work) => {
    const started = process.hrtime.bigint();
    const result = await work();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    steps.push({ name, seconds });
    log(`  ${name}: ${seconds.toFixed(1)} s`);
    return result;
  };
  const aside = await timed('indexes set aside', () => setIndexesAside(db, HISTORY_TABLES));
  for (const [table, trigger] of ROLLUP_TRIGGERS) await db.query(`alter table ${table} disable trigger ${trigger}`);
  for (const [name, step] of STEPS) {
    await timed(name, () => step(db, plan));
    if (!plan.endsAt) {
      const [{ end }] = (await db.query(`select ${STAGING}.at(date '${plan.end}' + 1, 0) as end`)).rows;
      plan.endsAt = end;
      plan.endInstant = `'${end.toISOString()}'::timestamptz`;
    }
  }
  const rebuilt = await timed('indexes and constraints rebuilt', () => restoreIndexes(db, aside));
  for (const [table, trigger] of ROLLUP_TRIGGERS) await db.query(`alter table ${table} enable trigger ${trigger}`);
  log(`    ${[...rebuilt].sort((a, b) => b[1] - a[1]).map(([table, seconds]) => `${table} ${seconds.toFixed(1)} s`).join(', ')}`);
  await db.query(`drop schema ${STAGING} cascade`);
  return steps;
}
