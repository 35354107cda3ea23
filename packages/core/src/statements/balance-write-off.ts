import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@openrcm/sdk';
import { patientAccount } from '../ledger/ledger-account';
import type { LedgerPosting, LedgerWriter } from '../ledger/ledger.writer';
import { owedLines, type OwedLine } from './statement-ledger.query';

/**
 * Writes off part of what a patient owes, line by line (oldest date of service first): `portion` says how many cents
 * of each line's balance go, never more than the line owes. Returns the cents written off. Runs in the caller's
 * transaction, which should hold the patient's lock.
 */
export async function writeOffOwed(
  em: EntityManager,
  context: RequestContext,
  ledger: LedgerWriter,
  patientId: string,
  posting: LedgerPosting,
  portion: (line: OwedLine) => number,
): Promise<number> {
  let total = 0;
  for (const line of await owedLines(em, context.organizationId, patientId)) {
    const amountCents = Math.min(line.balanceCents, portion(line));
    if (amountCents <= 0) continue;
    ledger.writeOff(em, context, posting, { account: patientAccount(line.chargeId, patientId), line: { claimId: null, claimLineId: null }, amountCents });
    total += amountCents;
  }
  await em.flush();
  return total;
}
