import type { EntityManager } from '@mikro-orm/postgresql';
import { ReferenceCode } from '../../reference/reference-code.entity';
import type { Charge } from '../charge.entity';
import type { Encounter } from '../encounter.entity';

/** The code sets a procedure code may come from: CPT (the clinic's licensed file) and HCPCS Level II. */
const PROCEDURE_CODE_SETS = ['cpt', 'hcpcs'];

/**
 * Every code on the encounter that is not valid on its date of service, as messages naming the code: diagnoses
 * (ICD-10-CM, billable), procedure codes (CPT or HCPCS Level II) and modifiers, each looked up with its effective and
 * retirement dates.
 */
export async function findCodeProblems(em: EntityManager, encounter: Encounter, charges: readonly Charge[]): Promise<string[]> {
  const problems: string[] = [];
  const dates = new Set([encounter.dateOfService, ...charges.map((charge) => charge.dateOfService)]);
  for (const date of dates) {
    for (const code of encounter.diagnosisCodes) {
      if (!(await validOn(em, ['icd10cm'], code, date))) problems.push(`diagnosis ${code} is not billable on ${date}`);
    }
  }
  for (const charge of charges) {
    if (!(await validOn(em, PROCEDURE_CODE_SETS, charge.procedureCode, charge.dateOfService))) {
      problems.push(`procedure ${charge.procedureCode} is not a CPT or HCPCS code valid on ${charge.dateOfService} (is the code set imported?)`);
    }
    for (const modifier of charge.modifiers) {
      if (!(await validOn(em, ['modifiers'], modifier, charge.dateOfService))) problems.push(`modifier ${modifier} on ${charge.procedureCode} is not valid on ${charge.dateOfService}`);
    }
  }
  return [...new Set(problems)];
}

async function validOn(em: EntityManager, codeSets: readonly string[], code: string, date: string): Promise<boolean> {
  const found = await em.count(ReferenceCode, {
    codeSet: { $in: [...codeSets] },
    code,
    effectiveFrom: { $lte: date },
    $or: [{ retiredOn: null }, { retiredOn: { $gt: date } }],
  });
  return found > 0;
}
