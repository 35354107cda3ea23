import type { BuiltInFinding, BuiltInScrubRule } from './scrub-input';

const REBUILD = 'then rebuild the claim (reopen is not enough: the snapshot is frozen)';

/** The 837P fields payers reject a claim without (DOMAIN.md "837P rules"). */
export const requiredFieldsRule: BuiltInScrubRule = {
  id: 'required-fields',
  description: 'Member id, payer id, claim filing indicator, billing tax id, patient birth date and sex, CLM01 length and the submitter contact are present',
  inspect({ snapshot, claim, submitter }) {
    const findings: BuiltInFinding[] = [];
    const missing = (field: string, message: string, hint: string) => findings.push({ severity: 'error', field, message, hint });
    if (!snapshot.subscriber.memberId?.trim()) missing('NM109 (2010BA)', 'the subscriber member id is missing', `Enter the member id on the coverage, ${REBUILD}`);
    if (!snapshot.payer.payerId?.trim()) missing('NM109 (2010BB)', `payer ${snapshot.payer.name} has no payer id`, 'Set the payer id (from the clearinghouse payer list) on the payer');
    if (!snapshot.payer.claimFilingIndicator?.trim()) missing('SBR09', `payer ${snapshot.payer.name} has no claim filing indicator`, 'Set the claim filing indicator (e.g. CI, MB, MC) on the payer');
    const taxId = snapshot.billingProvider.taxId;
    if (!taxId) missing('REF02 (2010AA REF*EI)', 'the billing provider has no tax id', `Enter the billing provider's EIN, ${REBUILD}`);
    else if (!/^\d{9}$/.test(taxId)) missing('REF02 (2010AA REF*EI)', 'the billing provider tax id is not nine digits', `Correct the billing provider's EIN, ${REBUILD}`);
    if (!snapshot.patient.birthDate) missing('DMG02 (patient)', 'the patient birth date is missing', `Enter the birth date on the patient, ${REBUILD}`);
    if (!snapshot.patient.sex) missing('DMG03 (patient)', 'the patient sex is missing', `Enter the sex on the patient, ${REBUILD}`);
    if (snapshot.subscriber.relationship !== '18' && (!snapshot.subscriber.birthDate || !snapshot.subscriber.sex)) {
      missing('DMG (2010BA)', 'the subscriber birth date or sex is missing', `Enter the subscriber's birth date and sex on the coverage, ${REBUILD}`);
    }
    const clm01 = claim.patientControlNumber;
    if (!clm01.trim()) missing('CLM01', 'the patient control number is empty', 'Rebuild the claim to assign a patient control number');
    else if (clm01.length > 20) missing('CLM01', `the patient control number has ${clm01.length} characters; receivers keep only 20`, 'Rebuild the claim with a patient control number of at most 20 characters');
    if (!submitter.id?.trim()) missing('NM109 (1000A)', 'the organization has no X12 submitter id', 'Set the submitter id the clearinghouse assigned in the organization settings');
    if (!submitter.name.trim()) missing('PER02 (1000A)', 'the submitter contact name is empty', 'Set the organization name');
    if (!snapshot.billingProvider.contactPhone?.trim()) missing('PER04 (1000A)', 'the submitter contact has no phone number', `Enter the phone of the service location, ${REBUILD}`);
    if (claim.frequency !== '1' && !claim.replacedPayerClaimNumber) {
      missing('REF02 (2300 REF*F8)', `a frequency ${claim.frequency} claim needs the payer's claim number of the claim it ${claim.frequency === '7' ? 'replaces' : 'voids'}`, "Record the payer's claim number (from the 277CA or 835) on the original claim");
    }
    return findings;
  },
};
