import { Injectable } from '@nestjs/common';
import { ValidationError, type RequestContext } from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import type { RowFactory } from '../persistence/bulk-rows';
import { accountKey, type LedgerAccount } from './ledger-account';
import { LedgerEntry } from './ledger-entry.entity';
import type { LedgerEntryKind, LedgerSource } from './ledger.types';

/** Where entries came from and when they count. */
export interface LedgerPosting {
  readonly source: LedgerSource;
  readonly sourceId?: string | null;
  readonly sourceItemId?: string | null;
  readonly effectiveDate: string;
  readonly reference?: string | null;
  readonly memo?: string | null;
}

/** A claim line an entry is about (an account may be billed on several claims: the original, a replacement, a secondary). */
export interface ClaimLineRef {
  readonly claimId: string | null;
  readonly claimLineId: string | null;
}

/** One amount for an account; `amountCents` is positive as a person says it ("paid $10", "adjusted $5"). */
export interface AccountAmount {
  readonly account: LedgerAccount;
  readonly line: ClaimLineRef;
  readonly amountCents: number;
  readonly groupCode?: string | null;
  readonly reasonCode?: string | null;
}

/** A provider-level amount (PLB): positive reduces what the payer sent, as the 835 states it. */
export interface ProviderAmount {
  readonly kind: Extract<LedgerEntryKind, 'interest' | 'provider-adjustment'>;
  readonly payerRecordId: string | null;
  readonly reasonCode: string;
  readonly claimId?: string | null;
  readonly amountCents: number;
}

/**
 * The one writer of ledger entries. Callers say what happened in the words of billing (charge, pay, adjust, transfer,
 * refund, write off, reverse) with positive amounts; the writer stores each as its signed effect on the account, in
 * the caller's transaction — through its entity manager, or a {@link RowFactory} batch inserted at once. It never
 * updates or deletes an entry (the table refuses it).
 */
@Injectable()
export class LedgerWriter {
  /** Charges a service line to its first responsible party (at billing: the primary coverage, or the patient). */
  charge(em: RowFactory, context: RequestContext, posting: LedgerPosting, amounts: readonly AccountAmount[]): LedgerEntry[] {
    return amounts.map((amount) => this.entry(em, context, posting, 'charge', amount, amount.amountCents));
  }

  /** A payment received for the account (a negative amount — a payer taking money back — raises the balance). */
  pay(em: RowFactory, context: RequestContext, posting: LedgerPosting, amount: AccountAmount): LedgerEntry {
    return this.entry(em, context, posting, 'payment', amount, -amount.amountCents);
  }

  /** An adjustment off the account (a contractual reduction), with its CAS group and reason. */
  adjust(em: RowFactory, context: RequestContext, posting: LedgerPosting, amount: AccountAmount): LedgerEntry {
    return this.entry(em, context, posting, 'adjustment', amount, -amount.amountCents);
  }

  /** A write-off (bad debt, small balance, courtesy): off the account with the reason given. */
  writeOff(em: RowFactory, context: RequestContext, posting: LedgerPosting, amount: AccountAmount): LedgerEntry {
    return this.entry(em, context, posting, 'write-off', amount, -amount.amountCents);
  }

  /** A refund of a credit balance (money returned raises the balance back towards zero). */
  refund(em: RowFactory, context: RequestContext, posting: LedgerPosting, amount: AccountAmount): LedgerEntry {
    return this.entry(em, context, posting, 'refund', amount, amount.amountCents);
  }

  /** Moves an amount from one party's account of a service line to another's (primary → secondary → patient). */
  transfer(em: RowFactory, context: RequestContext, posting: LedgerPosting, from: AccountAmount, to: { readonly account: LedgerAccount; readonly line: ClaimLineRef }): [LedgerEntry, LedgerEntry] {
    if (from.account.chargeId !== to.account.chargeId) throw new ValidationError([{ field: 'to.account.chargeId', message: 'a transfer moves a balance between the accounts of one service line' }]);
    if (accountKey(from.account) === accountKey(to.account)) throw new ValidationError([{ field: 'to.account', message: 'a transfer needs two different responsible parties' }]);
    const transferId = randomUUID();
    return [
      this.entry(em, context, posting, 'transfer', from, -from.amountCents, transferId),
      this.entry(em, context, posting, 'transfer', { ...from, account: to.account, line: to.line }, from.amountCents, transferId),
    ];
  }

  /** A provider-level entry (PLB interest or adjustment), stored with the sign the 835 gives it. */
  provider(em: RowFactory, context: RequestContext, posting: LedgerPosting, amount: ProviderAmount): LedgerEntry {
    assertCents(amount.amountCents, 'amountCents');
    return em.create(LedgerEntry, {
      organizationId: context.organizationId,
      kind: amount.kind,
      amountCents: amount.amountCents,
      party: 'provider',
      payerRecordId: amount.payerRecordId,
      claimId: amount.claimId ?? null,
      groupCode: amount.reasonCode,
      ...postingColumns(context, posting),
    });
  }

  /** Negates each entry with a `reversal` entry that names it (an entry is reversed at most once). */
  reverse(em: RowFactory, context: RequestContext, posting: LedgerPosting, entries: readonly LedgerEntry[]): LedgerEntry[] {
    return entries.map((original) => {
      if (original.kind === 'reversal') throw new ValidationError([{ field: 'entries', message: `entry ${original.id} is itself a reversal; post the entry again instead` }]);
      return em.create(LedgerEntry, {
        organizationId: context.organizationId,
        kind: 'reversal',
        amountCents: -original.amountCents,
        party: original.party,
        chargeId: original.chargeId,
        patientId: original.patientId,
        coverageId: original.coverageId,
        payerRecordId: original.payerRecordId,
        claimId: original.claimId,
        claimLineId: original.claimLineId,
        groupCode: original.groupCode,
        reasonCode: original.reasonCode,
        reversesEntryId: original.id,
        transferId: original.transferId,
        ...postingColumns(context, posting),
      });
    });
  }

  private entry(em: RowFactory, context: RequestContext, posting: LedgerPosting, kind: LedgerEntryKind, amount: AccountAmount, signedCents: number, transferId: string | null = null): LedgerEntry {
    assertCents(amount.amountCents, 'amountCents');
    return em.create(LedgerEntry, {
      organizationId: context.organizationId,
      kind,
      amountCents: signedCents === 0 ? 0 : signedCents,
      party: amount.account.party,
      chargeId: amount.account.chargeId,
      patientId: amount.account.patientId,
      coverageId: amount.account.coverageId,
      payerRecordId: amount.account.payerRecordId,
      claimId: amount.line.claimId,
      claimLineId: amount.line.claimLineId,
      groupCode: amount.groupCode ?? null,
      reasonCode: amount.reasonCode ?? null,
      transferId,
      ...postingColumns(context, posting),
    });
  }
}

function postingColumns(context: RequestContext, posting: LedgerPosting) {
  return {
    source: posting.source,
    sourceId: posting.sourceId ?? null,
    sourceItemId: posting.sourceItemId ?? null,
    reference: posting.reference ?? null,
    memo: posting.memo ?? null,
    effectiveDate: posting.effectiveDate,
    postedBy: context.actor.id,
  };
}

function assertCents(value: number, field: string): void {
  if (!Number.isSafeInteger(value)) throw new ValidationError([{ field, message: `must be a whole number of cents, got ${value}` }]);
}
