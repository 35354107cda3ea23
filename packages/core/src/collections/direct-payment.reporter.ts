import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, type RequestContext } from '@openrcm/sdk';
import { PatientPayment } from '../patient-payments/patient-payment.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { failureOf } from '../statements/statement-delivery.attempt';
import { CollectionConnectors } from './collection-connectors';
import { DirectPaymentReport } from './direct-payment-report.entity';
import { Placement } from './placement.entity';

/**
 * Tells the agency of a payment the debtor made to the clinic on a placed account, so that it stops asking for money
 * already paid: one report per placement and payment, through the placement's connector
 * (`CollectionAgencyConnector.reportDirectPayments`, the payment's id as the batch id, so a retry sends the same
 * batch), with what the patient still owes the clinic after it. A connector without the method leaves the payment
 * recorded as not reported, shown on the placement for staff to tell the agency. A placement paid off at the clinic is
 * recalled instead (PlacementService.recallPaidOff).
 */
@Injectable()
export class DirectPaymentReporter {
  constructor(
    private readonly orm: MikroORM,
    private readonly connectors: CollectionConnectors,
  ) {}

  async report(context: RequestContext, paymentId: string): Promise<DirectPaymentReport[]> {
    const em = currentEntityManager(this.orm).fork();
    const payment = await em.findOne(PatientPayment, { id: paymentId, organizationId: context.organizationId });
    if (!payment) throw new NotFoundError('patient payment', paymentId);
    const placements = await em.find(Placement, { organizationId: context.organizationId, patientId: payment.patientId, state: 'placed' }, { orderBy: { placedOn: 'asc' } });
    const done = await em.find(DirectPaymentReport, { organizationId: context.organizationId, paymentId });
    const balanceCents = await patientBalance(em, context.organizationId, payment.patientId);
    const reports: DirectPaymentReport[] = [...done];
    for (const placement of placements.filter((candidate) => !done.some((report) => report.placementId === candidate.id))) {
      const connector = this.connectors.resolve(context.organizationId, placement.connectorId);
      let reference: string | null = null;
      if (connector.reportDirectPayments) {
        const answer = await connector.reportDirectPayments(context, payment.id, [
          { accountNumber: placement.accountNumber, amountCents: payment.amountCents, paidOn: payment.receivedOn, balanceCents, reference: payment.id },
        ]);
        if (answer.status !== 'SUCCESS') throw new ConflictError(`the agency (${connector.id}) was not told of payment ${payment.id}: ${failureOf(answer)}`);
        reference = answer.value.reference;
      }
      const report = em.create(DirectPaymentReport, {
        organizationId: context.organizationId,
        placementId: placement.id,
        paymentId: payment.id,
        amountCents: payment.amountCents,
        balanceCents,
        paidOn: payment.receivedOn,
        outcome: reference === null ? 'not-supported' : 'reported',
        reference,
      });
      await em.flush();
      reports.push(report);
    }
    return reports;
  }
}

/** What the patient owes the clinic: the patient's share of every service line (the placed accounts list shows the same). */
async function patientBalance(em: EntityManager, organizationId: string, patientId: string): Promise<number> {
  const rows = await em.execute<{ balance: string }[]>(
    `select coalesce(sum(amount_cents), 0)::text as balance from ledger_entry where organization_id = ? and patient_id = ? and party = 'patient' and charge_id is not null`,
    [organizationId, patientId],
  );
  return Number(rows[0]?.balance ?? 0);
}
