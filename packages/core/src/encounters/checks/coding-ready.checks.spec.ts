import type { Charge } from '../charge.entity';
import type { Encounter } from '../encounter.entity';
import { chargesCaptured, codesValid, documentationSigned, medicalNecessity, type EncounterCheck } from './coding-ready.checks';
import type { EncounterFacts } from './encounter-facts';

const signed = { documentationSignedAt: new Date('2026-03-02T15:00:00Z'), documentationSignedByProviderId: 'p-1' };
const encounter = (fields: Partial<Encounter> = {}) => ({ diagnosisCodes: ['E119', 'I10'], dateOfService: '2026-03-02', ...signed, ...fields }) as Encounter;
const charge = (procedureCode: string, diagnosisPointers: number[]) => ({ procedureCode, diagnosisPointers, modifiers: [], dateOfService: '2026-03-02' }) as unknown as Charge;
const facts = (fields: Partial<EncounterFacts> = {}): EncounterFacts =>
  ({ encounter: encounter(), charges: [charge('99213', [1, 2])], providers: new Map(), codeProblems: [], ...fields }) as EncounterFacts;

const cases: [EncounterCheck, string, EncounterFacts, string | null][] = [
  [documentationSigned, 'signed', facts(), null],
  [documentationSigned, 'unsigned', facts({ encounter: encounter({ documentationSignedAt: null }) }), 'the visit note is not signed: record who signed it and when'],
  [chargesCaptured, 'one charge', facts(), null],
  [chargesCaptured, 'no charge', facts({ charges: [] }), 'no charges are entered for this visit'],
  [codesValid, 'no problems', facts(), null],
  [codesValid, 'two problems', facts({ codeProblems: ['diagnosis E11 is not billable on 2026-03-02', 'modifier ZZ on 99213 is not valid on 2026-03-02'] }), 'diagnosis E11 is not billable on 2026-03-02; modifier ZZ on 99213 is not valid on 2026-03-02'],
  [medicalNecessity, 'linked', facts(), null],
  [medicalNecessity, 'no diagnoses', facts({ encounter: encounter({ diagnosisCodes: [] }) }), 'the encounter has no diagnoses'],
  [medicalNecessity, 'pointer past the list', facts({ charges: [charge('99213', [1]), charge('36415', [3])] }), '36415: not linked to a diagnosis of this encounter'],
  [medicalNecessity, 'no pointer', facts({ charges: [charge('99213', [])] }), '99213: not linked to a diagnosis of this encounter'],
];

describe('Coding-ready checks', () => {
  it.each(cases)('%s: %s', (check, _case, input, reason) => {
    expect(check.evaluate(input)).toEqual(reason === null ? { pass: true } : { pass: false, reason });
  });
});
