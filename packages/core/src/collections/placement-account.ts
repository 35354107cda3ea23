import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlacementAccount } from '@openrcm/sdk';
import { Guarantor } from '../guarantors/guarantor.entity';
import { Patient } from '../patients/patient.entity';
import { PatientAccount } from '../statements/patient-account.entity';
import { accountNumberOf, recipientOf } from '../statements/statement-document';
import type { ItemizedBalance } from './itemization.query';

/**
 * The minimum necessary data of one placed account (DOMAIN.md): who owes, where to reach them, what and since when —
 * the balance itemized from the last statement and the first and last dates of service, never what the services
 * were (no diagnoses, no procedure codes).
 */
export async function placementAccountOf(
  em: EntityManager,
  organizationId: string,
  input: { readonly patientId: string; readonly creditorName: string; readonly itemizationDate: string; readonly itemized: ItemizedBalance; readonly validationNoticeSentOn: string | null },
): Promise<PlacementAccount> {
  const patient = await em.findOneOrFail(Patient, { id: input.patientId, organizationId });
  const guarantor = await em.findOne(Guarantor, { patientId: input.patientId, organizationId });
  const account = await em.findOneOrFail(PatientAccount, { patientId: input.patientId, organizationId });
  const recipient = recipientOf({ patient, guarantor, account });
  const [dates] = await em.execute<{ first: string | null; last: string | null; last_payment: string | null }[]>(
    `select min(c.date_of_service) as first, max(c.date_of_service) as last,
            (select max(p.effective_date) from ledger_entry p where p.organization_id = ? and p.patient_id = ? and p.party = 'patient' and p.kind = 'payment') as last_payment
       from charge c
      where c.organization_id = ? and c.id in (select e.charge_id from ledger_entry e where e.organization_id = ? and e.patient_id = ? and e.party = 'patient' group by e.charge_id having sum(e.amount_cents) > 0)`,
    [organizationId, input.patientId, organizationId, organizationId, input.patientId],
  );
  return {
    accountNumber: accountNumberOf(patient),
    debtorName: recipient.name,
    debtorAddress: recipient.address,
    balanceCents: input.itemized.balanceCents,
    itemizationDate: input.itemizationDate,
    itemization: input.itemized.itemization,
    creditorName: input.creditorName,
    ...(dates?.first && dates.last ? { serviceDates: { first: dates.first, last: dates.last } } : {}),
    ...(dates?.last_payment ? { lastPaymentDate: dates.last_payment } : {}),
    ...(guarantor?.phone ? { debtorPhone: guarantor.phone } : {}),
    ...(input.validationNoticeSentOn ? { validationNoticeSentOn: input.validationNoticeSentOn } : {}),
  };
}
