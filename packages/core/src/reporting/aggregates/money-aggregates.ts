import type { AggregateTable } from './aggregate-scope';
import { chargeCohort } from './charge-cohort.aggregate';
import { ledgerActivity } from './ledger-activity.aggregate';
import { openAr } from './open-ar.aggregate';
import { patientPayments } from './patient-payments.aggregate';
import { payerMix } from './payer-mix.aggregate';

/** The aggregates of money: from the ledger, the point-of-service receipts and the encounters billed. */
export const MONEY_AGGREGATES: AggregateTable<'charge-cohort' | 'ledger-activity' | 'open-ar' | 'patient-payments' | 'payer-mix'> = {
  'charge-cohort': chargeCohort,
  'ledger-activity': ledgerActivity,
  'open-ar': openAr,
  'patient-payments': patientPayments,
  'payer-mix': payerMix,
};
