// The visits of the bench, deterministic for a seed: which patient, subscriber, payer, date, diagnoses and charges,
// and what happens to the claim after the payer accepts it (replace or void) or pays it (a secondary claim follows).
import { DIAGNOSES, PROCEDURES } from './practice.setup.mjs';
import { seededRandom } from './seeded-random.mjs';

const FIRST = ['Maria', 'James', 'Aisha', 'Tomas', 'Ingrid', 'Kofi', 'Mei', 'Rahul', 'Elena', 'Omar', 'Sofia', 'Liam', 'Yara', 'Noah', 'Hana', 'Mateo', 'Zara', 'Ivan', 'Leila', 'Arjun'];
const LAST = ['Alvarez', 'Baptiste', 'Castellanos', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jensen', 'Kowalski', 'Larsen', 'Mensah', 'Novak', 'Oduya', 'Petrov', 'Quinn', 'Rossi', 'Silva', 'Tran', 'Umeh', 'Varga', 'Weber', 'Xu', 'Yilmaz', 'Zimmer'];

/** How many visits of each shape per 1,000 claims (the rest are 1–3 line originals); scaled for other counts. */
export const SHAPES = { splitEncounters: 12, replacements: 40, voids: 30, secondaries: 40 };

const scaled = (perThousand, claimCount) => Math.max(1, Math.round((perThousand * claimCount) / 1000));

const dateOf = (random) => {
  const day = random.int(0, 80);
  return new Date(Date.UTC(2026, 8, 1 + day)).toISOString().slice(0, 10);
};

/** The patients (two visits each, on different dates) and their visits, so that the visits make `claimCount` claims. */
export function planVisits(seed, claimCount) {
  const random = seededRandom(seed);
  const split = scaled(SHAPES.splitEncounters, claimCount);
  const afterAcceptance = [...Array(scaled(SHAPES.replacements, claimCount)).fill('replace'), ...Array(scaled(SHAPES.voids, claimCount)).fill('void')];
  const secondaries = scaled(SHAPES.secondaries, claimCount);
  const regular = claimCount - 2 * split - 2 * afterAcceptance.length - 2 * secondaries;
  const kinds = [...Array(split).fill('split'), ...afterAcceptance, ...Array(secondaries).fill('secondary'), ...Array(regular).fill('original')];
  const visits = kinds.map((kind, index) => ({ index, kind, after: kind === 'replace' || kind === 'void' ? kind : null }));
  // Shuffle so that shapes mix across patients and batches (Fisher–Yates on the seeded source).
  for (let index = visits.length - 1; index > 0; index -= 1) {
    const other = random.int(0, index);
    [visits[index], visits[other]] = [visits[other], visits[index]];
  }
  const patients = [];
  for (let start = 0; start < visits.length; start += 2) {
    const index = patients.length;
    const medicare = random.chance(0.3);
    const dependent = !medicare && random.chance(0.4);
    const relationship = dependent ? random.pick(['19', '19', '01']) : '18';
    const patient = {
      index,
      firstName: FIRST[index % FIRST.length],
      lastName: `${LAST[Math.floor(index / FIRST.length) % LAST.length]}${index >= FIRST.length * LAST.length ? 'son' : ''}`,
      birthDate: birthDateOf(index, medicare ? 1940 : relationship === '19' ? 2009 : 1962),
      sex: random.pick(['F', 'M']),
      payer: medicare ? 'MB' : 'CI',
      dependent,
      subscriber: dependent ? { relationship, firstName: random.pick(FIRST), birthDate: birthDateOf(index, 1968), sex: random.pick(['F', 'M']) } : null,
      memberId: medicare ? mbiOf(index) : `NW${String(100000000 + index * 7919).slice(0, 9)}`,
    };
    const own = visits.slice(start, start + 2);
    // A patient with a visit whose claim goes on to a secondary payer has a secondary coverage.
    patient.secondary = own.some((visit) => visit.kind === 'secondary');
    patients.push(patient);
    const first = dateOf(random);
    let second = dateOf(random);
    while (second === first) second = dateOf(random);
    own.forEach((visit, position) => Object.assign(visit, { patient, dateOfService: position === 0 ? first : second, ...contentOf(random, visit.kind === 'split') }));
  }
  return { patients, visits };
}

function birthDateOf(index, year) {
  return new Date(Date.UTC(year, 0, 1 + ((index * 37) % 3650))).toISOString().slice(0, 10);
}

/** A Medicare beneficiary identifier of the right shape (11 characters, CMS's position rules). */
function mbiOf(index) {
  const digit = (offset) => String((index + offset) % 10);
  return `${1 + (index % 9)}EG${digit(1)}TE${digit(2)}MK${digit(3)}${digit(4)}`;
}

/** Diagnoses and charges: 1–3 lines with up to 6 diagnoses, or 55–70 lines (a split) with up to 8. */
function contentOf(random, split) {
  const diagnoses = random.some(DIAGNOSES, random.int(1, split ? 8 : 6));
  const lineCount = split ? random.int(55, 70) : random.int(1, 3);
  const procedures = split ? PROCEDURES.filter((procedure) => ['97110', '97140', '97530', '36415', '99213'].includes(procedure.code)) : PROCEDURES;
  const charges = Array.from({ length: lineCount }, () => {
    const procedure = random.pick(procedures);
    const pointers = random.some(diagnoses.map((_, position) => position + 1), random.int(1, Math.min(4, diagnoses.length)));
    const modifiers = procedure.modifiers.length > 0 && random.chance(0.6) ? [random.pick(procedure.modifiers)] : [];
    return { procedureCode: procedure.code, modifiers, units: procedure.perUnit ? random.int(1, 4) : 1, diagnosisPointers: pointers };
  });
  return { diagnoses, charges };
}
