import type { StatementDocument, StatementKind, StatementRecipient } from '@openrcm/sdk';
import type { Guarantor } from '../guarantors/guarantor.entity';
import type { Patient } from '../patients/patient.entity';
import type { PostalAddress } from '../patients/postal-address';
import { addDays } from '../time/calendar-date';
import type { PatientAccount } from './patient-account.entity';
import type { OwedLine } from './statement-ledger.query';
import type { StatementSettingsInput } from './statement-settings.service';

/** Everything a statement is made of, read by the run. */
export interface StatementParts {
  readonly statementId: string;
  readonly kind: StatementKind;
  readonly runDate: string;
  readonly settings: StatementSettingsInput;
  readonly patient: Patient;
  readonly guarantor: Guarantor | null;
  readonly account: PatientAccount;
  readonly lines: readonly OwedLine[];
  readonly amountDueCents: number;
  readonly priorBalanceCents: number;
  readonly paymentsCents: number;
  /** The patient's pay link, when the organization takes payments online. */
  readonly payOnlineUrl: string | null;
}

/** The patient's account number as statements and the pay page print it: the one on file, else the record's own. */
export function accountNumberOf(patient: Pick<Patient, 'id' | 'accountNumber'>): string {
  return patient.accountNumber ?? patient.id.slice(0, 8).toUpperCase();
}

/** The statement document the renderer and channels receive (DOMAIN.md's content of a statement). */
export function statementDocument(parts: StatementParts): StatementDocument {
  const { settings, patient } = parts;
  return {
    statementId: parts.statementId,
    kind: parts.kind,
    statementDate: parts.runDate,
    dueDate: addDays(parts.runDate, settings.dueInDays),
    accountNumber: accountNumberOf(patient),
    provider: { name: settings.billingName, address: [...settings.billingAddress], phone: settings.billingPhone },
    patientName: `${patient.firstName} ${patient.lastName}`,
    recipient: recipientOf(parts),
    notices: settings.notices,
    lines: parts.lines.map(({ chargeId: _chargeId, balanceCents: _balanceCents, ...line }) => line),
    priorBalanceCents: parts.priorBalanceCents,
    paymentsCents: parts.paymentsCents,
    amountDueCents: parts.amountDueCents,
    ...(parts.payOnlineUrl ? { payOnlineUrl: parts.payOnlineUrl } : {}),
  };
}

/** Who is billed: the guarantor when someone other than the patient, else the patient; the email only with consent. */
export function recipientOf({ patient, guarantor, account }: Pick<StatementParts, 'patient' | 'guarantor' | 'account'>): StatementRecipient {
  const other = guarantor && guarantor.relationship !== 'self' ? guarantor : null;
  const name = other ? `${other.firstName ?? ''} ${other.lastName ?? ''}`.trim() : `${patient.firstName} ${patient.lastName}`;
  const address = addressLines(other ? other.address : patient.address);
  const email = account.emailConsent ? (account.email ?? guarantor?.email ?? null) : null;
  return email ? { name, address, email } : { name, address };
}

function addressLines(address: PostalAddress | null | undefined): string[] {
  if (!address) return [];
  return [address.line1, ...(address.line2 ? [address.line2] : []), `${address.city}, ${address.state} ${address.postalCode}`];
}
