import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ValidationError, type RequestContext } from '@openrcm/sdk';
import { patientAccount } from '../ledger/ledger-account';
import { LedgerWriter } from '../ledger/ledger.writer';
import { owedLines } from '../statements/statement-ledger.query';
import type { PatientPayment } from './patient-payment.entity';

/** One service line a payment paid, in cents. */
export interface PaymentApplication {
  readonly chargeId: string;
  readonly serviceDate: string;
  readonly amountCents: number;
}

/**
 * Posts a patient payment to the ledger: `payment` entries (source `statement-payment`, naming the payment) on the
 * patient's accounts of the lines they owe on — the service lines the patient chose first, in their order, then the
 * rest oldest date of service first — never more than a line owes. A payment
 * larger than what the patient owes is refused (nothing is written), so no patient account goes below zero. Runs in the
 * caller's transaction, which holds the patient's lock.
 */
@Injectable()
export class PatientPaymentPoster {
  constructor(private readonly ledger: LedgerWriter) {}

  async post(em: EntityManager, context: RequestContext, payment: PatientPayment, applyFirst: readonly string[] = []): Promise<PaymentApplication[]> {
    const lines = inChosenOrder(await owedLines(em, context.organizationId, payment.patientId), applyFirst);
    const owed = lines.reduce((sum, line) => sum + line.balanceCents, 0);
    if (payment.amountCents > owed) {
      throw new ValidationError([{ field: 'amountCents', message: `is more than the patient owes (${owed} cents)` }]);
    }
    const applications: PaymentApplication[] = [];
    let left = payment.amountCents;
    for (const line of lines) {
      if (left === 0) break;
      const amountCents = Math.min(left, line.balanceCents);
      this.ledger.pay(
        em,
        context,
        { source: 'statement-payment', sourceId: payment.id, effectiveDate: payment.receivedOn, reference: payment.processorReference ?? payment.reference, memo: `patient payment (${payment.channel}, ${payment.method})` },
        { account: patientAccount(line.chargeId, payment.patientId), line: { claimId: null, claimLineId: null }, amountCents },
      );
      applications.push({ chargeId: line.chargeId, serviceDate: line.serviceDate, amountCents });
      left -= amountCents;
    }
    return applications;
  }
}

/** The owed lines with the chosen ones first (each must be owed: a 400 names the one that is not), then the rest. */
function inChosenOrder<T extends { chargeId: string }>(lines: readonly T[], chosen: readonly string[]): T[] {
  const byCharge = new Map(lines.map((line) => [line.chargeId, line]));
  const issues = chosen.flatMap((chargeId, index) => (byCharge.has(chargeId) ? [] : [{ field: `applyToChargeIds[${index}]`, message: 'is not a service line the patient owes on' }]));
  if (issues.length > 0) throw new ValidationError(issues);
  const first = [...new Set(chosen)].map((chargeId) => byCharge.get(chargeId) as T);
  return [...first, ...lines.filter((line) => !chosen.includes(line.chargeId))];
}
