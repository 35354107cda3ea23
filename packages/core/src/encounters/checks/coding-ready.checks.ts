import type { GuardOutcome } from '@openrcm/sdk';
import type { EncounterFacts } from './encounter-facts';

/** A named gate check over an encounter's facts. */
export interface EncounterCheck {
  readonly name: string;
  readonly description: string;
  evaluate(facts: EncounterFacts): GuardOutcome;
}

const pass: GuardOutcome = { pass: true };
const fail = (reason: string): GuardOutcome => ({ pass: false, reason });

/** Coding-ready: the visit note is signed by a provider. */
export const documentationSigned: EncounterCheck = {
  name: 'documentation-signed',
  description: "The visit's documentation is signed by a provider",
  evaluate: ({ encounter }) =>
    encounter.documentationSignedAt && encounter.documentationSignedByProviderId ? pass : fail('the visit note is not signed: record who signed it and when'),
};

/** Coding-ready: at least one charge is entered. */
export const chargesCaptured: EncounterCheck = {
  name: 'charges-captured',
  description: 'The encounter has at least one charge',
  evaluate: ({ charges }) => (charges.length > 0 ? pass : fail('no charges are entered for this visit')),
};

/** Coding-ready: every diagnosis, procedure code and modifier is valid on its date of service. */
export const codesValid: EncounterCheck = {
  name: 'codes-valid',
  description: 'Every diagnosis, procedure code and modifier is valid on the date of service',
  evaluate: ({ codeProblems }) => (codeProblems.length === 0 ? pass : fail(codeProblems.join('; '))),
};

/** Coding-ready: every charge points at the diagnoses that justify it. */
export const medicalNecessity: EncounterCheck = {
  name: 'medical-necessity',
  description: 'Every charge points to one to four of the encounter diagnoses that support it',
  evaluate: ({ encounter, charges }) => {
    if (encounter.diagnosisCodes.length === 0) return fail('the encounter has no diagnoses');
    const unsupported = charges.filter(
      (charge) => charge.diagnosisPointers.length === 0 || charge.diagnosisPointers.some((pointer) => encounter.diagnosisCodes[pointer - 1] === undefined),
    );
    return unsupported.length === 0
      ? pass
      : fail(`${unsupported.map((charge) => charge.procedureCode).join(', ')}: not linked to a diagnosis of this encounter`);
  },
};

/** The Coding-ready gate's checks, in the order refusals report them. */
export const CODING_READY: readonly EncounterCheck[] = [documentationSigned, chargesCaptured, codesValid, medicalNecessity];
