import type { Location } from '../../locations/location.entity';
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
  readonly location: Location | null;
  readonly guarantorOnFile: boolean;
  /** Coverages active on the date of service, primary first (empty for a self-pay visit or an uninsured patient). */
  readonly coverages: readonly CoverageFact[];
  /** The newest eligibility check of the primary coverage for the date of service made recently enough, if any. */
  readonly eligibility: EligibilityFact | null;
  /** How many days before the date of service an eligibility check may be made and still count. */
  readonly eligibilityMaxAgeDays: number;
  /** Charges whose code the primary payer authorizes and no authorization covers, each named. */
  readonly authorizationProblems: readonly string[];
}

/** What the checks read of a coverage. */
export interface CoverageFact {
  readonly payerName: string;
  readonly payerRecordId: string;
  /** Whether the billing provider is enrolled with this payer for 837P claims on the date of service. */
  readonly billingProviderEnrolled: boolean;
}

/** What the checks read of an eligibility check. */
export interface EligibilityFact {
  readonly outcome: string;
  readonly asOfDate: string;
  readonly method: string;
}
