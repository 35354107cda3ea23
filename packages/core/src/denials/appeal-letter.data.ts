import { Money } from '@openrcm/sdk';
import type { ClaimLine } from '../claims/claim-line.entity';
import type { Claim } from '../claims/claim.entity';
import type { AppealAttachment } from './appeal-letter.entity';
import type { DescribedDenial } from './denial-description';

/** What an appeal letter template renders: the fields its `{{…}}` may name. */
export interface AppealLetterData {
  readonly today: string;
  readonly organization: { readonly name: string };
  readonly provider: { readonly name: string; readonly npi: string; readonly phone: string | null };
  readonly payer: { readonly name: string; readonly payerId: string };
  readonly patient: { readonly name: string; readonly birthDate: string | null; readonly memberId: string; readonly accountNumber: string | null };
  readonly claim: {
    readonly patientControlNumber: string;
    readonly payerClaimNumber: string | null;
    readonly frequency: string;
    readonly datesOfService: string;
    readonly totalCharge: string;
    readonly lines: readonly {
      readonly lineNumber: number;
      readonly dateOfService: string;
      readonly procedureCode: string;
      readonly modifiers: string;
      readonly units: number;
      readonly charge: string;
    }[];
  };
  readonly denials: readonly DescribedDenial[];
  readonly attachments: readonly AppealAttachment[];
}

/** The data of a claim's appeal letter, from its frozen snapshot, its lines and the denials described. */
export function appealLetterData(
  claim: Claim,
  lines: readonly ClaimLine[],
  denials: readonly DescribedDenial[],
  attachments: readonly AppealAttachment[],
  organizationName: string,
  today: string,
): AppealLetterData {
  const snapshot = claim.snapshot();
  const personName = (person: { firstName: string | null; lastName: string }) => [person.firstName, person.lastName].filter(Boolean).join(' ');
  const billing = snapshot.billingProvider;
  return {
    today,
    organization: { name: organizationName },
    provider: { name: personName(billing), npi: billing.npi, phone: billing.contactPhone },
    payer: { name: snapshot.payer.name, payerId: snapshot.payer.payerId },
    patient: { name: personName(snapshot.patient), birthDate: snapshot.patient.birthDate, memberId: snapshot.subscriber.memberId, accountNumber: snapshot.patient.accountNumber },
    claim: {
      patientControlNumber: claim.patientControlNumber,
      payerClaimNumber: claim.payerClaimNumber,
      frequency: claim.frequency,
      datesOfService: snapshot.serviceDateFrom === snapshot.serviceDateTo ? snapshot.serviceDateFrom : `${snapshot.serviceDateFrom} to ${snapshot.serviceDateTo}`,
      totalCharge: Money.fromCents(claim.totalChargeCents).toDisplay(),
      lines: lines.map((line) => ({
        lineNumber: line.lineNumber,
        dateOfService: line.dateOfService,
        procedureCode: line.procedureCode,
        modifiers: line.modifiers.join(' '),
        units: line.units,
        charge: Money.fromCents(line.chargeCents).toDisplay(),
      })),
    },
    denials,
    attachments,
  };
}
