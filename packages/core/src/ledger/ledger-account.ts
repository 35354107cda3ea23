import type { LedgerParty } from './ledger.types';

/**
 * A service line's account: the encounter charge owed by one party — a coverage's payer, or the patient. Its balance
 * is the sum of its entries.
 */
export interface LedgerAccount {
  readonly chargeId: string;
  readonly patientId: string;
  readonly party: Extract<LedgerParty, 'payer' | 'patient'>;
  /** The coverage, when `party` is `payer`. */
  readonly coverageId: string | null;
  readonly payerRecordId: string | null;
}

/** The patient's own account of a service line. */
export function patientAccount(chargeId: string, patientId: string): LedgerAccount {
  return { chargeId, patientId, party: 'patient', coverageId: null, payerRecordId: null };
}

/** A coverage's account of a service line. */
export function payerAccount(chargeId: string, patientId: string, coverageId: string, payerRecordId: string): LedgerAccount {
  return { chargeId, patientId, party: 'payer', coverageId, payerRecordId };
}

/** A stable key of an account, for maps. */
export function accountKey(account: Pick<LedgerAccount, 'chargeId' | 'coverageId'>): string {
  return `${account.chargeId}:${account.coverageId ?? 'patient'}`;
}
