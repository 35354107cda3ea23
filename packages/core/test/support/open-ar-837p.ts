import { write837P, type Claim837P, type ClaimBatch837P } from '@openrcm/x12';

const HOME = { line1: '12 ELM ST', city: 'SPRINGFIELD', state: 'IL', postalCode: '62704' };

/** A claim of another system: Maria Lopez, her own subscriber with Acme, two lines (REF*6R LEG-A-1, LEG-A-2). */
export function selfClaim(): Claim837P {
  return {
    patientControlNumber: 'LEG-1001', chargeCents: 36500, placeOfService: '11', frequency: '1', providerSignature: 'Y', assignment: 'A', benefitsAssignment: 'Y', releaseOfInformation: 'Y',
    diagnoses: ['E119', 'I10'],
    subscriber: { payerResponsibility: 'P', relationship: '18', groupNumber: 'G-77', filingIndicator: 'CI', lastName: 'LOPEZ', firstName: 'MARIA', memberId: 'ACM111', address: HOME, birthDate: '1985-04-12', sex: 'F' },
    payer: { name: 'ACME HEALTH', id: 'ACME1' },
    renderingProvider: { entityType: '1', lastName: 'OKAFOR', firstName: 'ADAEZE', npi: '1245319599', taxonomy: '207Q00000X' },
    lines: [
      { procedureCode: '99213', modifiers: ['25'], chargeCents: 12500, unit: 'UN', quantity: 1, diagnosisPointers: [1, 2], serviceDate: '2026-03-02', lineItemControlNumber: 'LEG-A-1' },
      { procedureCode: '97110', modifiers: ['GP'], chargeCents: 24000, unit: 'UN', quantity: 4, diagnosisPointers: [1], serviceDate: '2026-03-02', lineItemControlNumber: 'LEG-A-2' },
    ],
  };
}

/** A dependent's claim: Lucia Lopez (child, 19) of the subscriber Jorge Lopez, one line (REF*6R LEG-B-1). */
export function dependentClaim(): Claim837P {
  return {
    patientControlNumber: 'LEG-1002', chargeCents: 12500, placeOfService: '11', frequency: '1', providerSignature: 'Y', assignment: 'A', benefitsAssignment: 'Y', releaseOfInformation: 'Y',
    diagnoses: ['R519'],
    subscriber: { payerResponsibility: 'P', groupNumber: 'G-77', filingIndicator: 'CI', lastName: 'LOPEZ', firstName: 'JORGE', memberId: 'ACM222', address: HOME },
    payer: { name: 'ACME HEALTH', id: 'ACME1' },
    patient: { relationship: '19', lastName: 'LOPEZ', firstName: 'LUCIA', address: HOME, birthDate: '2015-06-01', sex: 'F' },
    lines: [{ procedureCode: '99213', chargeCents: 12500, unit: 'UN', quantity: 1, diagnosisPointers: [1], serviceDate: '2026-03-05', lineItemControlNumber: 'LEG-B-1' }],
  };
}

/** A third claim, written well-formed; tests break it in the text. */
export function thirdClaim(): Claim837P {
  return { ...selfClaim(), patientControlNumber: 'LEG-1003', chargeCents: 9900, lines: [{ procedureCode: '99212', chargeCents: 9900, unit: 'UN', quantity: 1, diagnosisPointers: [1], serviceDate: '2026-03-09', lineItemControlNumber: 'LEG-C-1' }] };
}

/** An 837P of `claims` from Riverside Family Medicine (type 2 NPI 1234567893) as another system would have sent it. */
export function legacy837P(claims: Claim837P[]): string {
  const batch: ClaimBatch837P = {
    referenceId: 'LEGACY1', createdDate: '2026-03-10', createdTime: '09:00', transactionType: 'CH',
    submitter: { name: 'OLD BILLING SYSTEM', id: 'OLD01', contact: { name: 'BILLING', phone: '2175550100' } },
    receiver: { name: 'ACME CLEARINGHOUSE', id: 'REC01' },
    billingProvider: { entityType: '2', lastName: 'RIVERSIDE FAMILY MEDICINE', npi: '1234567893', taxId: '123456789', taxIdQualifier: 'EI', address: { line1: '100 MAIN ST', city: 'SPRINGFIELD', state: 'IL', postalCode: '627011234' } },
    claims,
  };
  return write837P([batch], { sender: { qualifier: 'ZZ', id: 'OLD01' }, receiver: { qualifier: 'ZZ', id: 'REC01' }, usage: 'P', date: '2026-03-10', time: '09:00' }, { interchange: 77, group: 77, transaction: 1 });
}

/** The 0-based index of the first segment of `text` that starts with `prefix` (segments end with `~`). */
export function segmentIndexOf(text: string, prefix: string): number {
  return text.split('~').map((segment) => segment.trim()).findIndex((segment) => segment.startsWith(prefix));
}
