import { SELF_RELATIONSHIP } from '../../coverages/coverage.entity';
import type { BuiltInFinding, BuiltInScrubRule } from './scrub-input';

const HINT = "Enter the patient's home address (street, city, state, ZIP), then rebuild the claim (the snapshot is frozen)";
/** Medicare Part B: the patient is always the subscriber. */
const MEDICARE_PART_B = 'MB';

/**
 * The subscriber's street address (2010BA N3/N4) when the patient is the subscriber (SBR02 18, or Medicare): the
 * 837P writes the patient's home address there, and the TR3 requires it.
 */
export const subscriberAddressRule: BuiltInScrubRule = {
  id: 'subscriber-address',
  description: 'A patient who is the subscriber has a street address with city, state and ZIP (2010BA N3/N4)',
  inspect({ snapshot }) {
    const patientIsSubscriber = snapshot.subscriber.relationship === SELF_RELATIONSHIP || snapshot.payer.claimFilingIndicator === MEDICARE_PART_B;
    if (!patientIsSubscriber) return [];
    const address = snapshot.patient.address;
    if (!address) return [{ severity: 'error', field: 'N301 (2010BA)', message: 'the subscriber (the patient) has no address', hint: HINT }];
    const findings: BuiltInFinding[] = [];
    const missing = (field: string, message: string) => findings.push({ severity: 'error', field, message, hint: HINT });
    if (!address.line1?.trim()) missing('N301 (2010BA)', 'the subscriber (the patient) has no street address');
    if (!address.city?.trim()) missing('N401 (2010BA)', 'the subscriber (the patient) has no city');
    if (!/^[A-Z]{2}$/.test(address.state ?? '')) missing('N402 (2010BA)', 'the subscriber (the patient) state is not a two-letter code');
    const zip = (address.postalCode ?? '').replace(/-/g, '');
    if (!/^(\d{5}|\d{9})$/.test(zip)) missing('N403 (2010BA)', `the subscriber (the patient) ZIP has ${zip.length} characters; the 837P needs 5 or 9 digits`);
    return findings;
  },
};
