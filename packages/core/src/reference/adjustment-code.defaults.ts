/**
 * The CARC and RARC codes a clinic commonly sees on remittances, with OpenRCM's own plain-language wording (X12 owns
 * the official descriptions, which an import of the official list puts in their place). Seeded once, as the release
 * `openrcm-defaults` effective 2000-01-01, by migration Migration20261130030000ReferenceSets: this list is frozen with
 * that migration — new wording ships as a new migration, never as an edit here.
 */
export const DEFAULT_CARC: readonly (readonly [code: string, description: string])[] = [
  ['1', "Patient's deductible"],
  ['2', "Patient's coinsurance share"],
  ['3', "Patient's copay"],
  ['4', 'Modifier missing or does not fit the procedure'],
  ['5', 'Procedure or bill type does not fit the place of service'],
  ['11', 'Diagnosis does not support the procedure'],
  ['15', 'Authorization number missing, invalid or not for this service'],
  ['16', 'Claim is missing information or has billing errors (see the remark codes)'],
  ['18', 'Duplicate of a claim or service already received'],
  ['22', 'Another payer may be primary (coordination of benefits)'],
  ['23', 'Reduced by what an earlier payer paid or adjusted'],
  ['24', 'Covered by a capitation or managed-care arrangement'],
  ['26', 'Service before the coverage began'],
  ['27', 'Service after the coverage ended'],
  ['29', "Sent after the payer's filing deadline"],
  ['31', 'Patient not found as a member of this plan'],
  ['45', 'Charge above the allowed or contracted amount'],
  ['50', "Not medically necessary in the payer's view"],
  ['96', 'Charge not covered by the plan'],
  ['97', 'Paid as part of another service (bundled)'],
  ['109', 'Wrong payer: send it to the payer or contractor that covers it'],
  ['119', "Plan's benefit limit for the period reached"],
  ['129', 'Details of earlier processing look wrong'],
  ['140', "Member ID and patient's name do not match"],
  ['151', 'Number or frequency of services not supported by the information sent'],
  ['167', 'Diagnosis not covered'],
  ['170', 'Not paid when this type of provider performs or bills it'],
  ['181', 'Procedure code not valid on the date of service'],
  ['182', 'Modifier not valid on the date of service'],
  ['185', 'Rendering provider not eligible for this service'],
  ['197', 'Prior authorization, precertification or notice missing'],
  ['198', 'Authorized visits, units or amount exceeded'],
  ['204', "Not covered under the patient's current plan"],
  ['226', 'Information asked of the provider not received, late or incomplete'],
  ['227', 'Information asked of the patient not received or incomplete'],
  ['234', 'Not paid separately'],
  ['236', 'Not billable with another service on the same day (coding edit)'],
  ['242', 'Provider outside the network, or not the primary care provider'],
  ['252', 'Attachment or other documentation needed'],
  ['253', 'Federal sequestration reduction'],
];

/** Remark codes, with the same terms as {@link DEFAULT_CARC}. */
export const DEFAULT_RARC: readonly (readonly [code: string, description: string])[] = [
  ['M15', 'Services billed separately were bundled into one procedure'],
  ['M20', 'HCPCS code missing or invalid'],
  ['M51', 'Procedure code missing or invalid'],
  ['M76', 'Diagnosis missing or invalid'],
  ['MA04', "Secondary claim needs the primary payer's information"],
  ['MA130', 'Claim cannot be processed: correct it and send a new claim (no appeal)'],
  ['N4', "Earlier payer's explanation of benefits missing or invalid"],
  ['N30', 'Patient not eligible for this service'],
  ['N115', 'Decided under a Local Coverage Determination'],
  ['N130', "See the plan's benefit documents for limits on this service"],
  ['N290', "Rendering provider's identifier missing or invalid"],
  ['N362', "Days or units above the payer's maximum"],
  ['N386', 'Decided under a National Coverage Determination'],
  ['N432', 'Adjusted after a recovery audit'],
  ['N479', "Other payer's explanation of benefits missing"],
  ['N522', 'Duplicate of a crossover claim'],
  ['N640', 'More than the number or frequency allowed in the period'],
];

/** The release name and effective date of the shipped wording. */
export const DEFAULT_ADJUSTMENT_CODES_RELEASE = { sourceFile: 'openrcm-defaults', effectiveDate: '2000-01-01' } as const;
