// Generates the revenue-cycle history of one practice into a migrated PostgreSQL database, step by step, in set-based
// SQL (INSERT … SELECT over staging plans): deterministic for a seed — every draw and id comes from hashes of the seed,
// except the ciphertexts of encrypted columns (fresh IVs).
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

const STEPS = [
  ['practice and staging schema', writeReference],
  ['plan: patients and encounters', planEncounters],
  ['plan: service lines, money, cut to the claim count', planLines],
  ['patients, coverages, encounters, charges, point-of-service payments', writeVisits],
  ['claims, claim lines, 837P batches', writeClaims],
  ['workflow transitions, scrub findings, touches', writeWorkflow],
  ['remittances and claim payments', writeRemittances],
  ['ledger entries', writeLedger],
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
  const steps = [];
  for (const [name, step] of STEPS) {
    const started = process.hrtime.bigint();
    await step(db, plan);
    if (!plan.endInstant) {
      const [{ end }] = (await db.query(`select ${STAGING}.at(date '${plan.end}' + 1, 0) as end`)).rows;
      plan.endsAt = end;
      plan.endInstant = `'${end.toISOString()}'::timestamptz`;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    steps.push({ name, seconds });
    log(`  ${name}: ${seconds.toFixed(1)} s`);
  }
  await db.query(`drop schema ${STAGING} cascade`);
  return steps;
}
