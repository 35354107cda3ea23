import type { Patient } from '../../patients/patient.entity';
import type { Provider } from '../../providers/provider.entity';
import type { Charge } from '../charge.entity';
import type { Encounter } from '../encounter.entity';

/**
 * Everything the encounter's gate checks read, loaded once per check by {@link EncounterFactsLoader}; the checks
 * themselves are pure functions of it.
 */
export interface EncounterFacts {
  readonly encounter: Encounter;
  /** Charges not voided. */
  readonly charges: readonly Charge[];
  readonly patient: Patient;
  /** Providers the encounter and its charges name, by id (missing ones are absent). */
  readonly providers: ReadonlyMap<string, Provider>;
  /** Problems with codes on the encounter's date(s) of service, each naming the code (empty when all are valid). */
  readonly codeProblems: readonly string[];
}
