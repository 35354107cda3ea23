import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import type { PostedClaimPayment, RemittanceFollower } from '../remittance/remittance-followers';
import { PatientCreditApplier } from './patient-credit.applier';

/**
 * After a check posts, the patient's share it transferred (PR) is paid from the point-of-service money taken for those
 * visits, in the check's transaction.
 */
@Injectable()
export class PatientCreditFollower implements RemittanceFollower {
  constructor(private readonly credits: PatientCreditApplier) {}

  async afterClaimPayments(context: RequestContext, payments: readonly PostedClaimPayment[], em: EntityManager): Promise<void> {
    await this.credits.applyToEncounters(em, context, [...new Set(payments.map((payment) => payment.claim.encounterId))]);
  }
}
